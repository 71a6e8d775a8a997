/**
 * Flags to mask and back.
 * @module
 */
import type { FlagSpec, FlagTable, MaskMode } from './types.ts';

/** A mask taken apart. */
export interface DecodedMask {
  /** The flags that are set, in ascending order of value. */
  flags: FlagSpec[];
  /** In `clone` mode, the exit signal from the low byte (0 for none); always 0 otherwise. */
  signal: number;
  /** Set bits that are no clone flag (0n when there are none). */
  unknownBits: bigint;
}

/**
 * ORs flags together. Ids (`clone-newpid`), short ids (`newpid`) and names
 * (`CLONE_NEWPID`) are all accepted; unknown ones are returned separately.
 *
 * @example
 * encodeFlags(['newpid', 'CLONE_NEWNET'], table) // => { mask: 0x60000000n, unknown: [] }
 * encodeFlags(['newpid', 'bogus'], table) // => { mask: 0x20000000n, unknown: ['bogus'] }
 */
export function encodeFlags(keys: readonly string[], table: FlagTable): { mask: bigint; unknown: string[] } {
  let mask = 0n;
  const unknown: string[] = [];
  for (const key of keys) {
    const flag = findFlag(key, table);
    if (flag) mask |= flag.value;
    else unknown.push(key);
  }
  return { mask, unknown };
}

/**
 * The flag for an id, short id or constant name, case-insensitively.
 *
 * @example
 * findFlag('NewPid', table)?.name // => 'CLONE_NEWPID'
 */
export function findFlag(key: string, table: FlagTable): FlagSpec | undefined {
  const k = key.trim().toLowerCase().replaceAll('_', '-');
  return table.flags.find((f) => f.id === k || f.id === `clone-${k}`);
}

/**
 * Takes a mask apart into flags, the exit signal (clone mode) and bits that are no flag.
 *
 * @example
 * decodeMask(0x20020011n, table, 'clone')
 * // => { flags: [CLONE_NEWNS, CLONE_NEWPID], signal: 17, unknownBits: 0n }
 * decodeMask(0x20000081n, table, 'unshare')
 * // => { flags: [CLONE_NEWTIME, CLONE_NEWPID], signal: 0, unknownBits: 0x1n }
 */
export function decodeMask(mask: bigint, table: FlagTable, mode: MaskMode): DecodedMask {
  const signalByte = mode === 'clone' ? table.signalMask : 0n;
  const flags = table.flags.filter((f) => (f.value & signalByte) === 0n && (mask & f.value) === f.value);
  const known = flags.reduce((acc, f) => acc | f.value, signalByte);
  return {
    flags,
    signal: Number(mask & signalByte),
    unknownBits: mask & ~known,
  };
}

/**
 * The short id of a flag as used in URLs: `clone-newpid` → `newpid`, `csignal` stays.
 *
 * @example
 * shortId({ id: 'clone-newpid' }) // => 'newpid'
 */
export function shortId(flag: Pick<FlagSpec, 'id'>): string {
  return flag.id.replace(/^clone-/, '');
}
