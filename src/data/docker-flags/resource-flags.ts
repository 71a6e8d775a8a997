/**
 * `docker run` resource flags and their path to cgroup files. Facts from Docker's run
 * reference and resource-constraints page, moby's daemon (docker-v29.7.2), runc and
 * opencontainers/cgroups (v0.1.0), crun (1.23+) and the kernel's cgroup documentation.
 */
import type { DockerFlagInput } from '../schema/docker-flag.ts';

const DOCKER_RUN = { title: 'docker container run', url: 'https://docs.docker.com/reference/cli/docker/container/run/' };
const CONSTRAINTS = { title: 'Resource constraints (Docker docs)', url: 'https://docs.docker.com/engine/containers/resource_constraints/' };
const MOBY = (line: string) => ({
  title: 'moby daemon/daemon_unix.go',
  url: `https://github.com/moby/moby/blob/docker-v29.7.2/daemon/daemon_unix.go#${line}`,
});
const CG = (path: string, title: string) => ({ title, url: `https://github.com/opencontainers/cgroups/blob/v0.1.0/${path}` });
const KERNEL_V2 = { title: 'cgroup-v2.rst', url: 'https://docs.kernel.org/admin-guide/cgroup-v2.html' };

export default [
  {
    flag: '--memory',
    short: '-m',
    value: { en: 'Memory limit in bytes; units b, k, m, g (binary). At least 6MB.', 'zh-cn': '内存上限，单位字节；可带单位 b、k、m、g（二进制）。至少 6MB。' },
    example: '--memory=512m',
    conversion: {
      en: 'Written unchanged to `memory.max` (v2) or `memory.limit_in_bytes` (v1). The daemon refuses less than 6MB ("Minimum memory limit allowed is 6MB"; 4MB before Docker 20.10).',
      'zh-cn': '原样写入 `memory.max`（v2）或 `memory.limit_in_bytes`（v1）。守护进程拒绝小于 6MB 的值（“Minimum memory limit allowed is 6MB”；Docker 20.10 之前是 4MB）。',
    },
    sources: [DOCKER_RUN, MOBY('L68'), CG('fs2/memory.go#L35-L77', 'opencontainers/cgroups fs2/memory.go')],
  },
  {
    flag: '--memory-swap',
    value: { en: 'Memory plus swap, in bytes; -1 for unlimited swap. Needs --memory.', 'zh-cn': '内存加交换空间的总量，单位字节；-1 表示交换空间不限。必须同时设置 --memory。' },
    example: '--memory=300m --memory-swap=1g',
    conversion: {
      en: 'v1 takes the sum as is (`memory.memsw.limit_in_bytes`); v2 counts swap alone, so runc writes `swap − memory` to `memory.swap.max` (`ConvertMemorySwapToCgroupV2Value`). Unset, the daemon doubles --memory (equal swap); equal to --memory, no swap; -1 leaves the default `max`.',
      'zh-cn': 'v1 直接接受总量（`memory.memsw.limit_in_bytes`）；v2 只计交换空间，因此 runc 把 `swap − memory` 写入 `memory.swap.max`（`ConvertMemorySwapToCgroupV2Value`）。不设置时，守护进程取 --memory 的两倍（即交换空间与内存等量）；等于 --memory 时不使用交换空间；-1 则保留默认值 `max`。',
    },
    sources: [CONSTRAINTS, MOBY('L320-L324'), CG('utils.go#L443-L472', 'opencontainers/cgroups utils.go')],
  },
  {
    flag: '--memory-reservation',
    value: { en: 'A soft limit, in bytes, below --memory.', 'zh-cn': '软限制，单位字节，应低于 --memory。' },
    example: '--memory=1g --memory-reservation=512m',
    conversion: {
      en: 'v2: `memory.low`, best-effort protection from reclaim. v1: `memory.soft_limit_in_bytes`, which recent kernels document as deprecated and without effect.',
      'zh-cn': 'v2：写入 `memory.low`，尽力保护这部分内存不被回收。v1：写入 `memory.soft_limit_in_bytes`，较新的内核文档已将其标为弃用且不再起作用。',
    },
    sources: [CONSTRAINTS, CG('fs2/memory.go#L35-L77', 'opencontainers/cgroups fs2/memory.go'), KERNEL_V2],
  },
  {
    flag: '--cpus',
    value: { en: 'Number of CPUs, a decimal from 0.01.', 'zh-cn': 'CPU 数量，可为小数，最小 0.01。' },
    example: '--cpus=1.5',
    conversion: {
      en: 'The daemon turns it into a CFS quota over a fixed 100000 µs period: quota = CPUs × 100000. v2: `cpu.max` "150000 100000" for 1.5; v1: `cpu.cfs_quota_us` and `cpu.cfs_period_us`. It cannot be combined with --cpu-quota or --cpu-period.',
      'zh-cn': '守护进程把它换算成固定 100000 微秒周期下的 CFS 配额：quota = CPU 数 × 100000。v2：1.5 对应 `cpu.max` 为 "150000 100000"；v1：写入 `cpu.cfs_quota_us` 和 `cpu.cfs_period_us`。它不能与 --cpu-quota 或 --cpu-period 同时使用。',
    },
    sources: [CONSTRAINTS, MOBY('L146-L152'), CG('fs2/cpu.go#L54-L68', 'opencontainers/cgroups fs2/cpu.go')],
  },
  {
    flag: '--cpu-shares',
    short: '-c',
    value: { en: 'Relative CPU weight (v1 scale, default 1024).', 'zh-cn': '相对 CPU 权重（v1 的刻度，默认 1024）。' },
    example: '--cpu-shares=1024',
    conversion: {
      en: 'v1: `cpu.shares` as is. v2: `cpu.weight` (1–10000, default 100) through `ConvertCPUSharesToCgroupV2Value`. runc 1.0-rc91 to 1.3.1 and crun up to 1.22 used `1 + ((shares − 2) × 9999) / 262142`, which maps 1024 to 39; runc 1.3.2+ and crun 1.23+ use a quadratic formula on log2(shares) that maps 2 → 1, 1024 → 100 and 262144 → 10000. 0 means not set.',
      'zh-cn': 'v1：原样写入 `cpu.shares`。v2：通过 `ConvertCPUSharesToCgroupV2Value` 写入 `cpu.weight`（1–10000，默认 100）。runc 1.0-rc91 至 1.3.1 以及 crun 1.22 及更早版本使用 `1 + ((shares − 2) × 9999) / 262142`，把 1024 换算成 39；runc 1.3.2+ 与 crun 1.23+ 改用以 log2(shares) 为自变量的二次公式，使 2 → 1、1024 → 100、262144 → 10000。0 表示不设置。',
    },
    sources: [
      CG('utils.go#L417-L441', 'opencontainers/cgroups utils.go'),
      { title: 'runc 1.3.2 CHANGELOG', url: 'https://github.com/opencontainers/runc/blob/v1.3.2/CHANGELOG.md#L14-L15' },
      { title: 'crun 1.23 NEWS', url: 'https://github.com/containers/crun/blob/1.23/NEWS#L17' },
      { title: 'runc 1.2.0 utils.go (linear formula)', url: 'https://github.com/opencontainers/runc/blob/v1.2.0/libcontainer/cgroups/utils.go#L404-L414' },
    ],
  },
  {
    flag: '--cpu-quota',
    value: { en: 'CFS quota in microseconds per period (at least 1000).', 'zh-cn': '每个周期内的 CFS 配额，单位微秒（至少 1000）。' },
    example: '--cpu-quota=50000 --cpu-period=100000',
    conversion: {
      en: 'v2: the first field of `cpu.max`; v1: `cpu.cfs_quota_us`. Without a positive quota runc writes "max".',
      'zh-cn': 'v2：`cpu.max` 的第一个字段；v1：`cpu.cfs_quota_us`。配额不是正数时，runc 写入 "max"。',
    },
    sources: [DOCKER_RUN, CG('fs2/cpu.go#L54-L68', 'opencontainers/cgroups fs2/cpu.go'), { title: 'sched-bwc.rst', url: 'https://docs.kernel.org/scheduler/sched-bwc.html' }],
  },
  {
    flag: '--cpu-period',
    value: { en: 'CFS period in microseconds, 1000 to 1000000.', 'zh-cn': 'CFS 周期，单位微秒，1000 到 1000000。' },
    example: '--cpu-period=200000',
    conversion: {
      en: 'v2: the second field of `cpu.max` ("max 200000" without a quota); v1: `cpu.cfs_period_us`.',
      'zh-cn': 'v2：`cpu.max` 的第二个字段（没有配额时为 "max 200000"）；v1：`cpu.cfs_period_us`。',
    },
    sources: [DOCKER_RUN, MOBY('L498-L499'), CG('fs2/cpu.go#L54-L68', 'opencontainers/cgroups fs2/cpu.go')],
  },
  {
    flag: '--cpuset-cpus',
    value: { en: 'CPUs the container may run on, e.g. 0-3,5.', 'zh-cn': '容器可以运行的 CPU，例如 0-3,5。' },
    example: '--cpuset-cpus=0-3,5',
    conversion: { en: 'Copied to `cpuset.cpus` in both versions.', 'zh-cn': '在两个版本中都原样写入 `cpuset.cpus`。' },
    sources: [DOCKER_RUN, KERNEL_V2],
  },
  {
    flag: '--cpuset-mems',
    value: { en: 'Memory nodes (NUMA) the container may use, e.g. 0.', 'zh-cn': '容器可以使用的内存节点（NUMA），例如 0。' },
    example: '--cpuset-mems=0',
    conversion: { en: 'Copied to `cpuset.mems` in both versions.', 'zh-cn': '在两个版本中都原样写入 `cpuset.mems`。' },
    sources: [DOCKER_RUN, KERNEL_V2],
  },
  {
    flag: '--pids-limit',
    value: { en: 'Most processes (and threads) the container may have; 0 or -1 for unlimited.', 'zh-cn': '容器最多能有的进程（及线程）数；0 或 -1 表示不限制。' },
    example: '--pids-limit=100',
    conversion: {
      en: '`pids.max` in both versions. The daemon sends 0 and negative values as -1, which runc writes as "max".',
      'zh-cn': '两个版本中都写入 `pids.max`。守护进程把 0 和负数都当作 -1 传递，runc 把它写成 "max"。',
    },
    sources: [DOCKER_RUN, MOBY('L113-L125'), CG('fs2/pids.go#L20-L38', 'opencontainers/cgroups fs2/pids.go')],
  },
  {
    flag: '--blkio-weight',
    value: { en: 'Relative block-IO weight, 10 to 1000 (0 disables).', 'zh-cn': '相对块 I/O 权重，10 到 1000（0 表示不启用）。' },
    example: '--blkio-weight=500',
    conversion: {
      en: 'v2: runc writes `io.bfq.weight` unchanged when the BFQ scheduler provides it, otherwise `io.weight` = 1 + (weight − 10) × 9999 / 990 (`ConvertBlkIOToIOWeightValue`). v1: `blkio.weight`, or `blkio.bfq.weight` where only BFQ exists.',
      'zh-cn': 'v2：若 BFQ 调度器提供 `io.bfq.weight`，runc 原样写入；否则写入 `io.weight` = 1 + (weight − 10) × 9999 / 990（`ConvertBlkIOToIOWeightValue`）。v1：写入 `blkio.weight`，只有 BFQ 时写入 `blkio.bfq.weight`。',
    },
    sources: [DOCKER_RUN, CG('fs2/io.go#L39-L66', 'opencontainers/cgroups fs2/io.go'), CG('utils.go#L474-L483', 'opencontainers/cgroups utils.go')],
  },
  {
    flag: '--device-read-bps',
    value: { en: 'Read rate limit for a device: <path>:<rate>, e.g. /dev/sda:1mb.', 'zh-cn': '某个设备的读取速率上限：<路径>:<速率>，例如 /dev/sda:1mb。' },
    example: '--device-read-bps=/dev/sda:1mb',
    conversion: {
      en: 'v2: a line `MAJ:MIN rbps=N` in `io.max`; v1: `MAJ:MIN N` in `blkio.throttle.read_bps_device`. Docker looks up the device numbers of the path.',
      'zh-cn': 'v2：在 `io.max` 中写一行 `MAJ:MIN rbps=N`；v1：在 `blkio.throttle.read_bps_device` 中写 `MAJ:MIN N`。设备号由 Docker 根据路径查出。',
    },
    sources: [DOCKER_RUN, CG('fs2/io.go#L39-L92', 'opencontainers/cgroups fs2/io.go'), KERNEL_V2],
  },
  {
    flag: '--device-write-bps',
    value: { en: 'Write rate limit for a device: <path>:<rate>.', 'zh-cn': '某个设备的写入速率上限：<路径>:<速率>。' },
    example: '--device-write-bps=/dev/sda:10mb',
    conversion: {
      en: 'v2: `MAJ:MIN wbps=N` in `io.max`; v1: `blkio.throttle.write_bps_device`.',
      'zh-cn': 'v2：在 `io.max` 中写 `MAJ:MIN wbps=N`；v1：写入 `blkio.throttle.write_bps_device`。',
    },
    sources: [DOCKER_RUN, CG('fs2/io.go#L39-L92', 'opencontainers/cgroups fs2/io.go')],
  },
] satisfies DockerFlagInput[];
