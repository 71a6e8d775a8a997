import type { TermInput } from '../../schema/term.ts';
import { MEMORY_V1_6_12_117, SRC } from '../../sources/cgroup-controllers.ts';

export default {
  id: 'cgroup-memory',
  category: 'cgroup-controller',
  page: 'cgroup-controllers',
  name: { en: 'memory controller', 'zh-cn': 'memory 控制器' },
  aliases: {
    en: [
      'memory subsystem',
      'memcg',
      'memory cgroup',
      'memory limit',
      'cgroup OOM',
      'memory.max',
      'memory.high',
      'memory.low',
      'memory.min',
      'memory.current',
      'memory.swap.max',
      'memory.limit_in_bytes',
      'memory.usage_in_bytes',
      'memory.memsw.limit_in_bytes',
    ],
    'zh-cn': ['memory 子系统', '内存控制器', '内存限制', '内存上限', '内存 cgroup', 'OOM 杀手', 'memcg', 'OOM killer', '内存保护', 'memory.max', 'memory.high', 'memory.low', 'memory.min', 'memory.current', 'memory.swap.max', 'memory.limit_in_bytes', 'memory.usage_in_bytes', 'memory.memsw.limit_in_bytes', 'memory cgroup'],
  },
  summary: {
    en: 'Accounts the memory used by a cgroup and limits or protects it, invoking the OOM killer inside the cgroup when a hard limit cannot be met.',
    'zh-cn': '统计一个 cgroup 使用的内存并对其加以限制或保护；无法满足硬上限时，在该 cgroup 内部调用 OOM killer。',
  },
  description: {
    en: `The memory controller charges memory to the cgroup that first used it: user memory (page cache and anonymous memory), kernel objects such as dentries and inodes, and TCP socket buffers. A charge stays with that cgroup until the memory is freed; moving a process to another cgroup does not move what it already allocated. When usage hits the hard limit the kernel first reclaims, and if that fails it runs the **OOM killer within the cgroup**.

In v1 the hard limit is \`memory.limit_in_bytes\` (suffixes \`k\`, \`M\`, \`G\` allowed, \`-1\` for unlimited) and \`memory.memsw.limit_in_bytes\` limits memory **plus** swap together; usage is in \`memory.usage_in_bytes\`, an approximate value. In v2 the hard limit is \`memory.max\` (default \`max\`), and there are more knobs: \`memory.high\` throttles a cgroup and forces it into reclaim but never calls the OOM killer (the kernel doc calls it the main mechanism to control memory usage); \`memory.low\` and \`memory.min\` protect memory from reclaim (default 0); and \`memory.swap.max\` limits swap **alone**.

Traps: the kernel may round a written limit to whole pages, so read it back. Several v1 knobs are deprecated: \`memory.soft_limit_in_bytes\` (use v2's \`memory.low\`/\`memory.min\`), \`memory.oom_control\`, \`memory.move_charge_at_immigrate\`, and \`memory.kmem.limit_in_bytes\`, which has had no effect since Linux 5.16. In v2, \`memory.events\` includes the counts of descendant cgroups unless cgroup2 is mounted with \`memory_localevents\`; \`memory.events.local\` always has the local counts.`,
    'zh-cn': `memory 控制器把内存计入第一次使用它的 cgroup：包括用户内存（页缓存和匿名内存）、dentry 和 inode 等内核对象，以及 TCP 套接字缓冲区。这笔计入（charge）会一直留在该 cgroup，直到内存被释放；把进程移到别的 cgroup 并不会带走它已经分配的内存。使用量达到硬上限时，内核先尝试回收，回收失败就**在该 cgroup 内部**运行 OOM killer。

在 v1 中，硬上限是 \`memory.limit_in_bytes\`（可以带 \`k\`、\`M\`、\`G\` 后缀，\`-1\` 表示不限制），\`memory.memsw.limit_in_bytes\` 限制的是内存**加**交换空间的总和；使用量在 \`memory.usage_in_bytes\` 中，是一个近似值。在 v2 中，硬上限是 \`memory.max\`（默认 \`max\`），另外还有几个开关：\`memory.high\` 会对 cgroup 限流并迫使其回收内存，但从不调用 OOM killer（内核文档称它是控制内存用量的主要手段）；\`memory.low\` 和 \`memory.min\` 保护内存不被回收（默认 0）；\`memory.swap.max\` **只**限制交换空间。

容易踩的坑：内核可能把写入的限制值按整页取整，写完要读回确认。v1 的好几个开关已被弃用：\`memory.soft_limit_in_bytes\`（改用 v2 的 \`memory.low\`/\`memory.min\`）、\`memory.oom_control\`、\`memory.move_charge_at_immigrate\`，以及从 Linux 5.16 起已不起作用的 \`memory.kmem.limit_in_bytes\`。在 v2 中，\`memory.events\` 默认包含后代 cgroup 的计数，除非 cgroup2 以 \`memory_localevents\` 选项挂载；\`memory.events.local\` 始终只含本级的计数。`,
  },
  v1Name: 'memory',
  v2Name: 'memory',
  sinceV1: '2.6.25',
  sinceV2: '4.5',
  controls: {
    en: 'How much memory a cgroup may use (page cache, anonymous memory, kernel objects, socket buffers) and, in v2, how much swap, plus how much of its memory is protected from reclaim.',
    'zh-cn': '一个 cgroup 可以使用多少内存（页缓存、匿名内存、内核对象、套接字缓冲区），在 v2 中还包括能用多少交换空间，以及有多少内存受到保护、不被回收。',
  },
  v1Files: [
    {
      name: 'memory.limit_in_bytes',
      summary: {
        en: 'Hard limit of memory usage; accepts suffixes such as `64M`, `-1` means unlimited, and the root cgroup cannot be limited.',
        'zh-cn': '内存用量的硬上限；可以写 `64M` 这样的后缀，`-1` 表示不限制，根 cgroup 不能设置限制。',
      },
    },
    {
      name: 'memory.usage_in_bytes',
      summary: {
        en: 'Current memory usage; an approximate value kept for speed (the exact figure comes from `memory.stat`).',
        'zh-cn': '当前内存用量；为了效率，这是一个近似值（精确数字要看 `memory.stat`）。',
      },
    },
    {
      name: 'memory.max_usage_in_bytes',
      summary: {
        en: 'Highest memory usage recorded for the cgroup.',
        'zh-cn': '记录到的该 cgroup 最高内存用量。',
      },
    },
    {
      name: 'memory.failcnt',
      summary: {
        en: 'How many times usage hit the limit; write 0 to reset it.',
        'zh-cn': '用量触及上限的次数；写入 0 可清零。',
      },
    },
    {
      name: 'memory.memsw.limit_in_bytes',
      summary: {
        en: 'Limit of memory plus swap together (present when the kernel has swap support); it stops a cgroup from filling swap.',
        'zh-cn': '内存与交换空间之和的上限（内核支持交换时才有）；用来防止一个 cgroup 占满交换空间。',
      },
    },
    {
      name: 'memory.memsw.usage_in_bytes',
      summary: {
        en: 'Current usage of memory plus swap.',
        'zh-cn': '当前内存加交换空间的用量。',
      },
    },
    {
      name: 'memory.soft_limit_in_bytes',
      summary: {
        en: 'Deprecated soft limit. The v1 doc of Linux 6.12.117, a 6.12 stable release, says the knob has no effect: writes are ignored, reads always return the maximum value, and v2\'s `memory.low` and `memory.min` should be used instead. That is not true of every kernel: the 6.18 kernel used here still stored a written value.',
        'zh-cn': '已弃用的软限制。Linux 6.12.117（6.12 的一个稳定版）的 v1 文档说这个开关不起作用：写入会被忽略，读取总是返回最大值，应改用 v2 的 `memory.low` 和 `memory.min`。并非所有内核都是如此：本文所用的 6.18 内核仍会保存写入的值。',
      },
      source: MEMORY_V1_6_12_117,
    },
    {
      name: 'memory.stat',
      summary: {
        en: 'Detailed statistics such as cache, RSS and active/inactive pages.',
        'zh-cn': '详细统计，例如缓存、RSS 以及活跃/不活跃页面。',
      },
    },
    {
      name: 'memory.oom_control',
      summary: {
        en: 'Deprecated: shows `oom_kill_disable`, `under_oom` and the `oom_kill` counter; writing 1 disables the OOM killer, so tasks hang at the limit instead.',
        'zh-cn': '已弃用：显示 `oom_kill_disable`、`under_oom` 和 `oom_kill` 计数；写入 1 会禁用 OOM killer，任务到达上限时会挂起等待。',
      },
    },
    {
      name: 'memory.swappiness',
      summary: {
        en: 'Per-cgroup override of `vm.swappiness`; 0 really prevents swapping during limit reclaim, which can lead to an OOM kill.',
        'zh-cn': '按 cgroup 覆盖 `vm.swappiness`；在因达到上限而回收时，0 会真正禁止换出，可能因此触发 OOM killer。',
      },
    },
    {
      name: 'memory.use_hierarchy',
      summary: {
        en: 'Deprecated: hierarchical accounting is always on, and writing 1 is accepted only for compatibility.',
        'zh-cn': '已弃用：分层统计始终开启，写入 1 只是为了兼容而被接受。',
      },
    },
    {
      name: 'memory.force_empty',
      summary: {
        en: 'Writing to it reclaims as much of the cgroup\'s memory as possible, typically before `rmdir`.',
        'zh-cn': '向它写入会尽可能回收该 cgroup 的内存，通常在 `rmdir` 之前使用。',
      },
    },
    {
      name: 'memory.kmem.limit_in_bytes',
      summary: {
        en: 'Deprecated kernel-memory limit: since Linux 5.16 writes have no effect, though kernel memory is still charged.',
        'zh-cn': '已弃用的内核内存上限：从 Linux 5.16 起写入不再生效，但内核内存仍然计入。',
      },
    },
    {
      name: 'memory.kmem.usage_in_bytes',
      summary: {
        en: 'Current kernel memory charged to the cgroup.',
        'zh-cn': '当前计入该 cgroup 的内核内存。',
      },
    },
    {
      name: 'memory.move_charge_at_immigrate',
      summary: {
        en: 'Deprecated, off by default: whether a task\'s charges move with it to a new cgroup; the doc advises starting tasks inside their target cgroup instead.',
        'zh-cn': '已弃用，默认关闭：任务迁移时是否把已计入它名下的内存一起转到新 cgroup；文档建议直接在目标 cgroup 内启动任务。',
      },
    },
  ],
  v2Files: [
    {
      name: 'memory.current',
      summary: {
        en: 'Memory currently used by the cgroup and its descendants, in bytes.',
        'zh-cn': '该 cgroup 及其后代当前使用的内存（字节）。',
      },
    },
    {
      name: 'memory.min',
      summary: {
        en: 'Hard protection, default 0: memory within the effective min is never reclaimed, and the OOM killer runs if nothing unprotected is left.',
        'zh-cn': '硬保护，默认 0：有效 min 范围内的内存在任何情况下都不会被回收；若已没有未受保护的可回收内存，就调用 OOM killer。',
      },
    },
    {
      name: 'memory.low',
      summary: {
        en: 'Best-effort protection, default 0: memory within the effective low is reclaimed only when unprotected cgroups have nothing left to give.',
        'zh-cn': '尽力而为的保护，默认 0：只有在未受保护的 cgroup 中已没有可回收内存时，才会回收有效 low 范围内的内存。',
      },
    },
    {
      name: 'memory.high',
      summary: {
        en: 'Throttle limit, default `max`: above it the cgroup\'s processes are slowed and pushed into reclaim, but the OOM killer is never invoked.',
        'zh-cn': '限流（throttle）上限，默认 `max`：超过后 cgroup 中的进程会被减速并被迫回收内存，但绝不会调用 OOM killer。',
      },
    },
    {
      name: 'memory.max',
      summary: {
        en: 'Hard limit, default `max`: if usage reaches it and cannot be reduced, the OOM killer runs in the cgroup.',
        'zh-cn': '硬上限，默认 `max`：用量达到它且无法降低时，在该 cgroup 内运行 OOM killer。',
      },
    },
    {
      name: 'memory.peak',
      summary: {
        en: 'Highest usage of the cgroup and its descendants since creation; writing any non-empty string resets it for later reads through the same file descriptor.',
        'zh-cn': '该 cgroup 及其后代自创建以来的最高用量；写入任意非空字符串会重置它，但只影响之后通过同一文件描述符的读取。',
      },
    },
    {
      name: 'memory.reclaim',
      summary: {
        en: 'Write-only: `echo 1G > memory.reclaim` asks the kernel to reclaim that much from the cgroup; returns `EAGAIN` if it reclaimed less.',
        'zh-cn': '只写：`echo 1G > memory.reclaim` 要求内核从该 cgroup 回收这么多内存；回收不足时返回 `EAGAIN`。',
      },
    },
    {
      name: 'memory.oom.group',
      summary: {
        en: 'Default 0; if 1, the OOM killer kills all tasks of the cgroup together or none, except tasks with `oom_score_adj` -1000.',
        'zh-cn': '默认 0；为 1 时，OOM killer要么一起杀死该 cgroup 的所有任务，要么一个都不杀（`oom_score_adj` 为 -1000 的任务除外）。',
      },
    },
    {
      name: 'memory.events',
      summary: {
        en: 'Event counters `low`, `high`, `max`, `oom`, `oom_kill` and `oom_group_kill`, including descendants; a change generates a file-modified event.',
        'zh-cn': '事件计数器 `low`、`high`、`max`、`oom`、`oom_kill` 和 `oom_group_kill`，包含后代 cgroup 的计数；数值变化时会产生文件修改事件。',
      },
    },
    {
      name: 'memory.events.local',
      summary: {
        en: 'Like `memory.events`, but counting only this cgroup.',
        'zh-cn': '与 `memory.events` 相同，但只统计本 cgroup。',
      },
    },
    {
      name: 'memory.stat',
      summary: {
        en: 'Breakdown of the memory footprint (`anon`, `file`, `kernel`, `sock`, `shmem` …) in bytes; look entries up by key, as new ones may appear anywhere.',
        'zh-cn': '按类型细分的内存占用（`anon`、`file`、`kernel`、`sock`、`shmem` 等，单位字节）；要按键名查找，新条目可能出现在任何位置。',
      },
    },
    {
      name: 'memory.swap.current',
      summary: {
        en: 'Swap currently used by the cgroup and its descendants.',
        'zh-cn': '该 cgroup 及其后代当前使用的交换空间。',
      },
    },
    {
      name: 'memory.swap.high',
      summary: {
        en: 'Swap throttle limit, default `max`: past it all further allocations are throttled; healthy workloads are not expected to reach it.',
        'zh-cn': '交换空间的限流上限，默认 `max`：超过后后续所有分配都会被限流；正常的负载不应触及它。',
      },
    },
    {
      name: 'memory.swap.max',
      summary: {
        en: 'Hard limit of swap alone, default `max`; at the limit the cgroup\'s anonymous memory is no longer swapped out.',
        'zh-cn': '仅针对交换空间的硬上限，默认 `max`；达到上限后，该 cgroup 的匿名内存不再被换出。',
      },
    },
    {
      name: 'memory.pressure',
      summary: {
        en: 'Pressure stall information (PSI) for memory.',
        'zh-cn': '内存的压力停滞信息（PSI）。',
      },
    },
  ],
  v2Successor: {
    en: 'v2 keeps `memory` with a new set of knobs: `memory.limit_in_bytes` becomes `memory.max`; `memory.high` (throttling without OOM kills) and the protections `memory.low`/`memory.min` replace the soft limit; the combined memory+swap files (`memory.memsw.limit_in_bytes`, `memory.memsw.usage_in_bytes`) give way to separate swap control (`memory.swap.max`); `memory.events` replaces `memory.oom_control`.',
    'zh-cn': 'v2 保留了 `memory`，但换了一套开关：`memory.limit_in_bytes` 变成 `memory.max`；`memory.high`（只限流、不触发 OOM killer）以及保护值 `memory.low`/`memory.min` 取代了软限制；合并计算内存与交换空间的文件（`memory.memsw.limit_in_bytes`、`memory.memsw.usage_in_bytes`）让位于单独的交换空间控制（`memory.swap.max`）；`memory.events` 取代了 `memory.oom_control`。',
  },
  examples: [
    {
      commands: `# mkdir /sys/fs/cgroup/memory/demo
# cd /sys/fs/cgroup/memory/demo
# cat memory.limit_in_bytes
# echo 64M > memory.limit_in_bytes
# cat memory.limit_in_bytes
# echo $$ > cgroup.procs
# head -c 200M /dev/zero | tail > /dev/null
# cat memory.max_usage_in_bytes memory.failcnt
# cat memory.oom_control`,
      output: `9223372036854771712
67108864
Killed
67108864
96
oom_kill_disable 0
under_oom 0
oom_kill 1`,
      note: {
        en: 'cgroup v1. A new cgroup has no limit (the huge number); `64M` is stored as 67108864 bytes. `tail` keeps the whole newline-free input in memory, so it passes 64 MiB and is killed by the OOM killer inside the cgroup: usage peaked exactly at the limit, the limit was hit 96 times, and `oom_kill` counts one kill. The host itself was not short of memory.',
        'zh-cn': 'cgroup v1。新 cgroup 没有限制（那个很大的数）；`64M` 被保存为 67108864 字节。`tail` 会把没有换行的整段输入都留在内存里，因此超过 64 MiB 后被该 cgroup 内的 OOM killer杀死：用量峰值正好等于上限，共触及上限 96 次，`oom_kill` 记下了一次杀进程。主机本身并不缺内存。',
      },
    },
    {
      commands: `# echo +memory > /sys/fs/cgroup/cgroup.subtree_control
# mkdir /sys/fs/cgroup/demo
# cd /sys/fs/cgroup/demo
# cat memory.max memory.high memory.low
# echo 67108864 > memory.max
# echo $$ > cgroup.procs
# head -c 200M /dev/zero | tail > /dev/null
# cat memory.events`,
      output: '',
      note: {
        en: 'Not run: on the host used for these examples the memory controller is bound to a busy v1 hierarchy, so it cannot be used in cgroup v2. These are the commands for a pure v2 system. Per the kernel doc, `memory.max` and `memory.high` read `max` and `memory.low` reads `0` in a new cgroup; when usage reaches `memory.max` and cannot be reduced, the OOM killer runs in the cgroup, and `memory.events` counts it under `oom_kill`.',
        'zh-cn': '未实际运行：本文示例所用主机的 memory 控制器被一个正在使用的 v1 层级占用，无法在 cgroup v2 中使用。以下是纯 v2 系统上的命令。按照内核文档，新 cgroup 中 `memory.max` 和 `memory.high` 读出 `max`，`memory.low` 读出 `0`；用量达到 `memory.max` 且无法降低时，会在该 cgroup 内运行 OOM killer，`memory.events` 中的 `oom_kill` 会记录下来。',
      },
    },
  ],
  related: ['cgroup-hugetlb', 'cgroup-io', 'cgroup-cpuset', 'cgroup-v1', 'cgroup-v2', 'cgroup-subtree-control', 'no-internal-processes', 'systemd-scope'],
  sources: [SRC.v2memory, SRC.v1memory, SRC.cgroups7, MEMORY_V1_6_12_117],
} satisfies TermInput;
