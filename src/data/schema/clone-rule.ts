/**
 * A rule about which combinations of clone flags a system call rejects, as a man page's
 * ERRORS section states it. Only rules that depend on the flags alone are data; errors that
 * depend on the caller (privileges, threads, kernel configuration) are prose on the flag pages.
 */
import { z } from 'astro/zod';
import { KernelVersionSchema, LocalizedTextSchema, SourceSchema, TermIdSchema } from './common.ts';
import { SyscallSchema } from './term.ts';

export const CloneRuleSchema = z.object({
  /** Stable id, used in the tool's output and tests. */
  id: TermIdSchema,
  /** The error the kernel returns. */
  errno: z.enum(['EINVAL']),
  /** The rule fires when every one of these flags (term ids) is set… */
  all: z.array(TermIdSchema).min(1),
  /** …and none of these is set. */
  none: z.array(TermIdSchema).default([]),
  /** The system calls that apply the rule. */
  syscalls: z.array(SyscallSchema).min(1),
  /** Kernel version since which the rule holds, where the man page says. */
  since: KernelVersionSchema.optional(),
  /** The rule in words. */
  text: LocalizedTextSchema,
  /** The man page that states it. */
  source: SourceSchema,
});

export type CloneRule = z.output<typeof CloneRuleSchema>;
export type CloneRuleInput = z.input<typeof CloneRuleSchema>;
