import type { TermInput } from '../../schema/term.ts';
import { HUGETLB_CGROUP_C, SRC } from '../../sources/cgroup-controllers.ts';

export default {
  id: 'cgroup-hugetlb',
  category: 'cgroup-controller',
  page: 'cgroup-controllers',
  name: { en: 'hugetlb controller', 'zh-cn': 'hugetlb 控制器' },
  aliases: {
    en: ['hugetlb subsystem', 'HugeTLB controller', 'huge pages cgroup', 'hugepage limit', 'hugetlb.<hugepagesize>.max', 'hugetlb.<hugepagesize>.limit_in_bytes', 'hugetlb.<hugepagesize>.rsvd.max', 'hugetlb.2MB.max'],
    'zh-cn': ['hugetlb 子系统', '大页控制器', '大页限制', 'HugeTLB 限制', '大页预留限制', 'hugetlb.<hugepagesize>.max', 'hugetlb.<hugepagesize>.limit_in_bytes', 'hugetlb.<hugepagesize>.rsvd.max', 'hugetlb.2MB.max'],
  },
  summary: {
    en: 'Limits how much HugeTLB memory (explicitly reserved huge pages) each cgroup may use, separately for every huge page size.',
    'zh-cn': '按大页尺寸分别限制每个 cgroup 可以使用的 HugeTLB 内存（显式预留的大页）。',
  },
  description: {
    en: `HugeTLB pages come from a pool allocated in advance (the example fills it through \`/proc/sys/vm/nr_hugepages\`) and are used through hugetlbfs files or \`shmget()\`. The hugetlb controller limits each cgroup's use of that pool, one set of files per page size: the kernel documentation writes the names with a placeholder, \`hugetlb.<hugepagesize>.max\`, and on the x86-64 machine used here they appear as \`hugetlb.2MB.*\` and \`hugetlb.1GB.*\`.

The limit is enforced when a page is faulted in. HugeTLB pages cannot be reclaimed, so a process that faults beyond its limit gets **SIGBUS**. Both versions therefore also offer **reservation** limits, checked at \`mmap()\` or \`shmget()\` time, which fail early instead of killing the process later: in v1 \`hugetlb.<hugepagesize>.rsvd.limit_in_bytes\` and its companion files, in v2 \`hugetlb.<hugepagesize>.rsvd.max\` and \`.rsvd.current\`. The kernel creates these two v2 files beside the others (\`mm/hugetlb_cgroup.c\`), although the cgroup v2 document lists only \`hugetlb.<hugepagesize>.max\` (default \`max\`), \`.current\`, \`.events\`, \`.events.local\` and \`.numa_stat\`.

Traps: shared HugeTLB memory is charged to the first task that reserves or faults it, and is uncharged only when it is freed (typically when the hugetlbfs file is deleted), not when that task exits. By default the memory controller does not count HugeTLB pages at all; in v2 the mount option \`memory_hugetlb_accounting\` changes that.`,
    'zh-cn': `HugeTLB 大页来自事先分配好的大页池（示例通过 \`/proc/sys/vm/nr_hugepages\` 填充它），经由 hugetlbfs 文件或 \`shmget()\` 使用。hugetlb 控制器限制每个 cgroup 对这个池的使用，每种页面尺寸一组文件：内核文档用占位符书写文件名，即 \`hugetlb.<hugepagesize>.max\`，在本文所用的 x86-64 机器上实际显示为 \`hugetlb.2MB.*\` 和 \`hugetlb.1GB.*\`。

限制在缺页（page fault）时执行。HugeTLB 页面不能被回收，所以超出限制的进程在缺页时会收到 **SIGBUS**。因此两个版本都还提供了**预留**限制，在 \`mmap()\` 或 \`shmget()\` 时检查，可以提前失败，而不是过后把进程杀掉：v1 中是 \`hugetlb.<hugepagesize>.rsvd.limit_in_bytes\` 及其配套文件，v2 中是 \`hugetlb.<hugepagesize>.rsvd.max\` 和 \`.rsvd.current\`。内核会在其他文件旁边创建这两个 v2 文件（\`mm/hugetlb_cgroup.c\`），尽管 cgroup v2 文档只列出了 \`hugetlb.<hugepagesize>.max\`（默认 \`max\`）、\`.current\`、\`.events\`、\`.events.local\` 和 \`.numa_stat\`。

容易踩的坑：共享的 HugeTLB 内存计入（charge）第一个预留它或触发缺页的任务所在的 cgroup，只有在内存被释放时（通常是删除 hugetlbfs 文件时）才撤销计入（uncharge），而不是在该任务退出时。默认情况下 memory 控制器完全不统计 HugeTLB 页面；在 v2 中可以用挂载选项 \`memory_hugetlb_accounting\` 改变这一点。`,
  },
  v1Name: 'hugetlb',
  v2Name: 'hugetlb',
  sinceV1: '3.5',
  sinceV2: '5.6',
  controls: {
    en: 'Use of the reserved HugeTLB page pool, per cgroup and per huge page size, and (in v1 and v2) HugeTLB reservations.',
    'zh-cn': '按 cgroup、按大页尺寸限制对预留 HugeTLB 大页池的使用，并可（在 v1 和 v2 中）限制 HugeTLB 预留量。',
  },
  v1Files: [
    {
      name: 'hugetlb.<hugepagesize>.limit_in_bytes',
      summary: {
        en: 'Limit of HugeTLB usage by page faults for this page size; a fault beyond it gets SIGBUS.',
        'zh-cn': '该尺寸大页因缺页而产生的用量上限；超出时缺页的进程会收到 SIGBUS。',
      },
    },
    {
      name: 'hugetlb.<hugepagesize>.usage_in_bytes',
      summary: {
        en: 'Current HugeTLB usage for this page size.',
        'zh-cn': '该尺寸大页的当前用量。',
      },
    },
    {
      name: 'hugetlb.<hugepagesize>.max_usage_in_bytes',
      summary: {
        en: 'Highest HugeTLB usage recorded for this page size.',
        'zh-cn': '记录到的该尺寸大页的最高用量。',
      },
    },
    {
      name: 'hugetlb.<hugepagesize>.failcnt',
      summary: {
        en: 'Number of allocation failures caused by the usage limit.',
        'zh-cn': '因用量上限导致的分配失败次数。',
      },
    },
    {
      name: 'hugetlb.<hugepagesize>.rsvd.limit_in_bytes',
      summary: {
        en: 'Limit of HugeTLB reservations, enforced at `mmap()`/`shmget()` time, so reserved memory never leads to SIGBUS.',
        'zh-cn': 'HugeTLB 预留量的上限，在 `mmap()`/`shmget()` 时检查，因此已预留的内存不会导致 SIGBUS。',
      },
    },
    {
      name: 'hugetlb.<hugepagesize>.rsvd.usage_in_bytes',
      summary: {
        en: 'Current reservations plus faults without a reservation for this page size.',
        'zh-cn': '该尺寸大页当前的预留量，加上没有预留的缺页用量。',
      },
    },
    {
      name: 'hugetlb.<hugepagesize>.rsvd.max_usage_in_bytes',
      summary: {
        en: 'Highest recorded value of the reservation counter.',
        'zh-cn': '预留计数记录到的最高值。',
      },
    },
    {
      name: 'hugetlb.<hugepagesize>.rsvd.failcnt',
      summary: {
        en: 'Number of allocation failures caused by the reservation limit.',
        'zh-cn': '因预留上限导致的分配失败次数。',
      },
    },
    {
      name: 'hugetlb.<hugepagesize>.numa_stat',
      summary: {
        en: 'Per-NUMA-node breakdown of the HugeTLB memory charged to the cgroup.',
        'zh-cn': '计入该 cgroup 的 HugeTLB 内存按 NUMA 节点的分布。',
      },
    },
  ],
  v2Files: [
    {
      name: 'hugetlb.<hugepagesize>.max',
      summary: {
        en: 'Hard limit of HugeTLB usage for this page size, default `max`; not in the root cgroup.',
        'zh-cn': '该尺寸大页用量的硬上限，默认 `max`；根 cgroup 中没有此文件。',
      },
    },
    {
      name: 'hugetlb.<hugepagesize>.current',
      summary: {
        en: 'Current HugeTLB usage for this page size; not in the root cgroup.',
        'zh-cn': '该尺寸大页的当前用量；根 cgroup 中没有此文件。',
      },
    },
    {
      name: 'hugetlb.<hugepagesize>.rsvd.max',
      summary: {
        en: 'Limit of HugeTLB reservations (and faults without a reservation) for this page size, default `max`; not in the root cgroup. Created by the kernel, not listed in the cgroup v2 document.',
        'zh-cn': '该尺寸大页预留量（以及没有预留的缺页用量）的上限，默认 `max`；根 cgroup 中没有此文件。由内核创建，但 cgroup v2 文档没有列出。',
      },
      source: HUGETLB_CGROUP_C,
    },
    {
      name: 'hugetlb.<hugepagesize>.rsvd.current',
      summary: {
        en: 'Current reservations plus faults without a reservation for this page size; not in the root cgroup. Created by the kernel, not listed in the cgroup v2 document.',
        'zh-cn': '该尺寸大页当前的预留量，加上没有预留的缺页用量；根 cgroup 中没有此文件。由内核创建，但 cgroup v2 文档没有列出。',
      },
      source: HUGETLB_CGROUP_C,
    },
    {
      name: 'hugetlb.<hugepagesize>.events',
      summary: {
        en: 'Counter `max`: allocation failures caused by the HugeTLB limit, counted over the subtree.',
        'zh-cn': '计数器 `max`：因 HugeTLB 上限导致的分配失败次数，按整个子树统计。',
      },
    },
    {
      name: 'hugetlb.<hugepagesize>.events.local',
      summary: {
        en: 'Like `.events`, but counting only this cgroup.',
        'zh-cn': '与 `.events` 相同，但只统计本 cgroup。',
      },
    },
    {
      name: 'hugetlb.<hugepagesize>.numa_stat',
      summary: {
        en: 'Per-node HugeTLB usage in bytes, counting only huge pages in active use.',
        'zh-cn': '按节点列出的 HugeTLB 用量（字节），只计正在使用的大页。',
      },
    },
  ],
  v2Successor: {
    en: 'v2 keeps `hugetlb` (cgroups(7): "the successor of the version 1 hugetlb controller"): `limit_in_bytes` becomes `max`, `usage_in_bytes` becomes `current`, and failures are reported in `events` and `events.local` instead of `failcnt`. Reservations are limited in v2 too: `rsvd.limit_in_bytes` becomes `rsvd.max` and `rsvd.usage_in_bytes` becomes `rsvd.current` (files the kernel creates, per `mm/hugetlb_cgroup.c`, but the cgroup v2 document does not list).',
    'zh-cn': 'v2 保留了 `hugetlb`（cgroups(7)：v1 hugetlb 控制器的继任者）：`limit_in_bytes` 变成 `max`，`usage_in_bytes` 变成 `current`，分配失败改由 `events` 和 `events.local` 报告，而不是 `failcnt`。v2 同样可以限制预留量：`rsvd.limit_in_bytes` 变成 `rsvd.max`，`rsvd.usage_in_bytes` 变成 `rsvd.current`（这两个文件由内核创建，见 `mm/hugetlb_cgroup.c`，但 cgroup v2 文档没有列出）。',
  },
  examples: [
    {
      commands: `# echo 4 > /proc/sys/vm/nr_hugepages
# mkdir /tmp/huge
# mount -t hugetlbfs none /tmp/huge
# echo +hugetlb > /sys/fs/cgroup/unified/cgroup.subtree_control
# mkdir /sys/fs/cgroup/unified/demo
# cd /sys/fs/cgroup/unified/demo
# cat hugetlb.2MB.max hugetlb.2MB.current
# echo 2M > hugetlb.2MB.max
# echo $$ > cgroup.procs
# fallocate -l 4M /tmp/huge/demo
# ls -l /tmp/huge/demo
# cat hugetlb.2MB.current
# cat hugetlb.2MB.events`,
      output: `9223372036854771712
0
fallocate: fallocate failed: No space left on device
-rw-r--r-- 1 root root 0 Nov 25 08:59 /tmp/huge/demo
2097152
max 1`,
      note: {
        en: 'cgroup v2, in the cgroup2 tree of a hybrid host (/sys/fs/cgroup/unified; on a pure v2 system, /sys/fs/cgroup/demo); no v1 hugetlb hierarchy was mounted, so the controller was already available. The doc gives the default of `hugetlb.2MB.max` as `max`; this 6.18 kernel printed the largest possible byte value instead, which is equally unlimited. With a limit of one 2 MB page, `fallocate` got the first page and failed on the second with `ENOSPC`, and `events` counts the failure. Afterwards: `rm /tmp/huge/demo`, `umount /tmp/huge`, `echo 0 > /proc/sys/vm/nr_hugepages`.',
        'zh-cn': 'cgroup v2，位于混合布局主机的 cgroup2 树中（/sys/fs/cgroup/unified；纯 v2 系统上是 /sys/fs/cgroup/demo）；这台主机没有挂载 v1 的 hugetlb 层级，所以该控制器本来就可用。内核文档给出的 `hugetlb.2MB.max` 默认值是 `max`，而这个 6.18 内核打印的是可能的最大字节数，同样表示不限制。上限设为一个 2 MB 大页后，`fallocate` 拿到了第一页，在第二页时以 `ENOSPC` 失败，`events` 记下了这次失败。收尾：`rm /tmp/huge/demo`、`umount /tmp/huge`、`echo 0 > /proc/sys/vm/nr_hugepages`。',
      },
    },
  ],
  related: ['cgroup-memory', 'cgroup-v1', 'cgroup-v2', 'cgroup-subtree-control'],
  sources: [SRC.v2hugetlb, SRC.v1hugetlb, SRC.cgroups7, HUGETLB_CGROUP_C],
} satisfies TermInput;
