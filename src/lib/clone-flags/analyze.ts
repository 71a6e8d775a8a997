/**
 * Which system calls accept a mask, and which rules of clone(2) ERRORS it breaks.
 * @module
 */
import { decodeMask } from './codec.ts';
import type { FlagSpec, FlagTable, MaskMode, RuleSpec, Syscall } from './types.ts';

export const SYSCALLS: readonly Syscall[] = ['clone', 'clone3', 'unshare', 'setns'];

/** Why a system call would not take the mask. */
export type Refusal =
  | { code: 'flag-not-accepted'; flag: string }
  | { code: 'above-bit-31'; flag: string }
  | { code: 'unknown-bits'; bits: string }
  | { code: 'setns-several-needs-pidfd' }
  | { code: 'signal-byte'; signal: number }
  | { code: 'rule'; rule: string };

export interface SyscallVerdict {
  syscall: Syscall;
  ok: boolean;
  refusals: Refusal[];
  /** Remarks that do not make the call fail. */
  remarks: Refusal[];
}

export interface Analysis {
  verdicts: SyscallVerdict[];
  /** Every rule the mask breaks, for any system call. */
  violations: RuleSpec[];
}

const has = (flags: readonly FlagSpec[], id: string) => flags.some((f) => f.id === id);

function rulesBroken(flags: readonly FlagSpec[], rules: readonly RuleSpec[]): RuleSpec[] {
  return rules.filter((r) => r.all.every((id) => has(flags, id)) && r.none.every((id) => !has(flags, id)));
}

/**
 * Checks a mask against each system call. The mask is read in `mode` (for clone() the low
 * byte is the exit signal); each call's own reading is used for its verdict.
 *
 * @example
 * analyzeMask(0x60000000n, table, rules, 'unshare').verdicts.map((v) => [v.syscall, v.ok])
 * // => [['clone', true], ['clone3', true], ['unshare', true], ['setns', true]] (setns: with a pidfd)
 */
export function analyzeMask(mask: bigint, table: FlagTable, rules: readonly RuleSpec[], mode: MaskMode): Analysis {
  const { flags, unknownBits, signal } = decodeMask(mask, table, mode);
  const violations = rulesBroken(flags, rules);
  const verdicts = SYSCALLS.map((syscall): SyscallVerdict => {
    const refusals: Refusal[] = [];
    const remarks: Refusal[] = [];
    for (const flag of flags) {
      if (flag.syscalls.includes(syscall)) continue;
      refusals.push(syscall === 'clone' && flag.value > 0xffffffffn ? { code: 'above-bit-31', flag: flag.name } : { code: 'flag-not-accepted', flag: flag.name });
    }
    // Only clone() reads an exit signal from its flags; clone3() has a separate field.
    if (signal && syscall !== 'clone') refusals.push({ code: 'signal-byte', signal });
    if (unknownBits) refusals.push({ code: 'unknown-bits', bits: `0x${unknownBits.toString(16)}` });
    if (syscall === 'setns' && flags.length > 1) remarks.push({ code: 'setns-several-needs-pidfd' });
    for (const rule of violations) if (rule.syscalls.includes(syscall)) refusals.push({ code: 'rule', rule: rule.id });
    return { syscall, ok: refusals.length === 0, refusals, remarks };
  });
  return { verdicts, violations };
}
