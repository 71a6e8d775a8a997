/**
 * A hands-on lab: shell steps a reader types as root, each with the output it printed when the
 * lab test (tests/labs/labs.test.ts) last ran it. The page and the test read the same entry, so
 * what the page shows is what the test checks.
 */
import { z } from 'astro/zod';
import { LocalizedListSchema, LocalizedTextSchema, SourceSchema, TermIdSchema } from './common.ts';
import { PAGE_IDS } from '../sections.ts';
import { REQUIREMENT_PATTERN } from '../../lib/labs/requirements.ts';

/** A lab's id is also its page: /labs/<id>/ and /zh-cn/labs/<id>/. */
export const LabIdSchema = z.enum(['namespaces', 'cgroups', 'lxc', 'scratch']);
export type LabId = z.output<typeof LabIdSchema>;

/** Step ids are anchors on the page, the same in both languages. */
const AnchorSchema = z.string().regex(/^[a-z][a-z0-9-]*$/, 'an anchor is lowercase letters, digits and hyphens');

/**
 * What the machine must offer, e.g. `root`, `command:ip`, `cgroup-v2-controller:memory`;
 * `a|b` is satisfied by either. See src/lib/labs/requirements.ts for the vocabulary.
 */
export const RequirementSchema = z.string().regex(REQUIREMENT_PATTERN, 'unknown requirement; see src/lib/labs/requirements.ts');

/**
 * A regex replacement applied to both the expected and the actual output before they are
 * compared, for what differs from run to run (PIDs, inode numbers, times, unique names).
 */
export const NormalizeRuleSchema = z.object({
  /** A JavaScript regular expression, applied with the flags `gm`. */
  pattern: z.string().refine((p) => {
    try {
      new RegExp(p, 'gm');
      return true;
    } catch {
      return false;
    }
  }, 'not a valid regular expression'),
  /** The replacement; `$1` refers to a group, `{n}` numbers distinct matches (1, 2, …) so that equal values stay equal. */
  replacement: z.string(),
  /** What varies, for the reader: "process IDs". */
  label: LocalizedTextSchema,
});
export type NormalizeRule = z.output<typeof NormalizeRuleSchema>;

export const LabStepSchema = z.object({
  /** Anchor of the step and name of its test. */
  id: AnchorSchema,
  /** Heading of the step. */
  title: LocalizedTextSchema,
  /** Exactly what the reader types, one snippet; the test runs it in the lab's shell. */
  commands: z.string().trim().min(1),
  /** stdout and stderr, interleaved, as the test printed them when the lab was recorded. */
  output: z.string(),
  /** The exit status of the snippet's last command. */
  status: z.number().int().min(0).max(255).default(0),
  /** Rules for this step only, applied after the lab's rules. */
  normalize: z.array(NormalizeRuleSchema).default([]),
  /** What the machine needs for this step, beyond the lab's own requirements. */
  requires: z.array(RequirementSchema).default([]),
  /** Seconds the step may take before the test gives up on it and kills the lab's shell. */
  timeout: z.number().int().min(1).max(60).default(10),
  /** What happened and why; inline Markdown. */
  explanation: LocalizedTextSchema,
  /** Glossary terms the step touches; an unknown id fails the build. */
  terms: z.array(TermIdSchema).default([]),
});
export type LabStep = z.output<typeof LabStepSchema>;

/** A link to read next: a page of the handbook, or another lab. */
export const NextReadingSchema = z.union([
  z.object({ page: z.enum(PAGE_IDS), text: LocalizedTextSchema }),
  z.object({ lab: LabIdSchema, text: LocalizedTextSchema }),
]);
export type NextReading = z.output<typeof NextReadingSchema>;

export const LabSchema = z.object({
  id: LabIdSchema,
  /** The page title; the page's front matter repeats it (a unit test compares them). */
  title: LocalizedTextSchema,
  /** The opening paragraph(s); inline Markdown. */
  intro: LocalizedTextSchema,
  /** What the reader will learn, one item per bullet; inline Markdown. */
  learn: LocalizedListSchema,
  /** What the reader needs, in words (root, a kernel, a cgroup layout); inline Markdown. */
  needs: LocalizedTextSchema,
  /** Debian packages the lab's commands come from; CI installs them. */
  packages: z.array(z.string().regex(/^[a-z0-9][a-z0-9+.-]+$/)).min(1),
  /** Requirements of every step. */
  requires: z.array(RequirementSchema).default([]),
  /** Rules for every step's output. */
  normalize: z.array(NormalizeRuleSchema).default([]),
  /**
   * Shell variables the steps set that the cleanup needs (`LAB`, `NAME`, a PID). The test reads
   * them after every step, so the cleanup can run even when the lab's shell had to be killed.
   */
  vars: z.array(z.string().regex(/^[A-Z][A-Z0-9_]*$/)).min(1),
  steps: z.array(LabStepSchema).min(1),
  /** Commands that undo everything the steps may have done; they run even after a failure and must be quiet. */
  cleanup: z.object({
    commands: z.string().trim().min(1),
    explanation: LocalizedTextSchema,
  }),
  /** Where to go next. */
  next: z.array(NextReadingSchema).min(1),
  /** Primary sources for what the explanations say: man pages, kernel documentation. */
  sources: z.array(SourceSchema).min(1),
});

export type Lab = z.output<typeof LabSchema>;
export type LabInput = z.input<typeof LabSchema>;
