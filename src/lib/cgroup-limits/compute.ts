/**
 * What a container runtime writes into cgroup files for `docker run` resource flags, on
 * cgroup v2 and on v1. The rules follow moby (daemon/daemon_unix.go: --cpus → quota with a
 * 100000 µs period; --memory-swap defaults to twice --memory; --pids-limit ≤ 0 → unlimited)
 * and runc / opencontainers cgroups (fs2: cpu.max, memory.swap.max = swap − memory,
 * memory.low, io.bfq.weight or io.weight; fs: the v1 files).
 * @module
 */
import type { DeviceLimit, DockerResources } from './parse.ts';
import { blkioToIoWeight, sharesToWeight, type WeightFormula } from './weights.ts';

/** One write: a file, the value written, and the flag it comes from. */
export interface FileWrite {
  file: string;
  value: string;
  flag: string;
}

/** Remarks on the result, localized by the widget. */
export type LimitsNote =
  | { code: 'swap-default' }
  | { code: 'swap-unlimited' }
  | { code: 'swap-disabled' }
  | { code: 'shares-formula'; formula: WeightFormula }
  | { code: 'bfq-or-io-weight' }
  | { code: 'device-numbers'; path: string }
  | { code: 'pids-unlimited' };

export interface CgroupWrites {
  v2: FileWrite[];
  v1: FileWrite[];
  notes: LimitsNote[];
}

/** The CFS period Docker uses for --cpus, in microseconds (100 ms). */
export const DOCKER_CPU_PERIOD = 100000n;

const DEVICE_KEYS = [
  ['deviceReadBps', '--device-read-bps', 'rbps', 'blkio.throttle.read_bps_device'],
  ['deviceWriteBps', '--device-write-bps', 'wbps', 'blkio.throttle.write_bps_device'],
  ['deviceReadIops', '--device-read-iops', 'riops', 'blkio.throttle.read_iops_device'],
  ['deviceWriteIops', '--device-write-iops', 'wiops', 'blkio.throttle.write_iops_device'],
] as const;

/** The device as the kernel names it, which Docker looks up from the path. */
const majMin = (d: DeviceLimit) => `MAJ:MIN(${d.path})`;

/**
 * The files and values for a set of resources.
 *
 * @example
 * cgroupWrites({ nanoCpus: 1_500_000_000n, …none }, 'quadratic').v2
 * // => [{ file: 'cpu.max', value: '150000 100000', flag: '--cpus' }]
 */
export function cgroupWrites(r: DockerResources, formula: WeightFormula): CgroupWrites {
  const v2: FileWrite[] = [];
  const v1: FileWrite[] = [];
  const notes: LimitsNote[] = [];
  const both = (flag: string, v2File: string, v2Value: string, v1File: string, v1Value: string) => {
    v2.push({ file: v2File, value: v2Value, flag });
    v1.push({ file: v1File, value: v1Value, flag });
  };

  if (r.memory !== undefined) {
    both('--memory', 'memory.max', String(r.memory), 'memory.limit_in_bytes', String(r.memory));
    // The daemon sets memory+swap to twice the memory limit when --memory-swap is not given.
    const swap = r.memorySwap === undefined || r.memorySwap === 0n ? 2n * r.memory : r.memorySwap;
    if (r.memorySwap === undefined || r.memorySwap === 0n) notes.push({ code: 'swap-default' });
    if (swap === -1n) {
      // The daemon passes no swap limit at all, so the kernel default (unlimited) stays.
      notes.push({ code: 'swap-unlimited' });
    } else {
      if (swap === r.memory) notes.push({ code: 'swap-disabled' });
      v2.push({ file: 'memory.swap.max', value: String(swap - r.memory), flag: '--memory-swap' });
      v1.push({ file: 'memory.memsw.limit_in_bytes', value: String(swap), flag: '--memory-swap' });
    }
  }
  if (r.memoryReservation !== undefined) {
    both('--memory-reservation', 'memory.low', String(r.memoryReservation), 'memory.soft_limit_in_bytes', String(r.memoryReservation));
  }
  if (r.nanoCpus !== undefined) {
    const quota = (r.nanoCpus * DOCKER_CPU_PERIOD) / 1_000_000_000n;
    v2.push({ file: 'cpu.max', value: `${quota} ${DOCKER_CPU_PERIOD}`, flag: '--cpus' });
    v1.push({ file: 'cpu.cfs_quota_us', value: String(quota), flag: '--cpus' }, { file: 'cpu.cfs_period_us', value: String(DOCKER_CPU_PERIOD), flag: '--cpus' });
  }
  if (r.cpuQuota !== undefined || r.cpuPeriod !== undefined) {
    const period = r.cpuPeriod && r.cpuPeriod > 0n ? r.cpuPeriod : DOCKER_CPU_PERIOD;
    const quota = r.cpuQuota !== undefined && r.cpuQuota > 0n ? String(r.cpuQuota) : 'max';
    const flag = r.cpuQuota !== undefined ? '--cpu-quota' : '--cpu-period';
    v2.push({ file: 'cpu.max', value: `${quota} ${period}`, flag });
    if (r.cpuQuota !== undefined) v1.push({ file: 'cpu.cfs_quota_us', value: quota === 'max' ? '-1' : quota, flag: '--cpu-quota' });
    if (r.cpuPeriod !== undefined) v1.push({ file: 'cpu.cfs_period_us', value: String(period), flag: '--cpu-period' });
  }
  if (r.cpuShares !== undefined && r.cpuShares > 0n) {
    both('--cpu-shares', 'cpu.weight', String(sharesToWeight(r.cpuShares, formula)), 'cpu.shares', String(r.cpuShares));
    notes.push({ code: 'shares-formula', formula });
  }
  if (r.cpusetCpus !== undefined) both('--cpuset-cpus', 'cpuset.cpus', r.cpusetCpus, 'cpuset.cpus', r.cpusetCpus);
  if (r.cpusetMems !== undefined) both('--cpuset-mems', 'cpuset.mems', r.cpusetMems, 'cpuset.mems', r.cpusetMems);
  if (r.pidsLimit !== undefined) {
    const value = r.pidsLimit > 0n ? String(r.pidsLimit) : 'max';
    if (value === 'max') notes.push({ code: 'pids-unlimited' });
    both('--pids-limit', 'pids.max', value, 'pids.max', value);
  }
  if (r.blkioWeight !== undefined && r.blkioWeight > 0n) {
    v2.push(
      { file: 'io.bfq.weight', value: String(r.blkioWeight), flag: '--blkio-weight' },
      { file: 'io.weight', value: String(blkioToIoWeight(r.blkioWeight)), flag: '--blkio-weight' },
    );
    v1.push({ file: 'blkio.weight', value: String(r.blkioWeight), flag: '--blkio-weight' });
    notes.push({ code: 'bfq-or-io-weight' });
  }
  for (const [key, flag, ioKey, v1File] of DEVICE_KEYS) {
    for (const d of r[key]) {
      v2.push({ file: 'io.max', value: `${majMin(d)} ${ioKey}=${d.value}`, flag });
      v1.push({ file: v1File, value: `${majMin(d)} ${d.value}`, flag });
      if (!notes.some((n) => n.code === 'device-numbers' && n.path === d.path)) notes.push({ code: 'device-numbers', path: d.path });
    }
  }
  return { v2, v1, notes };
}
