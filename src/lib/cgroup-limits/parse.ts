/**
 * Reads `docker run` resource flags as a person types or pastes them, and checks them the way
 * the Docker daemon does (moby daemon/daemon_unix.go, verifyPlatformContainerResources).
 * Never throws: problems come back as typed errors.
 * @module
 */
import { parseBytes, type SizeError } from './units.ts';

/** A throttle on one device: `--device-read-bps /dev/sda:1mb`. */
export interface DeviceLimit {
  path: string;
  value: bigint;
}

/** The resource settings of one `docker run`, as the daemon receives them. */
export interface DockerResources {
  memory?: bigint;
  /** Memory plus swap; -1 for unlimited swap. */
  memorySwap?: bigint;
  memoryReservation?: bigint;
  /** --cpus as nano-CPUs (1.5 CPUs = 1_500_000_000). */
  nanoCpus?: bigint;
  cpuShares?: bigint;
  cpuQuota?: bigint;
  cpuPeriod?: bigint;
  cpusetCpus?: string;
  cpusetMems?: string;
  pidsLimit?: bigint;
  blkioWeight?: bigint;
  deviceReadBps: DeviceLimit[];
  deviceWriteBps: DeviceLimit[];
  deviceReadIops: DeviceLimit[];
  deviceWriteIops: DeviceLimit[];
}

export type LimitsError =
  | { code: 'empty' }
  | { code: 'unknown-flag'; flag: string; suggestion?: string }
  | { code: 'missing-value'; flag: string }
  | { code: 'bad-size'; flag: string; value: string; reason: SizeError }
  | { code: 'bad-number'; flag: string; value: string }
  | { code: 'bad-cpus'; flag: string; value: string }
  | { code: 'negative'; flag: string; value: string }
  | { code: 'out-of-range'; flag: string; value: string; min: string; max: string }
  | { code: 'memory-below-minimum'; flag: string; value: string }
  | { code: 'swap-without-memory' }
  | { code: 'swap-below-memory' }
  | { code: 'reservation-above-memory' }
  | { code: 'cpus-with-quota' }
  | { code: 'bad-cpuset'; flag: string; value: string }
  | { code: 'bad-device'; flag: string; value: string };

export type LimitsResult = { ok: true; resources: DockerResources } | { ok: false; error: LimitsError };

/** Docker's smallest memory limit and reservation: 6 MiB (moby `linuxMinMemory`, since 20.10). */
export const DOCKER_MIN_MEMORY = 6n * 1024n * 1024n;

type Kind = 'bytes' | 'swap' | 'cpus' | 'int' | 'signed' | 'cpuset' | 'device-bytes' | 'device-int';

/** The flags this calculator reads, with their short forms and kinds of value. */
export const RESOURCE_FLAGS: Readonly<Record<string, { key: keyof DockerResources; kind: Kind; short?: string }>> = {
  '--memory': { key: 'memory', kind: 'bytes', short: '-m' },
  '--memory-swap': { key: 'memorySwap', kind: 'swap' },
  '--memory-reservation': { key: 'memoryReservation', kind: 'bytes' },
  '--cpus': { key: 'nanoCpus', kind: 'cpus' },
  '--cpu-shares': { key: 'cpuShares', kind: 'int', short: '-c' },
  '--cpu-quota': { key: 'cpuQuota', kind: 'signed' },
  '--cpu-period': { key: 'cpuPeriod', kind: 'int' },
  '--cpuset-cpus': { key: 'cpusetCpus', kind: 'cpuset' },
  '--cpuset-mems': { key: 'cpusetMems', kind: 'cpuset' },
  '--pids-limit': { key: 'pidsLimit', kind: 'signed' },
  '--blkio-weight': { key: 'blkioWeight', kind: 'int' },
  '--device-read-bps': { key: 'deviceReadBps', kind: 'device-bytes' },
  '--device-write-bps': { key: 'deviceWriteBps', kind: 'device-bytes' },
  '--device-read-iops': { key: 'deviceReadIops', kind: 'device-int' },
  '--device-write-iops': { key: 'deviceWriteIops', kind: 'device-int' },
};

