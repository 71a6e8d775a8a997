import type { TermCheck } from './types.ts';

/** CSIGNAL is a mask (the exit-signal byte), not a flag; CLONE_NEWTIME lives inside it. */
const SIGNAL_MASK = 'CSIGNAL';
const INSIDE_SIGNAL_BYTE = new Set(['CLONE_NEWTIME']);

const isSingleBit = (v: bigint) => v > 0n && (v & (v - 1n)) === 0n;

/**
 * Every clone flag is one bit, no two flags share a bit, and only the documented exception
 * (CLONE_NEWTIME, usable with clone3 and unshare only) overlaps the CSIGNAL byte.
 */
export const flagBits: TermCheck = (terms) => {
  const problems: string[] = [];
  const owners = new Map<bigint, string>();
  const flags = terms.flatMap((t) => (t.category === 'clone-flag' ? [t] : []));
  const signal = flags.find((f) => f.name.en === SIGNAL_MASK);
  const signalMask = signal ? BigInt(signal.value) : 0xffn;
  for (const flag of flags) {
    const name = flag.name.en;
    const value = BigInt(flag.value);
    if (value >= 1n << 64n) problems.push(`${name}: ${flag.value} does not fit in 64 bits`);
    if (name === SIGNAL_MASK) continue;
    if (!isSingleBit(value)) problems.push(`${name}: ${flag.value} is not a single bit`);
    if ((value & signalMask) !== 0n && !INSIDE_SIGNAL_BYTE.has(name)) {
      problems.push(`${name}: ${flag.value} overlaps the CSIGNAL byte`);
    }
    const owner = owners.get(value);
    if (owner) problems.push(`${name}: ${flag.value} is also the value of ${owner}`);
    owners.set(value, name);
  }
  return problems;
};
