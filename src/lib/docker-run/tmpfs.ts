/**
 * tmpfs mounts as moby writes them into the OCI spec (daemon/oci_linux.go `WithMounts`):
 * `noexec,nosuid,nodev,rprivate` followed by the user's options, merged so that a later option
 * replaces an earlier one of the same kind (moby/sys/mount `MergeTmpfsOptions`).
 * @module
 */
import { parseBytes } from '../cgroup-limits/units.ts';

export interface OciMount {
  destination: string;
  type: string;
  source: string;
  options: string[];
}

export type TmpfsError = { code: 'bad-tmpfs'; flag: string; value: string; allowed: string };

/** Options that set the same mount flag, one way or the other; only the last of a group stays. */
const FLAG_GROUPS: readonly (readonly string[])[] = [
  ['ro', 'rw'], ['suid', 'nosuid'], ['dev', 'nodev'], ['exec', 'noexec'], ['sync', 'async'], ['dirsync'], ['remount'],
  ['mand', 'nomand'], ['atime', 'noatime'], ['diratime', 'nodiratime'], ['relatime', 'norelatime'],
  ['strictatime', 'nostrictatime'], ['bind'], ['rbind'],
  ['private', 'rprivate', 'shared', 'rshared', 'slave', 'rslave', 'unbindable', 'runbindable'],
];
/** key=value options a tmpfs accepts (moby/sys/mount `validFlags`). */
const DATA_KEYS = new Set(['size', 'mode', 'uid', 'gid', 'nr_inodes', 'nr_blocks', 'mpol']);
export const TMPFS_ALLOWED = 'ro, rw, exec, noexec, suid, nosuid, dev, nodev, size=<bytes>, mode=<octal>, uid=, gid=, nr_inodes=, mpol=';
const DEFAULTS = ['noexec', 'nosuid', 'nodev', 'rprivate'];

/**
 * Merges tmpfs options, later ones winning, or names the first it does not know.
 *
 * @example
 * mergeTmpfsOptions(['noexec', 'nosuid', 'nodev', 'rprivate', 'exec', 'size=64m'])
 * // => ['nosuid', 'nodev', 'rprivate', 'exec', 'size=64m']
 */
export function mergeTmpfsOptions(options: readonly string[]): string[] | { unknown: string } {
  const seen = new Set<string>();
  const merged: string[] = [];
  for (const option of [...options].reverse()) {
    if (option === 'defaults') continue;
    const group = FLAG_GROUPS.findIndex((g) => g.includes(option));
    const key = group >= 0 ? `flag:${group}` : option.split('=')[0]!;
    if (group < 0 && (!option.includes('=') || !DATA_KEYS.has(key))) return { unknown: option };
    if (seen.has(key)) continue;
    seen.add(key);
    merged.unshift(option);
  }
  return merged;
}

function tmpfsMount(flag: string, value: string, target: string, data: readonly string[]): OciMount | TmpfsError {
  if (!target.startsWith('/')) return { code: 'bad-tmpfs', flag, value, allowed: '<absolute path>[:<options>]' };
  const options = mergeTmpfsOptions([...DEFAULTS, ...data]);
  if ('unknown' in options) return { code: 'bad-tmpfs', flag, value: options.unknown, allowed: TMPFS_ALLOWED };
  return { destination: target, type: 'tmpfs', source: 'tmpfs', options };
}

/**
 * The mount for a `--tmpfs <path>[:<options>]`.
 *
 * @example
 * tmpfsOption('/run:rw,size=64m')
 * // => { destination: '/run', type: 'tmpfs', source: 'tmpfs', options: ['noexec', 'nosuid', 'nodev', 'rprivate', 'rw', 'size=64m'] }
 */
export function tmpfsOption(value: string): OciMount | TmpfsError {
  const colon = value.indexOf(':');
  const target = colon < 0 ? value : value.slice(0, colon);
  const data = colon < 0 || colon === value.length - 1 ? [] : value.slice(colon + 1).split(',');
  return tmpfsMount('--tmpfs', value, target, data);
}

/**
 * The mount for `--mount type=tmpfs`: moby turns `readonly`, `tmpfs-mode` and `tmpfs-size`
 * into `ro`, `mode=<octal>` and `size=<n>[kmg]` (the largest unit that divides it), in that order.
 *
 * @example
 * tmpfsMountOption('type=tmpfs,dst=/cache,tmpfs-size=64m', '/cache', false, '64m', undefined)
 * // => { destination: '/cache', type: 'tmpfs', source: 'tmpfs', options: ['noexec', 'nosuid', 'nodev', 'rprivate', 'size=64m'] }
 */
export function tmpfsMountOption(value: string, target: string, readOnly: boolean, size: string | undefined, mode: string | undefined): OciMount | TmpfsError {
  const data: string[] = readOnly ? ['ro'] : [];
  if (mode !== undefined) {
    if (!/^[0-7]+$/.test(mode)) return { code: 'bad-tmpfs', flag: '--mount', value: `tmpfs-mode=${mode}`, allowed: 'an octal mode such as 1777' };
    data.push(`mode=${parseInt(mode, 8).toString(8)}`);
  }
  if (size !== undefined) {
    const bytes = parseBytes(size);
    if (!bytes.ok) return { code: 'bad-tmpfs', flag: '--mount', value: `tmpfs-size=${size}`, allowed: 'a size such as 64m' };
    // A size of 0 is no size: moby writes none.
    const unit = ([['g', 1n << 30n], ['m', 1n << 20n], ['k', 1n << 10n]] as const).find(([, d]) => bytes.bytes % d === 0n);
    if (bytes.bytes > 0n) data.push(unit ? `size=${bytes.bytes / unit[1]}${unit[0]}` : `size=${bytes.bytes}`);
  }
  return tmpfsMount('--mount', value, target, data);
}