const SHORT = Object.fromEntries(
  Object.entries(RESOURCE_FLAGS).flatMap(([long, spec]) => (spec.short ? [[spec.short, long]] : [])),
);

function tokenize(input: string): string[] {
  const text = input.replace(/\\\r?\n/g, ' ');
  return [...text.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3]!);
}

function nearest(flag: string): string | undefined {
  const names = Object.keys(RESOURCE_FLAGS);
  const score = (a: string, b: string) => {
    let same = 0;
    for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] === b[i]) same++;
    return same / Math.max(a.length, b.length);
  };
  const best = names.map((n) => [n, score(flag, n)] as const).sort((a, b) => b[1] - a[1])[0]!;
  return best[1] >= 0.6 ? best[0] : undefined;
}

/** The largest value Docker can store: Go's math.MaxInt64. */
export const INT64_MAX = 2n ** 63n - 1n;

const CPUSET = /^\d+(-\d+)?(,\d+(-\d+)?)*$/;

/** Reads one value; returns the error or the parsed value. */
function readValue(flag: string, kind: Kind, value: string): LimitsError | bigint | string | DeviceLimit {
  // Docker stores every value as a signed 64-bit integer (Go's int64): more does not fit.
  const fits = (n: bigint): LimitsError | bigint =>
    n > INT64_MAX ? { code: 'out-of-range', flag, value, min: '0', max: String(INT64_MAX) } : n;
  const int = (v: string, allowNegative: boolean): LimitsError | bigint => {
    if (!/^-?\d+$/.test(v)) return { code: 'bad-number', flag, value: v };
    const n = BigInt(v);
    return n < 0n && !allowNegative ? { code: 'negative', flag, value: v } : fits(n);
  };
  switch (kind) {
    case 'bytes':
    case 'swap': {
      if (kind === 'swap' && value.trim() === '-1') return -1n;
      const size = parseBytes(value);
      if (size.ok) return fits(size.bytes);
      return size.error === 'negative' ? { code: 'negative', flag, value } : { code: 'bad-size', flag, value, reason: size.error };
    }
    case 'cpus': {
      const m = /^(\d+)(?:\.(\d{1,9}))?$/.exec(value);
      if (!m) return /^-/.test(value) ? { code: 'negative', flag, value } : { code: 'bad-cpus', flag, value };
      return fits(BigInt(m[1]!) * 1_000_000_000n + BigInt((m[2] ?? '').padEnd(9, '0')));
    }
    case 'int':
    case 'signed':
      return int(value, kind === 'signed');
    case 'cpuset':
      return CPUSET.test(value) ? value : { code: 'bad-cpuset', flag, value };
    case 'device-bytes':
    case 'device-int': {
      const at = value.lastIndexOf(':');
      const path = value.slice(0, at);
      if (at < 0 || !path.startsWith('/dev/')) return { code: 'bad-device', flag, value };
      const amount = value.slice(at + 1);
      const parsed = kind === 'device-int' ? int(amount, false) : readValue(flag, 'bytes', amount);
      if (typeof parsed !== 'bigint') return typeof parsed === 'object' && 'code' in parsed ? { code: 'bad-device', flag, value } : parsed;
      return { path, value: parsed };
    }
  }
}

/**
 * Nano-CPUs as the decimal a person writes.
 *
 * @example
 * formatCpus(1_500_000_000n) // => '1.5'
 */
export function formatCpus(nano: bigint): string {
  const whole = nano / 1_000_000_000n;
  const fraction = (nano % 1_000_000_000n).toString().padStart(9, '0').replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : String(whole);
}

