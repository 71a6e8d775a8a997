/**
 * The resource flags of a `docker run`, handed to the cgroup limits calculator
 * (src/lib/cgroup-limits) for the checks and the cgroup files, and turned into the OCI
 * `linux.resources` object the way moby does (daemon/daemon_unix.go `getMemoryResources`,
 * `getCPUResources`, `getPidsLimit`, `adaptContainerSettings`; daemon/oci_linux.go, docker-v29.7.2).
 * @module
 */
import { RESOURCE_FLAGS, parseDockerFlags, type DockerResources, type LimitsError } from '../cgroup-limits/parse.ts';
import { DOCKER_CPU_PERIOD, cgroupWrites, type CgroupWrites } from '../cgroup-limits/compute.ts';
import { parseBytes } from '../cgroup-limits/units.ts';
import type { WeightFormula } from '../cgroup-limits/weights.ts';
import { parseGoInt } from './go-values.ts';
import type { ParsedRun } from './parse.ts';

export type ResourceError =
  | { code: 'resource'; error: LimitsError }
  | { code: 'beyond-int64'; flag: string; value: string; allowed: string }
  | { code: 'bad-cpus'; flag: string; value: string; allowed: string };

/** A device throttle in the spec; Docker finds the device numbers by stat(2) on the host, so they stay named. */
export interface OciThrottle {
  major: string;
  minor: string;
  rate: bigint;
}

/** The OCI runtime-spec `linux.resources` fields Docker fills from the resource flags. */
export interface OciResources {
  memory?: { limit?: bigint; reservation?: bigint; swap?: bigint };
  cpu?: { shares?: bigint; quota?: bigint; period?: bigint; cpus?: string; mems?: string };
  pids?: { limit: bigint };
  blockIO?: {
    weight?: bigint;
    throttleReadBpsDevice?: OciThrottle[];
    throttleWriteBpsDevice?: OciThrottle[];
    throttleReadIOPSDevice?: OciThrottle[];
    throttleWriteIOPSDevice?: OciThrottle[];
  };
}

export interface ContainerResources {
  resources: DockerResources;
  /** The cgroup v2 and v1 files, from the cgroup limits calculator. */
  writes: CgroupWrites;
  spec: OciResources;
}

const INT64_MAX = (1n << 63n) - 1n;

/** A value as one word of the calculator's input: quoted when it has blanks. */
function word(value: string): string | undefined {
  if (/^[^\s"']\S*$/.test(value)) return value;
  if (!value.includes('"')) return `"${value}"`;
  return value.includes("'") ? undefined : `'${value}'`;
}

/** The value as the calculator should read it, or the error Docker's own parsing would give. */
function normalized(flag: string, value: string): string | ResourceError {
  const kind = RESOURCE_FLAGS[flag]!.kind;
  if (kind === 'int' || kind === 'signed') {
    // docker/cli reads integers in base 0 (010 is 8); the calculator reads decimals.
    return String(parseGoInt(value) ?? value);
  }
  const size = kind === 'bytes' || kind === 'swap' ? value : kind === 'device-bytes' ? value.slice(value.lastIndexOf(':') + 1) : undefined;
  const bytes = size === undefined ? undefined : parseBytes(size);
  if (bytes?.ok && bytes.bytes > INT64_MAX) return { code: 'beyond-int64', flag, value, allowed: `${INT64_MAX}` };
  return value;
}

/** The OCI resources moby writes for these settings. */
function ociResources(r: DockerResources): OciResources {
  const spec: OciResources = {};
  const swap = r.memory !== undefined && r.memory > 0n && !r.memorySwap ? 2n * r.memory : r.memorySwap;
  const memory = {
    ...(r.memory && r.memory > 0n ? { limit: r.memory } : {}),
    ...(r.memoryReservation && r.memoryReservation > 0n ? { reservation: r.memoryReservation } : {}),
    ...(swap && swap > 0n ? { swap } : {}),
  };
  if (Object.keys(memory).length) spec.memory = memory;
  const cpu = {
    ...(r.cpuShares ? { shares: r.cpuShares } : {}),
    ...(r.nanoCpus && r.nanoCpus > 0n ? { quota: (r.nanoCpus * DOCKER_CPU_PERIOD) / 1_000_000_000n, period: DOCKER_CPU_PERIOD } : {}),
    ...(r.cpuPeriod ? { period: r.cpuPeriod } : {}),
    ...(r.cpuQuota ? { quota: r.cpuQuota } : {}),
    ...(r.cpusetCpus ? { cpus: r.cpusetCpus } : {}),
    ...(r.cpusetMems ? { mems: r.cpusetMems } : {}),
  };
  if (Object.keys(cpu).length) spec.cpu = cpu;
  // The API takes 0 and negative values as "unlimited"; runc wants -1 for that.
  if (r.pidsLimit !== undefined) spec.pids = { limit: r.pidsLimit > 0n ? r.pidsLimit : -1n };
  const devices = (list: DockerResources['deviceReadBps']) => list.map((d) => ({ major: `MAJ(${d.path})`, minor: `MIN(${d.path})`, rate: d.value }));
  const blockIO = {
    ...(r.blkioWeight ? { weight: r.blkioWeight } : {}),
    ...(r.deviceReadBps.length ? { throttleReadBpsDevice: devices(r.deviceReadBps) } : {}),
    ...(r.deviceWriteBps.length ? { throttleWriteBpsDevice: devices(r.deviceWriteBps) } : {}),
    ...(r.deviceReadIops.length ? { throttleReadIOPSDevice: devices(r.deviceReadIops) } : {}),
    ...(r.deviceWriteIops.length ? { throttleWriteIOPSDevice: devices(r.deviceWriteIops) } : {}),
  };
  if (Object.keys(blockIO).length) spec.blockIO = blockIO;
  return spec;
}

/**
 * The resources of a run, or undefined when it sets none the calculator knows.
 *
 * @example
 * containerResources(parsed('docker run --memory=256m --cpus=1.5 nginx'), 'quadratic')
 * // => { writes: { v2: [{ file: 'memory.max', value: '268435456' }, …, { file: 'cpu.max', value: '150000 100000' }], … },
 * //      spec: { memory: { limit: 268435456n, swap: 536870912n }, cpu: { quota: 150000n, period: 100000n } }, … }
 */
export function containerResources(run: ParsedRun, formula: WeightFormula): ContainerResources | undefined | ResourceError {
  const words: string[] = [];
  for (const { flag, value } of run.options) {
    if (!(flag in RESOURCE_FLAGS)) continue;
    const v = normalized(flag, value);
    if (typeof v !== 'string') return v;
    const quoted = word(v);
    // Only a value with blanks and both kinds of quote cannot be passed on; no such value is valid.
    if (quoted === undefined) return { code: 'resource', error: { code: 'bad-number', flag, value } };
    words.push(flag, quoted);
  }
  if (words.length === 0) return undefined;
  const parsed = parseDockerFlags(words.join(' '));
  if (!parsed.ok) {
    const e = parsed.error;
    // The explainer also names the range of --cpus, which the calculator's message leaves out.
    if (e.code === 'bad-cpus') return { code: 'bad-cpus', flag: e.flag, value: e.value, allowed: '0.01…nproc' };
    return { code: 'resource', error: e };
  }
  return { resources: parsed.resources, writes: cgroupWrites(parsed.resources, formula), spec: ociResources(parsed.resources) };
}
