import type { TermInput } from '../../schema/term.ts';
import { SRC } from '../../sources/cgroup-controllers.ts';

export default {
  id: 'cgroup-io',
  category: 'cgroup-controller',
  page: 'cgroup-controllers',
  name: { en: 'io controller (blkio in v1)', 'zh-cn': 'io 控制器（v1 中为 blkio）' },
  aliases: {
    en: [
      'io',
      'blkio',
      'blkio controller',
      'block IO controller',
      'block I/O throttling',
      'IO limit',
      'IO weight',
      'io.max',
      'io.weight',
      'io.stat',
      'blkio.throttle.read_bps_device',
      'blkio.throttle.write_bps_device',
      'blkio.bfq.weight',
    ],
    'zh-cn': ['块 IO 控制器', '磁盘 IO 限速', 'IO 限流', 'IO 权重', 'blkio 子系统', '块设备 I/O 控制', 'io', 'blkio', 'block I/O throttling', 'io.max', 'io.weight', 'io.stat', 'blkio.throttle.read_bps_device', 'blkio.throttle.write_bps_device', 'blkio.bfq.weight'],
  },
  summary: {
    en: 'Controls how block-device I/O is shared between cgroups, by proportional weights and by per-device bandwidth and IOPS limits.',
    'zh-cn': '控制块设备 I/O 在各 cgroup 之间的分配，手段包括按比例的权重，以及按设备设置的带宽和 IOPS 上限。',
  },
  description: {
    en: `The controller is called \`blkio\` in v1 and \`io\` in v2; cgroups(7) calls io the successor of blkio. Both name a device by its \`MAJ:MIN\` numbers (see \`lsblk\`) and offer two models: **limits** in bytes or I/O operations per second, enforced by the block layer's throttling (blk-throttle) on any device, and **weights** that share I/O time in proportion, which need an I/O scheduler or policy that implements them (BFQ, or iocost in v2).

In v1 each limit is a separate file taking \`"<major>:<minor> <rate>"\`, such as \`blkio.throttle.read_bps_device\`, and weights are \`blkio.bfq.weight\` (1–1000). The v1 doc also warns that throttling is hierarchical only with the "sane_behavior" development option, so without it every group is treated as if it sat at the same level. In v2 all limits are keys of one file, \`io.max\` (\`rbps\`, \`wbps\`, \`riops\`, \`wiops\`; \`max\` removes one), weights are \`io.weight\` (1–10000, \`default 100\`, with per-device overrides), and \`io.latency\` protects a latency target.

Traps: the examples read with \`iflag=direct\`, as the v1 doc's own \`dd\` test does, so that every read goes to the disk instead of the page cache. Buffered writes reach the disk later, by writeback; in v2 the io and memory controllers together attribute writeback I/O to cgroups (per inode, to the cgroup that dirties most of its pages), but only on ext2, ext4, btrfs, f2fs and xfs; on other filesystems all writeback is charged to the root cgroup.`,
    'zh-cn': `这个控制器在 v1 中叫 \`blkio\`，在 v2 中叫 \`io\`；cgroups(7) 称 io 是 blkio 的继任者。两者都用 \`MAJ:MIN\` 设备号（可用 \`lsblk\` 查看）指定设备，并提供两种模型：**上限**，以每秒字节数或每秒 I/O 次数计，由块层的限流机制（blk-throttle）执行，适用于任何设备；**权重**，按比例分配 I/O 时间，需要实现了它的 I/O 调度器或策略（BFQ，或 v2 中的 iocost）。

在 v1 中，每种上限是一个单独的文件，写法为 \`"<major>:<minor> <rate>"\`，例如 \`blkio.throttle.read_bps_device\`；权重是 \`blkio.bfq.weight\`（1–1000）。v1 文档还提醒：只有开启开发选项“sane_behavior”时，限流才是分层的；否则所有组都被当作处在同一层级。在 v2 中，所有上限都是同一个文件 \`io.max\` 中的键（\`rbps\`、\`wbps\`、\`riops\`、\`wiops\`；写 \`max\` 取消某项），权重是 \`io.weight\`（1–10000，默认 \`default 100\`，可按设备单独覆盖），\`io.latency\` 用来保障延迟目标。

容易踩的坑：示例与 v1 文档自己的 \`dd\` 测试一样使用 \`iflag=direct\` 读取，使每次读取都真正到达磁盘，而不是从页缓存返回。带缓冲的写入要等回写时才落盘；在 v2 中，io 和 memory 控制器配合，把回写 I/O 记到相应的 cgroup 名下（按 inode 计算，归给弄脏其大部分页面的那个 cgroup），但只限于 ext2、ext4、btrfs、f2fs 和 xfs；在其他文件系统上，所有回写 I/O 都记在根 cgroup 名下。`,
  },
  v1Name: 'blkio',
  v2Name: 'io',
  sinceV1: '2.6.33',
  sinceV2: '4.5',
  controls: {
    en: 'Block-device I/O per cgroup: bandwidth and IOPS limits per device, proportional weights, and in v2 latency targets.',
    'zh-cn': '每个 cgroup 的块设备 I/O：按设备设置的带宽和 IOPS 上限、按比例的权重，以及 v2 中的延迟目标。',
  },
  v1Files: [
    {
      name: 'blkio.throttle.read_bps_device',
      summary: {
        en: 'Upper limit on reads from a device in bytes per second, written as `"<major>:<minor> <bytes_per_second>"`.',
        'zh-cn': '从设备读取的速率上限（字节/秒），写法为 `"<major>:<minor> <bytes_per_second>"`。',
      },
    },
    {
      name: 'blkio.throttle.write_bps_device',
      summary: {
        en: 'Upper limit on writes to a device in bytes per second, same format.',
        'zh-cn': '向设备写入的速率上限（字节/秒），写法相同。',
      },
    },
    {
      name: 'blkio.throttle.read_iops_device',
      summary: {
        en: 'Upper limit on read operations per second for a device; if both a byte and an IOPS rule exist, both apply.',
        'zh-cn': '设备每秒读操作次数的上限；同时设置了字节和 IOPS 规则时，两者都生效。',
      },
    },
    {
      name: 'blkio.throttle.write_iops_device',
      summary: {
        en: 'Upper limit on write operations per second for a device.',
        'zh-cn': '设备每秒写操作次数的上限。',
      },
    },
    {
      name: 'blkio.throttle.io_service_bytes',
      summary: {
        en: 'Bytes transferred by the group per device, split into Read, Write, Sync, Async and so on (throttling policy).',
        'zh-cn': '该 cgroup在每个设备上传输的字节数，按 Read、Write、Sync、Async 等分列（限流策略）。',
      },
    },
    {
      name: 'blkio.throttle.io_serviced',
      summary: {
        en: 'Number of I/Os (bios) issued by the group per device, split by operation type (throttling policy).',
        'zh-cn': '该 cgroup在每个设备上发出的 I/O（bio）次数，按操作类型分列（限流策略）。',
      },
    },
    {
      name: 'blkio.bfq.weight',
      summary: {
        en: 'Default proportional weight of the group on all devices under the BFQ scheduler, range 1–1000.',
        'zh-cn': '在 BFQ 调度器下该 cgroup在所有设备上的默认比例权重，取值 1–1000。',
      },
    },
    {
      name: 'blkio.bfq.weight_device',
      summary: {
        en: 'Per-device weight overriding `blkio.bfq.weight`, written as `"<major>:<minor> <weight>"`; weight 0 removes the override.',
        'zh-cn': '按设备覆盖 `blkio.bfq.weight` 的权重，写法为 `"<major>:<minor> <weight>"`；写 0 取消覆盖。',
      },
    },
    {
      name: 'blkio.io_service_bytes',
      summary: {
        en: 'Bytes transferred per device under the proportional-weight policy, split by operation type.',
        'zh-cn': '比例权重策略下每个设备传输的字节数，按操作类型分列。',
      },
    },
    {
      name: 'blkio.io_serviced',
      summary: {
        en: 'I/Os issued per device under the proportional-weight policy, split by operation type.',
        'zh-cn': '比例权重策略下每个设备发出的 I/O 次数，按操作类型分列。',
      },
    },
    {
      name: 'blkio.time',
      summary: {
        en: 'Disk time allocated to the group per device, in milliseconds.',
        'zh-cn': '每个设备分配给该 cgroup的磁盘时间，单位毫秒。',
      },
    },
    {
      name: 'blkio.sectors',
      summary: {
        en: 'Sectors transferred to or from each device by the group.',
        'zh-cn': '该 cgroup与每个设备之间传输的扇区数。',
      },
    },
    {
      name: 'blkio.reset_stats',
      summary: {
        en: 'Writing an integer resets all statistics of the group.',
        'zh-cn': '写入一个整数即清零该 cgroup的所有统计。',
      },
    },
  ],
  v2Files: [
    {
      name: 'io.max',
      summary: {
        en: 'Per-device limits as `MAJ:MIN` lines with keys `rbps`, `wbps`, `riops` and `wiops`; `max` removes a limit, and IOs are delayed when a limit is reached.',
        'zh-cn': '按设备设置的上限，每行以 `MAJ:MIN` 开头，键为 `rbps`、`wbps`、`riops` 和 `wiops`；写 `max` 取消某项上限，达到上限时 I/O 会被延后。',
      },
    },
    {
      name: 'io.weight',
      summary: {
        en: 'Proportional weight, default `default 100`, range 1–10000; per-device overrides are written as `MAJ:MIN WEIGHT` and removed with `MAJ:MIN default`.',
        'zh-cn': '比例权重，默认 `default 100`，取值 1–10000；按设备覆盖时写 `MAJ:MIN WEIGHT`，写 `MAJ:MIN default` 取消覆盖。',
      },
    },
    {
      name: 'io.stat',
      summary: {
        en: 'Per-device counters `rbytes`, `wbytes`, `rios`, `wios`, `dbytes` and `dios`, in lines keyed by `MAJ:MIN`.',
        'zh-cn': '按设备列出的计数器 `rbytes`、`wbytes`、`rios`、`wios`、`dbytes` 和 `dios`，每行以 `MAJ:MIN` 开头。',
      },
    },
    {
      name: 'io.latency',
      summary: {
        en: 'Latency target `MAJ:MIN target=<microseconds>`: when the group\'s average latency goes above it, the controller throttles some of its sibling cgroups to protect it.',
        'zh-cn': '延迟目标，写法为 `MAJ:MIN target=<微秒>`：该 cgroup平均延迟超过目标时，控制器会对它的部分兄弟 cgroup 限流，以保护该 cgroup。',
      },
    },
    {
      name: 'io.pressure',
      summary: {
        en: 'Pressure stall information (PSI) for I/O.',
        'zh-cn': 'I/O 的压力停滞信息（PSI）。',
      },
    },
    {
      name: 'io.cost.qos',
      summary: {
        en: 'Root-only: quality-of-service settings of the iocost model that implements `io.weight` (`CONFIG_BLK_CGROUP_IOCOST`); disabled until `enable=1` is written for a device.',
        'zh-cn': '只在根 cgroup 中：实现 `io.weight` 的 iocost 模型的服务质量参数（`CONFIG_BLK_CGROUP_IOCOST`）；对某设备写入 `enable=1` 之前处于关闭状态。',
      },
    },
    {
      name: 'io.cost.model',
      summary: {
        en: 'Root-only: the cost model (currently `linear`) and its per-device parameters for iocost.',
        'zh-cn': '只在根 cgroup 中：iocost 使用的成本模型（目前为 `linear`）及其按设备的参数。',
      },
    },
  ],
  v2Successor: {
    en: 'blkio becomes `io` (cgroups(7): "the successor of the version 1 blkio controller"). The four throttle files (`blkio.throttle.read_bps_device`, `blkio.throttle.write_bps_device`, `blkio.throttle.read_iops_device`, `blkio.throttle.write_iops_device`) become the keys `rbps`, `wbps`, `riops` and `wiops` of `io.max`, BFQ weights of 1–1000 give way to `io.weight` with the standard range 1–10000, and statistics move to `io.stat`. v2 adds `io.latency`, the iocost model, and writeback control together with the memory controller.',
    'zh-cn': 'blkio 变成了 `io`（cgroups(7)：v1 blkio 控制器的继任者）。四个限流文件（`blkio.throttle.read_bps_device`、`blkio.throttle.write_bps_device`、`blkio.throttle.read_iops_device`、`blkio.throttle.write_iops_device`）变成 `io.max` 中的键 `rbps`、`wbps`、`riops` 和 `wiops`，取值 1–1000 的 BFQ 权重让位于采用标准范围 1–10000 的 `io.weight`，统计信息移到 `io.stat`。v2 还新增了 `io.latency`、iocost 模型，以及与 memory 控制器配合的回写控制。',
  },
  examples: [
    {
      commands: `# head -c 4M /dev/urandom > /tmp/file.bin
# sync
# mkdir /sys/fs/cgroup/blkio/demo
# cd /sys/fs/cgroup/blkio/demo
# echo "254:0 1048576" > blkio.throttle.read_bps_device
# cat blkio.throttle.read_bps_device
# echo $$ > cgroup.procs
# dd if=/tmp/file.bin of=/dev/null bs=4k iflag=direct
# cat blkio.throttle.io_service_bytes`,
      output: `254:0 1048576
1024+0 records in
1024+0 records out
4194304 bytes (4.2 MB, 4.0 MiB) copied, 4.00738 s, 1.0 MB/s
254:0 Read 4194304
254:0 Write 0
254:0 Sync 4194304
254:0 Async 0
254:0 Discard 0
254:0 Total 4194304
Total 4194304`,
      note: {
        en: 'cgroup v1. 254:0 is the disk holding /tmp on this machine (find yours with `lsblk`). `sync` writes the new file out first, so the test only reads. With reads limited to 1 MiB/s, reading the 4 MiB file with direct I/O took 4 seconds, and the statistics show exactly those 4 MiB.',
        'zh-cn': 'cgroup v1。254:0 是这台机器上存放 /tmp 的磁盘（你的设备号可用 `lsblk` 查看）。先用 `sync` 把新文件写到磁盘，这样测试时只有读操作。读取限制为 1 MiB/s 后，用直接 I/O 读取这个 4 MiB 的文件花了 4 秒，统计中正好是这 4 MiB。',
      },
    },
    {
      commands: `# head -c 4M /dev/urandom > /tmp/file.bin
# echo +io > /sys/fs/cgroup/unified/cgroup.subtree_control
# mkdir /sys/fs/cgroup/unified/demo
# cd /sys/fs/cgroup/unified/demo
# cat io.weight
# echo "254:0 rbps=1048576" > io.max
# cat io.max
# echo $$ > cgroup.procs
# dd if=/tmp/file.bin of=/dev/null bs=4k iflag=direct
# cat io.stat`,
      output: `default 100
254:0 rbps=1048576 wbps=max riops=max wiops=max
1024+0 records in
1024+0 records out
4194304 bytes (4.2 MB, 4.0 MiB) copied, 4.00874 s, 1.0 MB/s
254:0 rbytes=4194304 wbytes=0 rios=1024 wios=0 dbytes=0 dios=0`,
      note: {
        en: 'cgroup v2, on a hybrid host where the v1 `blkio` hierarchy had been unmounted first, which made `io` available at /sys/fs/cgroup/unified; on a pure v2 system use /sys/fs/cgroup/demo. Reading back `io.max` shows all four keys, with the unset ones at `max`. The throttled read takes 4 seconds, as in v1, and `io.stat` counts 1024 reads of 4 KiB.',
        'zh-cn': 'cgroup v2。这台混合布局主机事先卸载了 v1 的 `blkio` 层级，`io` 因此出现在 /sys/fs/cgroup/unified 中；纯 v2 系统上请用 /sys/fs/cgroup/demo。读回 `io.max` 时四个键都会列出，未设置的为 `max`。限流后的读取与 v1 一样花了 4 秒，`io.stat` 记录了 1024 次 4 KiB 的读操作。',
      },
    },
  ],
  related: ['cgroup-memory', 'cgroup-v1', 'cgroup-v2', 'cgroup-subtree-control', 'no-internal-processes'],
  sources: [SRC.v2io, SRC.v1blkio, SRC.cgroups7],
} satisfies TermInput;