/** Checks across flags, as the daemon does before it creates the container. */
function validate(r: DockerResources): LimitsError | undefined {
  const range = (flag: string, v: bigint | undefined, min: bigint, max: bigint, allowZero = false): LimitsError | undefined =>
    v !== undefined && !(allowZero && v === 0n) && (v < min || v > max) ? { code: 'out-of-range', flag, value: String(v), min: String(min), max: String(max) } : undefined;
  if (r.memory !== undefined && r.memory < DOCKER_MIN_MEMORY) return { code: 'memory-below-minimum', flag: '--memory', value: String(r.memory) };
  if (r.memoryReservation !== undefined && r.memoryReservation < DOCKER_MIN_MEMORY) {
    return { code: 'memory-below-minimum', flag: '--memory-reservation', value: String(r.memoryReservation) };
  }
  if (r.memorySwap !== undefined && r.memorySwap !== 0n && r.memory === undefined) return { code: 'swap-without-memory' };
  if (r.memorySwap !== undefined && r.memorySwap > 0n && r.memory !== undefined && r.memorySwap < r.memory) return { code: 'swap-below-memory' };
  if (r.memory !== undefined && r.memoryReservation !== undefined && r.memory < r.memoryReservation) return { code: 'reservation-above-memory' };
  if (r.nanoCpus !== undefined && (r.cpuQuota !== undefined || r.cpuPeriod !== undefined)) return { code: 'cpus-with-quota' };
  // Docker's upper bound for --cpus is the host's CPU count, which only the daemon knows.
  if (r.nanoCpus !== undefined && r.nanoCpus < 10_000_000n) {
    return { code: 'out-of-range', flag: '--cpus', value: formatCpus(r.nanoCpus), min: '0.01', max: 'nproc' };
  }
  return (
    range('--cpu-period', r.cpuPeriod, 1000n, 1_000_000n, true) ??
    // The kernel's floor for a CFS quota is 1 ms (Documentation/scheduler/sched-bwc.rst).
    (r.cpuQuota !== undefined && r.cpuQuota > 0n ? range('--cpu-quota', r.cpuQuota, 1000n, 1n << 62n) : undefined) ??
    range('--blkio-weight', r.blkioWeight, 10n, 1000n, true)
  );
}

/**
 * Parses `docker run` resource flags (a whole `docker run …` line works too: reading stops
 * at the image name).
 *
 * @example
 * parseDockerFlags('--memory=512m --cpus 1.5')
 * // => { ok: true, resources: { memory: 536870912n, nanoCpus: 1500000000n, … } }
 * parseDockerFlags('--memory=4m')
 * // => { ok: false, error: { code: 'memory-below-minimum', flag: '--memory', value: '4194304' } }
 */
export function parseDockerFlags(input: string): LimitsResult {
  const tokens = tokenize(input);
  let i = tokens[0] === 'docker' ? (tokens[1] === 'container' ? 3 : 2) : 0;
  const r: DockerResources = { deviceReadBps: [], deviceWriteBps: [], deviceReadIops: [], deviceWriteIops: [] };
  let seen = 0;
  for (; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!token.startsWith('-')) break;
    const eq = token.indexOf('=');
    let flag = eq > 0 ? token.slice(0, eq) : token;
    let value = eq > 0 ? token.slice(eq + 1) : undefined;
    if (!flag.startsWith('--') && flag.length > 2 && value === undefined) {
      value = flag.slice(2);
      flag = flag.slice(0, 2);
    }
    flag = SHORT[flag] ?? flag;
    const spec = RESOURCE_FLAGS[flag];
    if (!spec) {
      const suggestion = nearest(flag);
      return { ok: false, error: { code: 'unknown-flag', flag, ...(suggestion ? { suggestion } : {}) } };
    }
    value ??= tokens[++i];
    if (value === undefined || value === '') return { ok: false, error: { code: 'missing-value', flag } };
    const parsed = readValue(flag, spec.kind, value);
    if (typeof parsed === 'object' && 'code' in parsed) return { ok: false, error: parsed };
    if (typeof parsed === 'object') (r[spec.key] as DeviceLimit[]).push(parsed);
    else (r as unknown as Record<string, unknown>)[spec.key] = parsed;
    seen++;
  }
  if (seen === 0) return { ok: false, error: { code: 'empty' } };
  const problem = validate(r);
  return problem ? { ok: false, error: problem } : { ok: true, resources: r };
}
