/**
 * The core resource controllers of cgroups: cpu, cpuacct, cpuset, memory, io (blkio), pids and
 * hugetlb. Facts come from the kernel documentation (Documentation/admin-guide/cgroup-v2.rst,
 * the cgroup-v1/*.rst files and Documentation/scheduler/sched-bwc.rst, sched-design-CFS.rst and
 * sched-rt-group.rst, read in the Linux 6.12 edition) and from cgroups(7); the "since" versions
 * come from cgroups(7) only. Every example was run as root on Linux 6.18 on a host with a hybrid
 * layout: v1 hierarchies under /sys/fs/cgroup/<controller> and a cgroup2 tree at
 * /sys/fs/cgroup/unified. For the v2 examples the controller's v1 hierarchy (which held only its
 * root cgroup) was unmounted first, and mounted again afterwards. PIDs, times and counters will
 * differ on your machine.
 */
import type { TermInput } from '../schema/term.ts';

const V2 = 'https://docs.kernel.org/admin-guide/cgroup-v2.html';
const V1 = 'https://docs.kernel.org/admin-guide/cgroup-v1';

const SRC = {
  cgroups7: { title: 'cgroups(7)', url: 'https://man7.org/linux/man-pages/man7/cgroups.7.html' },
  v2cpu: { title: 'Control Group v2: CPU (kernel docs)', url: `${V2}#cpu` },
  v2memory: { title: 'Control Group v2: Memory (kernel docs)', url: `${V2}#memory` },
  v2io: { title: 'Control Group v2: IO (kernel docs)', url: `${V2}#io` },
  v2pid: { title: 'Control Group v2: PID (kernel docs)', url: `${V2}#pid` },
  v2cpuset: { title: 'Control Group v2: Cpuset (kernel docs)', url: `${V2}#cpuset` },
  v2hugetlb: { title: 'Control Group v2: HugeTLB (kernel docs)', url: `${V2}#hugetlb` },
  sched_bwc: { title: 'CFS Bandwidth Control (kernel docs)', url: 'https://docs.kernel.org/scheduler/sched-bwc.html' },
  sched_cfs: { title: 'CFS Scheduler: group scheduling (kernel docs)', url: 'https://docs.kernel.org/scheduler/sched-design-CFS.html' },
  sched_rt: { title: 'Real-Time group scheduling (kernel docs)', url: 'https://docs.kernel.org/scheduler/sched-rt-group.html' },
  v1cpuacct: { title: 'CPU Accounting Controller (cgroup v1, kernel docs)', url: `${V1}/cpuacct.html` },
  v1cpusets: { title: 'CPUSETS (cgroup v1, kernel docs)', url: `${V1}/cpusets.html` },
  v1cgroups: { title: 'Control Groups (cgroup v1, kernel docs)', url: `${V1}/cgroups.html` },
  v1memory: { title: 'Memory Resource Controller (cgroup v1, kernel docs)', url: `${V1}/memory.html` },
  v1blkio: { title: 'Block IO Controller (cgroup v1, kernel docs)', url: `${V1}/blkio-controller.html` },
  v1pids: { title: 'Process Number Controller (cgroup v1, kernel docs)', url: `${V1}/pids.html` },
  v1hugetlb: { title: 'HugeTLB Controller (cgroup v1, kernel docs)', url: `${V1}/hugetlb.html` },
};

export const cgroupCoreControllers: TermInput[] = [
  // ------------------------------------------------------------------ cpu
  {
    id: 'cgroup-cpu',
    category: 'cgroup-controller',
    page: 'cgroup-controllers',
    name: { en: 'cpu controller', 'zh-cn': 'cpu 控制器' },
    aliases: {
      en: [
        'cpu subsystem',
        'cpu cgroup',
        'CPU controller',
        'CFS bandwidth control',
        'CPU bandwidth',
        'CPU quota',
        'CPU shares',
        'CPU weight',
        'cpu.max',
        'cpu.weight',
        'cpu.shares',
        'cpu.cfs_quota_us',
        'cpu.cfs_period_us',
      ],
      'zh-cn': ['cpu 子系统', 'CPU 控制器', 'CPU 配额', 'CPU 权重', 'CPU 带宽控制', 'CPU 限额'],
    },
    summary: {
      en: 'Divides CPU time between cgroups by relative weight and can cap a cgroup at a fixed amount of CPU time in every period.',
      'zh-cn': '按相对权重在各 cgroup 之间分配 CPU 时间，并能把一个 cgroup 限制在每个周期内固定数量的 CPU 时间以内。',
    },
    description: {
      en: `The cpu controller offers two kinds of control. A **weight** sets the share of contended CPU time a cgroup gets compared with its busy siblings; it changes nothing while CPUs are idle. A **bandwidth limit** (a quota of CPU time per period) is a hard ceiling that applies even on an otherwise idle machine: once the quota is used up, the group's threads are throttled until the next period. cgroups(7) dates bandwidth control to Linux 3.2 (\`CONFIG_CFS_BANDWIDTH\`).

In v1 the weight is \`cpu.shares\` (a new cgroup reads \`1024\`) and the limit is split over \`cpu.cfs_quota_us\` (default \`-1\`, no limit) and \`cpu.cfs_period_us\` (default 100 ms). In v2 the weight is \`cpu.weight\`, range 1–10000 with default 100 (or \`cpu.weight.nice\` in nice units), and the limit is the single file \`cpu.max\`, written as \`$MAX $PERIOD\` and defaulting to \`max 100000\`. The v2 controller also takes over v1 \`cpuacct\`: \`cpu.stat\` always reports usage.

Traps: weights are relative, not percentages. A quota is counted in CPU time, so 50000 out of a 100000 µs period is half of **one** CPU, and a quota twice the period lets a multi-threaded group use two CPUs. Writing one number to \`cpu.max\` changes only \`$MAX\`. cgroup v2 does not yet control real-time processes: on a kernel with \`CONFIG_RT_GROUP_SCHED\`, the v2 cpu controller can be enabled only while every real-time process is in the root cgroup.`,
      'zh-cn': `cpu 控制器提供两类控制。**权重**决定在 CPU 紧张时，一个 cgroup 相对于同样繁忙的兄弟 cgroup 能分到多少 CPU 时间；CPU 空闲时它不起任何作用。**带宽限制**（每个周期内可用的 CPU 时间配额）是硬上限，即使机器其余部分空闲也照样生效：配额用完后，组内线程会被节流，直到下一个周期开始。cgroups(7) 指出带宽控制从 Linux 3.2 开始提供（\`CONFIG_CFS_BANDWIDTH\`）。

在 v1 中，权重是 \`cpu.shares\`（新建的 cgroup 读出 \`1024\`），限制分成两个文件：\`cpu.cfs_quota_us\`（默认 \`-1\`，即不限制）和 \`cpu.cfs_period_us\`（默认 100 毫秒）。在 v2 中，权重是 \`cpu.weight\`，取值 1–10000，默认 100（也可以用 \`cpu.weight.nice\` 按 nice 值来设置）；限制合并为一个文件 \`cpu.max\`，格式为 \`$MAX $PERIOD\`，默认 \`max 100000\`。v2 的 cpu 控制器还接替了 v1 的 \`cpuacct\`：\`cpu.stat\` 总会报告 CPU 使用量。

容易踩的坑：权重是相对值，不是百分比。配额按 CPU 时间计算，所以在 100000 微秒的周期里给 50000，相当于**一个** CPU 的一半；配额是周期的两倍时，多线程的组可以用满两个 CPU。只向 \`cpu.max\` 写一个数字时，只会修改 \`$MAX\`。cgroup v2 目前还不能控制实时进程：如果内核启用了 \`CONFIG_RT_GROUP_SCHED\`，只有当所有实时进程都在根 cgroup 中时，才能启用 v2 的 cpu 控制器。`,
    },
    v1Name: 'cpu',
    v2Name: 'cpu',
    sinceV1: '2.6.24',
    sinceV2: '4.15',
    controls: {
      en: 'CPU time of the normal (CFS) scheduling class: a relative weight under contention and an absolute quota per period. In v1 it can also reserve CPU time for real-time tasks per group (`CONFIG_RT_GROUP_SCHED`).',
      'zh-cn': '普通（CFS）调度类的 CPU 时间：CPU 紧张时的相对权重，以及每个周期的绝对配额。在 v1 中还可以按组为实时任务预留 CPU 时间（`CONFIG_RT_GROUP_SCHED`）。',
    },
    v1Files: [
      {
        name: 'cpu.shares',
        summary: {
          en: 'Relative CPU weight of the group against its siblings, present when the kernel has `CONFIG_FAIR_GROUP_SCHED`; a new group reads 1024, and a group set to 2048 gets twice the CPU of one at 1024 when both are busy.',
          'zh-cn': '本组相对于兄弟组的 CPU 权重，内核启用 `CONFIG_FAIR_GROUP_SCHED` 时才有；新组读出 1024，两组都繁忙时，设为 2048 的组得到的 CPU 是 1024 的组的两倍。',
        },
      },
      {
        name: 'cpu.cfs_quota_us',
        summary: {
          en: 'CPU time in microseconds the group may use in each period; default -1 (no limit), any negative value removes the limit, and the smallest quota is 1 ms.',
          'zh-cn': '本组在每个周期内可以使用的 CPU 时间（微秒）；默认 -1（不限制），写入任何负数都会取消限制，最小配额为 1 毫秒。',
        },
      },
      {
        name: 'cpu.cfs_period_us',
        summary: {
          en: 'Length of the enforcement period in microseconds; default 100 ms (100000), allowed from 1 ms up to 1 s.',
          'zh-cn': '配额结算周期的长度（微秒）；默认 100 毫秒（100000），取值范围 1 毫秒到 1 秒。',
        },
      },
      {
        name: 'cpu.cfs_burst_us',
        summary: {
          en: 'How much unused quota, in microseconds, the group may build up for later bursts; default 0 (none), and it may not exceed `cpu.cfs_quota_us`.',
          'zh-cn': '本组可以积攒下来、供之后突发使用的未用配额（微秒）；默认 0（不积攒），不能大于 `cpu.cfs_quota_us`。',
        },
      },
      {
        name: 'cpu.stat',
        summary: {
          en: 'Read-only bandwidth statistics: `nr_periods`, `nr_throttled`, `throttled_time` and `burst_time` (both in nanoseconds) and `nr_bursts`.',
          'zh-cn': '只读的带宽统计：`nr_periods`、`nr_throttled`、`throttled_time` 和 `burst_time`（二者单位为纳秒）以及 `nr_bursts`。',
        },
      },
      {
        name: 'cpu.rt_runtime_us',
        summary: {
          en: 'CPU time per period reserved for the group\'s real-time tasks (`CONFIG_RT_GROUP_SCHED`); new groups start at 0 and accept no real-time task until they are given some.',
          'zh-cn': '每个周期内为本组实时任务预留的 CPU 时间（需要 `CONFIG_RT_GROUP_SCHED`）；新组从 0 开始，在分到时间之前不接受实时任务。',
        },
      },
      {
        name: 'cpu.rt_period_us',
        summary: {
          en: 'Period of the group\'s real-time runtime in microseconds; new groups take it from `/proc/sys/kernel/sched_rt_period_us` (1 s by default), and a child\'s period may not be longer than its parent\'s.',
          'zh-cn': '本组实时运行时间的周期（微秒）；新组取 `/proc/sys/kernel/sched_rt_period_us` 的值（默认 1 秒），子组的周期不能长于父组。',
        },
      },
    ],
    v2Files: [
      {
        name: 'cpu.weight',
        summary: {
          en: 'Relative weight against sibling cgroups, range 1–10000, default 100; it reads 0 while `cpu.idle` is 1. Not in the root cgroup.',
          'zh-cn': '相对于兄弟 cgroup 的权重，取值 1–10000，默认 100；`cpu.idle` 为 1 时读出 0。根 cgroup 中没有此文件。',
        },
      },
      {
        name: 'cpu.weight.nice',
        summary: {
          en: 'The same weight expressed as a nice value from -20 to 19, default 0; reading it gives the nearest nice value to the current weight.',
          'zh-cn': '用 nice 值（-20 到 19，默认 0）表示的同一个权重；读出的是与当前权重最接近的 nice 值。',
        },
      },
      {
        name: 'cpu.max',
        summary: {
          en: 'Bandwidth limit written as `$MAX $PERIOD` in microseconds, default `max 100000`; `max` means no limit, and writing a single number changes only `$MAX`.',
          'zh-cn': '带宽限制，格式为 `$MAX $PERIOD`（单位微秒），默认 `max 100000`；`max` 表示不限制，只写一个数字时只修改 `$MAX`。',
        },
      },
      {
        name: 'cpu.max.burst',
        summary: {
          en: 'Burst allowance in microseconds on top of `cpu.max`, range 0 to `$MAX`, default 0.',
          'zh-cn': '在 `cpu.max` 之外允许的突发量（微秒），取值 0 到 `$MAX`，默认 0。',
        },
      },
      {
        name: 'cpu.stat',
        summary: {
          en: 'Always reports `usage_usec`, `user_usec` and `system_usec`, even when the controller is not enabled; with it enabled it adds `nr_periods`, `nr_throttled`, `throttled_usec`, `nr_bursts` and `burst_usec`.',
          'zh-cn': '无论是否启用控制器都会报告 `usage_usec`、`user_usec` 和 `system_usec`；启用后还会给出 `nr_periods`、`nr_throttled`、`throttled_usec`、`nr_bursts` 和 `burst_usec`。',
        },
      },
      {
        name: 'cpu.idle',
        summary: {
          en: 'Writing 1 gives the whole cgroup the `SCHED_IDLE` policy, so it runs at very low priority against its siblings while its threads keep their relative priorities; default 0.',
          'zh-cn': '写入 1 会让整个 cgroup 采用 `SCHED_IDLE` 策略，相对于兄弟 cgroup 以极低优先级运行，组内线程之间的相对优先级不变；默认 0。',
        },
      },
      {
        name: 'cpu.uclamp.min',
        summary: {
          en: 'Optional utilization clamp: the minimum utilization, as a percentage such as 12.34, hinted to the schedutil cpufreq governor; default 0, and never above `cpu.uclamp.max`.',
          'zh-cn': '可选的利用率钳制：以百分比（如 12.34）给 schedutil 调频器的最低利用率提示；默认 0，不会超过 `cpu.uclamp.max`。',
        },
      },
      {
        name: 'cpu.uclamp.max',
        summary: {
          en: 'Optional utilization clamp: the maximum utilization in percent; default `max` (no capping).',
          'zh-cn': '可选的利用率钳制：最高利用率（百分比）；默认 `max`（不封顶）。',
        },
      },
      {
        name: 'cpu.pressure',
        summary: {
          en: 'Pressure stall information (PSI) for CPU; the format is described in the kernel\'s PSI documentation.',
          'zh-cn': 'CPU 的压力停滞信息（PSI）；格式见内核的 PSI 文档。',
        },
      },
    ],
    v2Successor: {
      en: 'v2 keeps a `cpu` controller, with new files: `cpu.shares` becomes `cpu.weight` (1–10000, default 100), `cpu.cfs_quota_us` plus `cpu.cfs_period_us` become `cpu.max`, `cpu.cfs_burst_us` becomes `cpu.max.burst`, and the usage counters of v1 `cpuacct` move into `cpu.stat`. The v1 real-time files have no v2 counterpart, because v2 does not yet control real-time processes.',
      'zh-cn': 'v2 保留了 `cpu` 控制器，但文件换了：`cpu.shares` 变成 `cpu.weight`（1–10000，默认 100），`cpu.cfs_quota_us` 加 `cpu.cfs_period_us` 合并为 `cpu.max`，`cpu.cfs_burst_us` 变成 `cpu.max.burst`，v1 `cpuacct` 的使用量计数移入 `cpu.stat`。v1 的实时调度文件在 v2 中没有对应项，因为 v2 目前还不能控制实时进程。',
    },
    examples: [
      {
        commands: `# mkdir /sys/fs/cgroup/cpu/demo
# cd /sys/fs/cgroup/cpu/demo
# cat cpu.shares cpu.cfs_period_us cpu.cfs_quota_us
# echo 20000 > cpu.cfs_quota_us
# echo $$ > cgroup.procs
# time timeout 5 sh -c 'while :; do :; done'
# cat cpu.stat`,
        output: `1024
100000
-1

real\t0m5.036s
user\t0m0.930s
sys\t0m0.008s
nr_periods 57
nr_throttled 45
throttled_time 2706200040
nr_bursts 0
burst_time 0`,
        note: {
          en: 'cgroup v1 (the `cpu` hierarchy mounted at /sys/fs/cgroup/cpu). Defaults first: shares 1024, period 100000 µs, quota -1. With a quota of 20000 µs per 100000 µs period, a busy loop that ran for 5 seconds got about 0.93 s of CPU (20 %), and `nr_throttled` shows it was throttled in most periods. Leave the cgroup (exit the shell) before `rmdir demo`.',
          'zh-cn': 'cgroup v1（`cpu` 层级挂载在 /sys/fs/cgroup/cpu）。先看默认值：shares 为 1024，周期 100000 微秒，配额 -1。把配额设为每 100000 微秒周期 20000 微秒后，跑了 5 秒的死循环只拿到约 0.93 秒 CPU（20%），`nr_throttled` 表明它在大多数周期里都被节流了。`rmdir demo` 之前要先让进程离开该 cgroup（退出这个 shell）。',
        },
      },
      {
        commands: `# echo +cpu > /sys/fs/cgroup/unified/cgroup.subtree_control
# mkdir /sys/fs/cgroup/unified/demo
# cd /sys/fs/cgroup/unified/demo
# cat cpu.weight cpu.max
# echo 20000 > cpu.max
# cat cpu.max
# echo $$ > cgroup.procs
# time timeout 5 sh -c 'while :; do :; done'
# cat cpu.stat`,
        output: `100
max 100000
20000 100000

real\t0m5.030s
user\t0m0.992s
sys\t0m0.013s
usage_usec 1005974
user_usec 988255
system_usec 17719
nice_usec 0
nr_periods 57
nr_throttled 47
throttled_usec 3042031
nr_bursts 0
burst_usec 0`,
        note: {
          en: 'cgroup v2, on a hybrid host where the v1 `cpu` hierarchy had been unmounted first so that `cpu` became available in the cgroup2 tree at /sys/fs/cgroup/unified; on a pure v2 system use /sys/fs/cgroup/demo. The defaults are weight 100 and `max 100000`; writing one number set only `$MAX`. The result matches the v1 run: about 1 s of CPU in 5 s, with the usage counters and throttling statistics together in `cpu.stat`.',
          'zh-cn': 'cgroup v2。这台主机是混合布局，事先卸载了 v1 的 `cpu` 层级，`cpu` 才出现在挂载于 /sys/fs/cgroup/unified 的 cgroup2 树中；在纯 v2 系统上请用 /sys/fs/cgroup/demo。默认值是权重 100 和 `max 100000`；只写一个数字时只改了 `$MAX`。结果与 v1 相同：5 秒内约得到 1 秒 CPU，使用量和节流统计都在 `cpu.stat` 里。',
        },
      },
    ],
    related: ['cgroup-cpuacct', 'cgroup-cpuset', 'cgroup-v1', 'cgroup-v2', 'cgroup-subtree-control', 'cgroup-procs', 'systemd-slice'],
    sources: [SRC.v2cpu, SRC.sched_bwc, SRC.sched_cfs, SRC.sched_rt, SRC.cgroups7],
  },

  // -------------------------------------------------------------- cpuacct
  {
    id: 'cgroup-cpuacct',
    category: 'cgroup-controller',
    page: 'cgroup-controllers',
    name: { en: 'cpuacct controller', 'zh-cn': 'cpuacct 控制器' },
    aliases: {
      en: ['cpuacct subsystem', 'CPU accounting controller', 'CPU accounting', 'cpuacct.usage', 'cpuacct.stat', 'cpu,cpuacct'],
      'zh-cn': ['cpuacct 子系统', 'CPU 记账', 'CPU 使用量统计', 'CPU 计费控制器'],
    },
    summary: {
      en: 'A cgroup v1 controller that only counts the CPU time used by the tasks of a cgroup and its descendants; it limits nothing.',
      'zh-cn': '一个 cgroup v1 控制器，只统计 cgroup 及其子孙中的任务用掉的 CPU 时间，不做任何限制。',
    },
    description: {
      en: `cpuacct is pure accounting. \`cpuacct.usage\` holds the CPU time, in **nanoseconds**, used by the tasks in the group and in all its child groups; \`cpuacct.stat\` splits it into \`user\` and \`system\` time, counted in **USER_HZ** ticks (\`getconf CLK_TCK\`; 100 per second on the machine used here). The root group's \`cpuacct.usage\` is therefore the CPU time of the whole system.

Because cpu and cpuacct group the same tasks, v1 systems often mount them together on one hierarchy (\`-o cpu,cpuacct\`); cgroups(7) uses exactly this pair as its example of co-mounting.

cgroup v2 has no cpuacct controller. The v2 \`cpu\` controller is its successor (cgroups(7)), and \`cpu.stat\` in every v2 cgroup reports \`usage_usec\`, \`user_usec\` and \`system_usec\` even when no controller is enabled. Traps: the two v1 files use different units, and the kernel doc warns that the user/system split can be slightly out of date, because it is collected with per-CPU counters.`,
      'zh-cn': `cpuacct 只负责记账。\`cpuacct.usage\` 记录本组及其所有子组中的任务用掉的 CPU 时间，单位是**纳秒**；\`cpuacct.stat\` 把它分成 \`user\` 和 \`system\` 两部分，单位是 **USER_HZ** 时钟滴答（\`getconf CLK_TCK\`；本文所用机器上为每秒 100）。因此根组的 \`cpuacct.usage\` 就是整个系统的 CPU 时间。

由于 cpu 和 cpuacct 管理的是同一批任务，v1 系统常把它们挂载到同一个层级上（\`-o cpu,cpuacct\`）；cgroups(7) 讲共同挂载时举的正是这一对。

cgroup v2 没有 cpuacct 控制器。v2 的 \`cpu\` 控制器是它的继任者（见 cgroups(7)），每个 v2 cgroup 的 \`cpu.stat\` 即使在没有启用任何控制器时也会报告 \`usage_usec\`、\`user_usec\` 和 \`system_usec\`。要注意：两个 v1 文件的单位不同；内核文档还提醒，user/system 的划分是用每 CPU 计数器收集的，读到的值可能略微滞后。`,
    },
    v1Name: 'cpuacct',
    sinceV1: '2.6.24',
    controls: {
      en: 'Nothing is limited: it reports the CPU time consumed by a group of tasks, in total and split into user and system time.',
      'zh-cn': '不限制任何资源：只报告一组任务消耗的 CPU 时间，包括总量以及用户态、内核态的划分。',
    },
    v1Files: [
      {
        name: 'cpuacct.usage',
        summary: {
          en: 'Total CPU time in nanoseconds used by the tasks of this group and all its descendants.',
          'zh-cn': '本组及其所有子孙组中的任务用掉的 CPU 总时间，单位纳秒。',
        },
      },
      {
        name: 'cpuacct.stat',
        summary: {
          en: 'The same CPU time split into `user` and `system` lines, in USER_HZ units.',
          'zh-cn': '同一 CPU 时间按 `user` 和 `system` 两行分开列出，单位是 USER_HZ。',
        },
      },
    ],
    v2Files: [],
    v2Successor: {
      en: 'No v2 controller: cgroups(7) names the v2 `cpu` controller the successor of both v1 `cpu` and `cpuacct`. Read `cpu.stat`, whose `usage_usec`, `user_usec` and `system_usec` (microseconds) are present in every v2 cgroup whether or not the cpu controller is enabled.',
      'zh-cn': 'v2 没有对应的控制器：cgroups(7) 说明 v2 的 `cpu` 控制器同时继承了 v1 的 `cpu` 和 `cpuacct`。请读取 `cpu.stat`，其中的 `usage_usec`、`user_usec` 和 `system_usec`（单位微秒）在每个 v2 cgroup 里都有，不论是否启用了 cpu 控制器。',
    },
    examples: [
      {
        commands: `# mkdir /sys/fs/cgroup/cpuacct/demo
# cd /sys/fs/cgroup/cpuacct/demo
# cat cpuacct.usage
# echo $$ > cgroup.procs
# timeout 2 sh -c 'while :; do :; done'
# cat cpuacct.usage
# cat cpuacct.stat`,
        output: `0
1847456647
user 183
system 1`,
        note: {
          en: 'cgroup v1. The new group starts at 0; after a 2-second busy loop it has about 1.85 s of CPU time in nanoseconds (the host was busy with other work, so the loop did not get a whole CPU), and `cpuacct.stat` shows the same time as 183 user ticks of 1/100 s.',
          'zh-cn': 'cgroup v1。新组从 0 开始；运行 2 秒死循环后，记录到约 1.85 秒的 CPU 时间（单位纳秒；这台主机同时在忙别的工作，循环没有独占一个 CPU），`cpuacct.stat` 用 183 个 1/100 秒的用户态滴答表示同一段时间。',
        },
      },
      {
        commands: `# cat /sys/fs/cgroup/unified/cgroup.subtree_control
# mkdir /sys/fs/cgroup/unified/demo
# cd /sys/fs/cgroup/unified/demo
# echo $$ > cgroup.procs
# timeout 2 sh -c 'while :; do :; done'
# cat cpu.stat`,
        output: `usage_usec 1924202
user_usec 1924202
system_usec 0
nice_usec 0`,
        note: {
          en: 'cgroup v2, in the cgroup2 tree of a hybrid host (/sys/fs/cgroup/unified; on a pure v2 system, /sys/fs/cgroup/demo). The root\'s `cgroup.subtree_control` is empty, so no controller is enabled for `demo`, yet `cpu.stat` is there and counts usage in microseconds. This is the v2 replacement for `cpuacct.usage` and `cpuacct.stat`.',
          'zh-cn': 'cgroup v2，位于混合布局主机的 cgroup2 树中（/sys/fs/cgroup/unified；纯 v2 系统上是 /sys/fs/cgroup/demo）。根的 `cgroup.subtree_control` 为空，`demo` 没有启用任何控制器，但 `cpu.stat` 依然存在，并以微秒为单位记录使用量。这就是 v2 中替代 `cpuacct.usage` 和 `cpuacct.stat` 的办法。',
        },
      },
    ],
    related: ['cgroup-cpu', 'cgroup-v1', 'cgroup-v2', 'cgroup-hierarchy'],
    sources: [SRC.v1cpuacct, SRC.v2cpu, SRC.cgroups7],
  },

  // --------------------------------------------------------------- cpuset
  {
    id: 'cgroup-cpuset',
    category: 'cgroup-controller',
    page: 'cgroup-controllers',
    name: { en: 'cpuset controller', 'zh-cn': 'cpuset 控制器' },
    aliases: {
      en: ['cpuset subsystem', 'cpusets', 'CPU pinning', 'CPU affinity cgroup', 'NUMA node placement', 'cpuset.cpus', 'cpuset.mems', 'cpuset.cpus.effective', 'cpuset.cpus.partition'],
      'zh-cn': ['cpuset 子系统', 'CPU 绑定', 'CPU 亲和性', 'CPU 集合', '内存节点绑定', 'NUMA 节点绑定'],
    },
    summary: {
      en: 'Confines the tasks of a cgroup to a chosen set of CPUs and NUMA memory nodes.',
      'zh-cn': '把一个 cgroup 中的任务限定在指定的一组 CPU 和 NUMA 内存节点上运行和分配内存。',
    },
    description: {
      en: `cpuset decides **where** tasks may run and allocate memory, not how much: \`cpuset.cpus\` lists the allowed CPUs and \`cpuset.mems\` the allowed memory nodes, as numbers and ranges such as \`0-4,6\`. It is hierarchical, so a cgroup can never use CPUs or nodes that its parent does not have. It matters most on large NUMA machines, where keeping a job on nearby CPUs and memory cuts cross-node traffic.

In v1 a new cpuset starts with **empty** \`cpuset.cpus\` and \`cpuset.mems\`, and on the kernel used here moving a task into it while they are empty fails with \`ENOSPC\` (unless the parent has \`cgroup.clone_children\` set, which copies the parent's settings). v1 also has exclusive flags, scheduler-domain knobs (\`cpuset.sched_load_balance\`) and memory-spread flags. In v2 an empty value means "use the nearest ancestor's", so a new cgroup works at once; \`cpuset.cpus.effective\` shows what was actually granted, and \`cpuset.cpus.partition\` can turn a cgroup into a partition root with CPUs of its own (\`root\`, or \`isolated\` without load balancing).

Traps: changing a cpuset's CPUs overrides any narrower \`sched_setaffinity()\` a task had set. Memory already allocated does not move in v1 unless \`cpuset.memory_migrate\` is set; in v2, writing \`cpuset.mems\` migrates the tasks' memory, which costs time and may leave pages behind, so set it before starting the workload. In v2 cpuset is a threaded controller.`,
      'zh-cn': `cpuset 决定任务可以在**哪里**运行和分配内存，而不是能用多少：\`cpuset.cpus\` 列出允许使用的 CPU，\`cpuset.mems\` 列出允许使用的内存节点，写法是数字和区间，例如 \`0-4,6\`。它是分层的，cgroup 永远用不到父级没有的 CPU 或节点。它在大型 NUMA 机器上最有用：把一个作业固定在相邻的 CPU 和内存上，可以减少跨节点访问。

在 v1 中，新建的 cpuset 的 \`cpuset.cpus\` 和 \`cpuset.mems\` 都是**空的**；在本文所用的内核上，它们为空时把任务移进去会以 \`ENOSPC\` 失败（除非父级设置了 \`cgroup.clone_children\`，这样新组会复制父级的设置）。v1 还有独占标志、调度域相关的开关（\`cpuset.sched_load_balance\`）以及内存分散标志。在 v2 中，空值表示“沿用最近的祖先的设置”，所以新建的 cgroup 立即可用；\`cpuset.cpus.effective\` 显示实际分到的 CPU，\`cpuset.cpus.partition\` 可以把一个 cgroup 变成拥有专属 CPU 的分区根（\`root\`，或不做负载均衡的 \`isolated\`）。

容易踩的坑：修改 cpuset 的 CPU 会覆盖任务此前用 \`sched_setaffinity()\` 设置的更窄的范围。在 v1 中，已分配的内存不会迁移，除非设置了 \`cpuset.memory_migrate\`；在 v2 中，写 \`cpuset.mems\` 会迁移任务的内存，这有开销，还可能留下部分页面，所以应在启动负载之前设置好。在 v2 中，cpuset 是线程化（threaded）控制器。`,
    },
    v1Name: 'cpuset',
    v2Name: 'cpuset',
    sinceV1: '2.6.24',
    sinceV2: '5.0',
    controls: {
      en: 'Placement: which CPUs the tasks of a cgroup may run on and which NUMA memory nodes they may allocate memory from.',
      'zh-cn': '位置约束：cgroup 中的任务可以在哪些 CPU 上运行，可以从哪些 NUMA 内存节点分配内存。',
    },
    v1Files: [
      {
        name: 'cpuset.cpus',
        summary: {
          en: 'CPUs the tasks may use, e.g. `1-4,6`; empty in a new cpuset, and read-only in the root, where it follows the online CPUs.',
          'zh-cn': '任务可以使用的 CPU，例如 `1-4,6`；新建的 cpuset 中为空，在根中只读并跟随当前在线的 CPU。',
        },
      },
      {
        name: 'cpuset.mems',
        summary: {
          en: 'Memory nodes the tasks may allocate from; empty in a new cpuset, and read-only in the root.',
          'zh-cn': '任务可以从中分配内存的内存节点；新建的 cpuset 中为空，在根中只读。',
        },
      },
      {
        name: 'cpuset.effective_cpus',
        summary: {
          en: 'The CPUs the cpuset actually uses; normally a read-only copy of `cpuset.cpus`, but with the `cpuset_v2_mode` mount option it behaves like v2\'s `cpuset.cpus.effective`.',
          'zh-cn': '该 cpuset 实际使用的 CPU；通常是 `cpuset.cpus` 的只读副本，使用 `cpuset_v2_mode` 挂载选项时，行为与 v2 的 `cpuset.cpus.effective` 相同。',
        },
      },
      {
        name: 'cpuset.effective_mems',
        summary: {
          en: 'The memory nodes the cpuset actually uses; the counterpart of `cpuset.effective_cpus` for memory.',
          'zh-cn': '该 cpuset 实际使用的内存节点；是 `cpuset.effective_cpus` 在内存方面的对应文件。',
        },
      },
      {
        name: 'cpuset.cpu_exclusive',
        summary: {
          en: 'Flag: if 1, no cpuset other than a direct ancestor or descendant may share this cpuset\'s CPUs.',
          'zh-cn': '标志：为 1 时，除直系祖先和子孙外，其他 cpuset 不能与它共用 CPU。',
        },
      },
      {
        name: 'cpuset.mem_exclusive',
        summary: {
          en: 'Flag: if 1, the memory nodes are not shared with other cpusets except direct ancestors and descendants, and kernel allocations are also confined (hardwalled).',
          'zh-cn': '标志：为 1 时，除直系祖先和子孙外，其内存节点不与其他 cpuset 共用，内核分配也受到限制（hardwall）。',
        },
      },
      {
        name: 'cpuset.mem_hardwall',
        summary: {
          en: 'Flag: if 1, kernel allocations such as page cache and buffers are confined to the cpuset\'s nodes, without making the nodes exclusive.',
          'zh-cn': '标志：为 1 时，页缓存、缓冲区等内核分配也被限制在本 cpuset 的节点上，但节点本身不变成独占。',
        },
      },
      {
        name: 'cpuset.memory_migrate',
        summary: {
          en: 'Flag: if 1, a task\'s pages move to the cpuset\'s nodes when the task is attached or when `cpuset.mems` changes; otherwise allocated pages stay where they are.',
          'zh-cn': '标志：为 1 时，任务加入该 cpuset 或 `cpuset.mems` 改变时，其页面会迁移到新节点；否则已分配的页面留在原处。',
        },
      },
      {
        name: 'cpuset.sched_load_balance',
        summary: {
          en: 'Flag, on by default: whether the scheduler load-balances across the CPUs of this cpuset.',
          'zh-cn': '标志，默认开启：调度器是否在本 cpuset 的 CPU 之间做负载均衡。',
        },
      },
      {
        name: 'cpuset.sched_relax_domain_level',
        summary: {
          en: 'How widely the scheduler searches for an idle CPU when it migrates a waking task; -1 (the initial value) means no request, 0 no search, higher numbers wider ranges.',
          'zh-cn': '调度器迁移被唤醒任务时寻找空闲 CPU 的范围；初始值 -1 表示不提要求，0 表示不搜索，数字越大范围越广。',
        },
      },
      {
        name: 'cpuset.memory_pressure',
        summary: {
          en: 'A running average of how hard the tasks in the cpuset are trying to reclaim memory; computed only when `cpuset.memory_pressure_enabled` is set.',
          'zh-cn': '本 cpuset 中任务回收内存力度的滑动平均值；只有设置了 `cpuset.memory_pressure_enabled` 才会计算。',
        },
      },
      {
        name: 'cpuset.memory_pressure_enabled',
        summary: {
          en: 'Root-only flag that turns on the `cpuset.memory_pressure` computation.',
          'zh-cn': '只存在于根 cpuset 的标志，用来开启 `cpuset.memory_pressure` 的计算。',
        },
      },
      {
        name: 'cpuset.memory_spread_page',
        summary: {
          en: 'Flag, default 0: if 1, file-system page cache is spread evenly over the allowed nodes instead of the local node; new cpusets inherit it.',
          'zh-cn': '标志，默认 0：为 1 时，文件系统页缓存均匀分布到允许的各个节点，而不是优先放在本地节点；新 cpuset 会继承该设置。',
        },
      },
      {
        name: 'cpuset.memory_spread_slab',
        summary: {
          en: 'Obsolete: the kernel doc says this flag no longer has any function.',
          'zh-cn': '已废弃：内核文档说明该标志已不起任何作用。',
        },
      },
    ],
    v2Files: [
      {
        name: 'cpuset.cpus',
        summary: {
          en: 'Requested CPUs (non-root cgroups); empty means "same as the nearest ancestor with a non-empty value, or all CPUs". It is not changed by CPU hotplug.',
          'zh-cn': '请求使用的 CPU（非根 cgroup）；为空表示“与最近的非空祖先相同，若没有则为全部 CPU”。CPU 热插拔不会改变它。',
        },
      },
      {
        name: 'cpuset.cpus.effective',
        summary: {
          en: 'Read-only: the online CPUs the parent actually grants to this cgroup; it changes with CPU hotplug.',
          'zh-cn': '只读：父级实际授予本 cgroup 的在线 CPU；会随 CPU 热插拔变化。',
        },
      },
      {
        name: 'cpuset.mems',
        summary: {
          en: 'Requested memory nodes; empty means inherited from the nearest non-empty ancestor. Writing it migrates the tasks\' memory to the new nodes.',
          'zh-cn': '请求使用的内存节点；为空表示沿用最近的非空祖先。写入时会把任务的内存迁移到新节点。',
        },
      },
      {
        name: 'cpuset.mems.effective',
        summary: {
          en: 'Read-only: the online memory nodes actually granted to this cgroup.',
          'zh-cn': '只读：实际授予本 cgroup 的在线内存节点。',
        },
      },
      {
        name: 'cpuset.cpus.exclusive',
        summary: {
          en: 'CPUs that may be taken exclusively when this cgroup becomes a partition root; siblings may not list the same exclusive CPU.',
          'zh-cn': '本 cgroup 成为分区根时可以独占的 CPU；兄弟 cgroup 不能列出相同的独占 CPU。',
        },
      },
      {
        name: 'cpuset.cpus.exclusive.effective',
        summary: {
          en: 'Read-only: the exclusive CPUs this cgroup can actually use to form a partition.',
          'zh-cn': '只读：本 cgroup 实际可以用来组成分区的独占 CPU。',
        },
      },
      {
        name: 'cpuset.cpus.partition',
        summary: {
          en: 'Partition state: `member` (the default for non-root cgroups), `root` or `isolated` (a partition without load balancing); owned by the parent and not delegatable.',
          'zh-cn': '分区状态：`member`（非根 cgroup 的默认值）、`root` 或 `isolated`（不做负载均衡的分区）；该文件归父级所有，不可委派。',
        },
      },
      {
        name: 'cpuset.cpus.isolated',
        summary: {
          en: 'Root-only, read-only: all CPUs currently used by isolated partitions; empty if there are none.',
          'zh-cn': '只在根 cgroup 中、只读：当前被各 isolated 分区使用的全部 CPU；没有时为空。',
        },
      },
    ],
    v2Successor: {
      en: 'v2 keeps `cpuset` as a threaded controller. Empty `cpuset.cpus`/`cpuset.mems` now inherit from ancestors, the v1 `effective_*` files become `cpuset.cpus.effective` and `cpuset.mems.effective`, and partitions (`cpuset.cpus.partition`, `cpuset.cpus.exclusive`) replace the v1 exclusive and load-balancing flags; the memory-spread and memory-pressure files have no v2 counterpart.',
      'zh-cn': 'v2 保留了 `cpuset`，并把它作为线程化控制器。空的 `cpuset.cpus`/`cpuset.mems` 现在会沿用祖先的值，v1 的 `effective_*` 文件变成 `cpuset.cpus.effective` 和 `cpuset.mems.effective`，分区（`cpuset.cpus.partition`、`cpuset.cpus.exclusive`）取代了 v1 的独占和负载均衡标志；内存分散和内存压力相关的文件在 v2 中没有对应项。',
    },
    examples: [
      {
        commands: `# mkdir /sys/fs/cgroup/cpuset/demo
# cd /sys/fs/cgroup/cpuset/demo
# cat cpuset.cpus cpuset.mems
# echo $$ > cgroup.procs
# echo 1 > cpuset.cpus
# echo 0 > cpuset.mems
# echo $$ > cgroup.procs
# grep Cpus_allowed_list /proc/self/status
# cat /proc/self/cpuset`,
        output: `

bash: echo: write error: No space left on device
Cpus_allowed_list:\t1
/demo`,
        note: {
          en: 'cgroup v1 on a 2-CPU machine. Both files of the new cpuset are empty (two blank lines), so the first attempt to move the shell fails with `ENOSPC`. After CPU 1 and memory node 0 are set the move works, and a command started from the shell may run only on CPU 1.',
          'zh-cn': '在一台 2 个 CPU 的机器上使用 cgroup v1。新 cpuset 的两个文件都是空的（两行空行），所以第一次移动 shell 以 `ENOSPC` 失败。设置 CPU 1 和内存节点 0 之后移动成功，此后从该 shell 启动的命令只能在 CPU 1 上运行。',
        },
      },
      {
        commands: `# echo +cpuset > /sys/fs/cgroup/unified/cgroup.subtree_control
# mkdir /sys/fs/cgroup/unified/demo
# cd /sys/fs/cgroup/unified/demo
# cat cpuset.cpus cpuset.cpus.effective cpuset.mems.effective
# echo 1 > cpuset.cpus
# cat cpuset.cpus.effective
# echo $$ > cgroup.procs
# grep Cpus_allowed_list /proc/self/status
# cat cpuset.cpus.partition`,
        output: `
0-1
0
1
Cpus_allowed_list:\t1
member`,
        note: {
          en: 'cgroup v2, on a hybrid host where the v1 `cpuset` hierarchy had been unmounted first (on a pure v2 system use /sys/fs/cgroup/demo). `cpuset.cpus` is empty, yet the effective sets show the parent\'s CPUs 0-1 and node 0: unlike v1, the cgroup is usable at once. After `echo 1`, the effective set and the shell\'s affinity are CPU 1, and the cgroup is an ordinary partition `member`.',
          'zh-cn': 'cgroup v2。这台混合布局主机事先卸载了 v1 的 `cpuset` 层级（纯 v2 系统上请用 /sys/fs/cgroup/demo）。`cpuset.cpus` 是空的，但生效集合显示了父级的 CPU 0-1 和节点 0：与 v1 不同，这个 cgroup 立即可用。`echo 1` 之后，生效集合和 shell 的亲和性都变成 CPU 1，该 cgroup 是普通的分区成员 `member`。',
        },
      },
    ],
    related: ['cgroup-cpu', 'cgroup-memory', 'cgroup-v1', 'cgroup-v2', 'cgroup-subtree-control', 'cgroup-delegation'],
    sources: [SRC.v2cpuset, SRC.v1cpusets, SRC.v1cgroups, SRC.cgroups7],
  },

  // --------------------------------------------------------------- memory
  {
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
      'zh-cn': ['memory 子系统', '内存控制器', '内存限制', '内存上限', '内存 cgroup', 'OOM 杀手', '内存保护'],
    },
    summary: {
      en: 'Accounts the memory used by a cgroup and limits or protects it, invoking the OOM killer inside the cgroup when a hard limit cannot be met.',
      'zh-cn': '统计一个 cgroup 使用的内存并对其加以限制或保护；无法满足硬上限时，在该 cgroup 内部调用 OOM 杀手。',
    },
    description: {
      en: `The memory controller charges memory to the cgroup that first used it: user memory (page cache and anonymous memory), kernel objects such as dentries and inodes, and TCP socket buffers. A charge stays with that cgroup until the memory is freed; moving a process to another cgroup does not move what it already allocated. When usage hits the hard limit the kernel first reclaims, and if that fails it runs the **OOM killer within the cgroup**.

In v1 the hard limit is \`memory.limit_in_bytes\` (suffixes \`k\`, \`M\`, \`G\` allowed, \`-1\` for unlimited) and \`memory.memsw.limit_in_bytes\` limits memory **plus** swap together; usage is in \`memory.usage_in_bytes\`, an approximate value. In v2 the hard limit is \`memory.max\` (default \`max\`), and there are more knobs: \`memory.high\` throttles a cgroup and forces it into reclaim but never calls the OOM killer (the kernel doc calls it the main mechanism to control memory usage); \`memory.low\` and \`memory.min\` protect memory from reclaim (default 0); and \`memory.swap.max\` limits swap **alone**.

Traps: the kernel may round a written limit to whole pages, so read it back. Several v1 knobs are deprecated: \`memory.soft_limit_in_bytes\` (use v2's \`memory.low\`/\`memory.min\`), \`memory.oom_control\`, \`memory.move_charge_at_immigrate\`, and \`memory.kmem.limit_in_bytes\`, which has had no effect since Linux 5.16. In v2, \`memory.events\` includes the counts of descendant cgroups unless cgroup2 is mounted with \`memory_localevents\`; \`memory.events.local\` always has the local counts.`,
      'zh-cn': `memory 控制器把内存记到第一次使用它的 cgroup 账上：包括用户内存（页缓存和匿名内存）、dentry 和 inode 等内核对象，以及 TCP 套接字缓冲区。这笔记账会一直留在该 cgroup，直到内存被释放；把进程移到别的 cgroup 并不会带走它已经分配的内存。使用量达到硬上限时，内核先尝试回收，回收失败就**在该 cgroup 内部**运行 OOM 杀手。

在 v1 中，硬上限是 \`memory.limit_in_bytes\`（可以带 \`k\`、\`M\`、\`G\` 后缀，\`-1\` 表示不限制），\`memory.memsw.limit_in_bytes\` 限制的是内存**加**交换空间的总和；使用量在 \`memory.usage_in_bytes\` 中，是一个近似值。在 v2 中，硬上限是 \`memory.max\`（默认 \`max\`），另外还有几个开关：\`memory.high\` 会对 cgroup 节流并迫使其回收内存，但从不调用 OOM 杀手（内核文档称它是控制内存用量的主要手段）；\`memory.low\` 和 \`memory.min\` 保护内存不被回收（默认 0）；\`memory.swap.max\` **只**限制交换空间。

容易踩的坑：内核可能把写入的限制值按整页取整，写完要读回确认。v1 的好几个开关已被弃用：\`memory.soft_limit_in_bytes\`（改用 v2 的 \`memory.low\`/\`memory.min\`）、\`memory.oom_control\`、\`memory.move_charge_at_immigrate\`，以及从 Linux 5.16 起已不起作用的 \`memory.kmem.limit_in_bytes\`。在 v2 中，\`memory.events\` 默认包含子孙 cgroup 的计数，除非 cgroup2 以 \`memory_localevents\` 选项挂载；\`memory.events.local\` 始终只含本级的计数。`,
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
          en: 'Deprecated soft limit: the Linux 6.12 v1 doc says writes are ignored and reads return the maximum value (the 6.18 kernel used here still stored a written value) and points to v2\'s `memory.low` and `memory.min` instead.',
          'zh-cn': '已弃用的软限制：Linux 6.12 的 v1 文档称写入会被忽略、读取总是返回最大值（本文所用的 6.18 内核仍会保存写入的值），并建议改用 v2 的 `memory.low` 和 `memory.min`。',
        },
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
          'zh-cn': '已弃用：显示 `oom_kill_disable`、`under_oom` 和 `oom_kill` 计数；写入 1 会禁用 OOM 杀手，任务到达上限时会挂起等待。',
        },
      },
      {
        name: 'memory.swappiness',
        summary: {
          en: 'Per-cgroup override of `vm.swappiness`; 0 really prevents swapping during limit reclaim, which can lead to an OOM kill.',
          'zh-cn': '按 cgroup 覆盖 `vm.swappiness`；在因达到上限而回收时，0 会真正禁止换出，可能因此触发 OOM 杀手。',
        },
      },
      {
        name: 'memory.use_hierarchy',
        summary: {
          en: 'Deprecated: hierarchical accounting is always on, and writing 1 is accepted only for compatibility.',
          'zh-cn': '已弃用：分层记账始终开启，写入 1 只是为了兼容而被接受。',
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
          'zh-cn': '已弃用，默认关闭：任务迁移时是否把它的内存记账一起带到新 cgroup；文档建议直接在目标 cgroup 内启动任务。',
        },
      },
    ],
    v2Files: [
      {
        name: 'memory.current',
        summary: {
          en: 'Memory currently used by the cgroup and its descendants, in bytes.',
          'zh-cn': '该 cgroup 及其子孙当前使用的内存（字节）。',
        },
      },
      {
        name: 'memory.min',
        summary: {
          en: 'Hard protection, default 0: memory within the effective min is never reclaimed, and the OOM killer runs if nothing unprotected is left.',
          'zh-cn': '硬保护，默认 0：有效 min 范围内的内存在任何情况下都不会被回收；若已没有未受保护的可回收内存，就调用 OOM 杀手。',
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
          'zh-cn': '节流上限，默认 `max`：超过后 cgroup 中的进程会被减速并被迫回收内存，但绝不会调用 OOM 杀手。',
        },
      },
      {
        name: 'memory.max',
        summary: {
          en: 'Hard limit, default `max`: if usage reaches it and cannot be reduced, the OOM killer runs in the cgroup.',
          'zh-cn': '硬上限，默认 `max`：用量达到它且无法降低时，在该 cgroup 内运行 OOM 杀手。',
        },
      },
      {
        name: 'memory.peak',
        summary: {
          en: 'Highest usage of the cgroup and its descendants since creation; writing any non-empty string resets it for later reads through the same file descriptor.',
          'zh-cn': '该 cgroup 及其子孙自创建以来的最高用量；写入任意非空字符串会重置它，但只影响之后通过同一文件描述符的读取。',
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
          'zh-cn': '默认 0；为 1 时，OOM 杀手要么一起杀死该 cgroup 的所有任务，要么一个都不杀（`oom_score_adj` 为 -1000 的任务除外）。',
        },
      },
      {
        name: 'memory.events',
        summary: {
          en: 'Event counters `low`, `high`, `max`, `oom`, `oom_kill` and `oom_group_kill`, including descendants; a change generates a file-modified event.',
          'zh-cn': '事件计数器 `low`、`high`、`max`、`oom`、`oom_kill` 和 `oom_group_kill`，包含子孙 cgroup 的计数；数值变化时会产生文件修改事件。',
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
          'zh-cn': '该 cgroup 及其子孙当前使用的交换空间。',
        },
      },
      {
        name: 'memory.swap.high',
        summary: {
          en: 'Swap throttle limit, default `max`: past it all further allocations are throttled; healthy workloads are not expected to reach it.',
          'zh-cn': '交换空间的节流上限，默认 `max`：超过后后续所有分配都会被节流；正常的负载不应触及它。',
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
      'zh-cn': 'v2 保留了 `memory`，但换了一套开关：`memory.limit_in_bytes` 变成 `memory.max`；`memory.high`（只节流、不触发 OOM 杀手）以及保护值 `memory.low`/`memory.min` 取代了软限制；合并计算内存与交换空间的文件（`memory.memsw.limit_in_bytes`、`memory.memsw.usage_in_bytes`）让位于单独的交换空间控制（`memory.swap.max`）；`memory.events` 取代了 `memory.oom_control`。',
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
          'zh-cn': 'cgroup v1。新 cgroup 没有限制（那个很大的数）；`64M` 被保存为 67108864 字节。`tail` 会把没有换行的整段输入都留在内存里，因此超过 64 MiB 后被该 cgroup 内的 OOM 杀手杀死：用量峰值正好等于上限，共触及上限 96 次，`oom_kill` 记下了一次杀进程。主机本身并不缺内存。',
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
          'zh-cn': '未实际运行：本文示例所用主机的 memory 控制器被一个正在使用的 v1 层级占用，无法在 cgroup v2 中使用。以下是纯 v2 系统上的命令。按照内核文档，新 cgroup 中 `memory.max` 和 `memory.high` 读出 `max`，`memory.low` 读出 `0`；用量达到 `memory.max` 且无法降低时，会在该 cgroup 内运行 OOM 杀手，`memory.events` 中的 `oom_kill` 会记录下来。',
        },
      },
    ],
    related: ['cgroup-hugetlb', 'cgroup-io', 'cgroup-cpuset', 'cgroup-v1', 'cgroup-v2', 'cgroup-subtree-control', 'no-internal-processes', 'systemd-scope'],
    sources: [SRC.v2memory, SRC.v1memory, SRC.cgroups7],
  },

  // ------------------------------------------------------------------- io
  {
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
      'zh-cn': ['块 IO 控制器', '磁盘 IO 限速', 'IO 限流', 'IO 权重', 'blkio 子系统', '块设备 I/O 控制'],
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

在 v1 中，每种上限是一个单独的文件，写法为 \`"<major>:<minor> <rate>"\`，例如 \`blkio.throttle.read_bps_device\`；权重是 \`blkio.bfq.weight\`（1–1000）。v1 文档还提醒：只有开启开发选项 “sane_behavior” 时，限流才是分层的；否则所有组都被当作处在同一层级。在 v2 中，所有上限都是同一个文件 \`io.max\` 中的键（\`rbps\`、\`wbps\`、\`riops\`、\`wiops\`；写 \`max\` 取消某项），权重是 \`io.weight\`（1–10000，默认 \`default 100\`，可按设备单独覆盖），\`io.latency\` 用来保障延迟目标。

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
          'zh-cn': '本组在每个设备上传输的字节数，按 Read、Write、Sync、Async 等分列（限流策略）。',
        },
      },
      {
        name: 'blkio.throttle.io_serviced',
        summary: {
          en: 'Number of I/Os (bios) issued by the group per device, split by operation type (throttling policy).',
          'zh-cn': '本组在每个设备上发出的 I/O（bio）次数，按操作类型分列（限流策略）。',
        },
      },
      {
        name: 'blkio.bfq.weight',
        summary: {
          en: 'Default proportional weight of the group on all devices under the BFQ scheduler, range 1–1000.',
          'zh-cn': '在 BFQ 调度器下本组在所有设备上的默认比例权重，取值 1–1000。',
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
          'zh-cn': '每个设备分配给本组的磁盘时间，单位毫秒。',
        },
      },
      {
        name: 'blkio.sectors',
        summary: {
          en: 'Sectors transferred to or from each device by the group.',
          'zh-cn': '本组与每个设备之间传输的扇区数。',
        },
      },
      {
        name: 'blkio.reset_stats',
        summary: {
          en: 'Writing an integer resets all statistics of the group.',
          'zh-cn': '写入一个整数即清零本组的所有统计。',
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
          'zh-cn': '延迟目标，写法为 `MAJ:MIN target=<微秒>`：本组平均延迟超过目标时，控制器会对它的部分兄弟 cgroup 限流，以保护本组。',
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
  },

  // ----------------------------------------------------------------- pids
  {
    id: 'cgroup-pids',
    category: 'cgroup-controller',
    page: 'cgroup-controllers',
    name: { en: 'pids controller', 'zh-cn': 'pids 控制器' },
    aliases: {
      en: ['pids subsystem', 'process number controller', 'PID limit', 'fork bomb protection', 'task limit', 'pids.max', 'pids.current'],
      'zh-cn': ['pids 子系统', '进程数控制器', '进程数限制', 'PID 限制', '防 fork 炸弹', '任务数上限'],
    },
    summary: {
      en: 'Limits how many tasks (processes and threads) a cgroup and its descendants may hold, so that fork() and clone() fail once the limit is reached.',
      'zh-cn': '限制一个 cgroup 及其子孙中可以存在的任务（进程和线程）数量，达到上限后 fork() 和 clone() 会失败。',
    },
    description: {
      en: `The pids controller counts tasks, and stops new ones from being created once a cgroup reaches \`pids.max\`: \`fork()\` and \`clone()\` then fail with \`EAGAIN\`. A fork bomb is likely to exhaust the number of tasks before it reaches any memory limit, which is why this resource has its own controller. The count covers the cgroup and all its descendants, and the strictest limit on the path to the root applies.

cgroups(7) says the v2 controller is the same as the v1 one, and the files \`pids.max\` (default \`max\`), \`pids.current\` and \`pids.events\` behave alike. v2 adds \`pids.peak\` and \`pids.events.local\`. One difference: v1's \`pids.events\` counts fork failures in the cgroup itself, caused by its own or an ancestor's limit, while v2's counts limit hits anywhere in the subtree, unless cgroup2 is mounted with \`pids_localevents\`. pids is a threaded controller in v2.

Traps: the "PIDs" are really TIDs, so every thread takes one slot, not just every process. Limits only stop \`fork()\`/\`clone()\`: moving processes into a cgroup or lowering the limit can leave \`pids.current\` above \`pids.max\`. The root cgroup has no \`pids.max\`.`,
      'zh-cn': `pids 控制器统计任务数；cgroup 达到 \`pids.max\` 后，就不再允许创建新任务：\`fork()\` 和 \`clone()\` 会以 \`EAGAIN\` 失败。fork 炸弹很可能在触及任何内存限制之前就耗尽了任务数，所以这种资源需要单独的控制器。计数包括该 cgroup 及其全部子孙，通往根的路径上最严格的那个限制生效。

cgroups(7) 说明 v2 的控制器与 v1 的相同，\`pids.max\`（默认 \`max\`）、\`pids.current\` 和 \`pids.events\` 的行为一致。v2 新增了 \`pids.peak\` 和 \`pids.events.local\`。有一处区别：v1 的 \`pids.events\` 统计的是本 cgroup 中因自身或祖先的限制而失败的 fork 次数，而 v2 的统计整个子树中触及上限的次数，除非 cgroup2 以 \`pids_localevents\` 选项挂载。在 v2 中，pids 是线程化控制器。

容易踩的坑：这里的 “PID” 实际上是 TID，每个线程都占一个名额，而不只是每个进程。限制只拦截 \`fork()\`/\`clone()\`：把进程移入 cgroup，或者调低限制，都可能让 \`pids.current\` 大于 \`pids.max\`。根 cgroup 没有 \`pids.max\`。`,
    },
    v1Name: 'pids',
    v2Name: 'pids',
    sinceV1: '4.3',
    sinceV2: '4.5',
    controls: {
      en: 'The number of tasks (threads, counted by TID) in a cgroup subtree; creating one more than the limit fails with `EAGAIN`.',
      'zh-cn': '一个 cgroup 子树中的任务数（按 TID 计算的线程数）；超出上限再创建任务会以 `EAGAIN` 失败。',
    },
    v1Files: [
      {
        name: 'pids.max',
        summary: {
          en: 'Maximum number of tasks in the cgroup and its descendants; default `max` (no limit); not present in the root cgroup.',
          'zh-cn': '该 cgroup 及其子孙中任务数的上限；默认 `max`（不限制）；根 cgroup 中没有此文件。',
        },
      },
      {
        name: 'pids.current',
        summary: {
          en: 'Number of tasks now in the cgroup and all its descendants.',
          'zh-cn': '该 cgroup 及其所有子孙当前的任务数。',
        },
      },
      {
        name: 'pids.events',
        summary: {
          en: 'Counter `max`: how many times a fork failed in this cgroup because its own or an ancestor\'s limit was hit.',
          'zh-cn': '计数器 `max`：本 cgroup 中因自身或祖先的上限而导致 fork 失败的次数。',
        },
      },
    ],
    v2Files: [
      {
        name: 'pids.max',
        summary: {
          en: 'Hard limit of the number of tasks, default `max`; non-root cgroups only.',
          'zh-cn': '任务数的硬上限，默认 `max`；只存在于非根 cgroup。',
        },
      },
      {
        name: 'pids.current',
        summary: {
          en: 'Number of tasks now in the cgroup and its descendants.',
          'zh-cn': '该 cgroup 及其子孙当前的任务数。',
        },
      },
      {
        name: 'pids.peak',
        summary: {
          en: 'The highest value `pids.current` has ever reached.',
          'zh-cn': '`pids.current` 曾经达到的最大值。',
        },
      },
      {
        name: 'pids.events',
        summary: {
          en: 'Counter `max`: how many times the subtree\'s task count hit `pids.max` (local only with the `pids_localevents` mount option); changes generate file-modified events.',
          'zh-cn': '计数器 `max`：子树的任务数触及 `pids.max` 的次数（使用 `pids_localevents` 挂载选项时只计本级）；数值变化会产生文件修改事件。',
        },
      },
      {
        name: 'pids.events.local',
        summary: {
          en: 'Like `pids.events`, but counting only this cgroup.',
          'zh-cn': '与 `pids.events` 相同，但只统计本 cgroup。',
        },
      },
    ],
    v2Successor: {
      en: 'Unchanged in v2 (cgroups(7): "the same as the version 1 pids controller"), with two extra files, `pids.peak` and `pids.events.local`, and `pids.events` counting the whole subtree by default.',
      'zh-cn': 'v2 中基本不变（cgroups(7)：与 v1 的 pids 控制器相同），只是多了 `pids.peak` 和 `pids.events.local` 两个文件，并且 `pids.events` 默认统计整个子树。',
    },
    examples: [
      {
        commands: `# mkdir /sys/fs/cgroup/pids/demo
# cd /sys/fs/cgroup/pids/demo
# cat pids.max
# echo 3 > pids.max
# echo $$ > cgroup.procs
# sleep 300 &
# cat pids.current
# sleep 300 &
# cat pids.current
# kill %1 %2
# cat pids.events`,
        output: `max
[1] 11491
3
[2] 11495
bash: fork: retry: Resource temporarily unavailable
bash: fork: retry: Resource temporarily unavailable
bash: fork: retry: Resource temporarily unavailable
bash: fork: retry: Resource temporarily unavailable
bash: fork: Resource temporarily unavailable
[1]-  Terminated              sleep 300
[2]+  Terminated              sleep 300
max 5`,
        note: {
          en: 'cgroup v1. The shell, one `sleep` and `cat` make 3 tasks. With the second `sleep` running, the group is full, so the shell cannot fork `cat`: bash retries after `EAGAIN` (about 15 seconds in all) and then gives up. Each of the 5 failed forks is counted in `pids.events`.',
          'zh-cn': 'cgroup v1。shell、一个 `sleep` 和 `cat` 一共 3 个任务。第二个 `sleep` 运行后组已满，shell 无法再 fork 出 `cat`：bash 遇到 `EAGAIN` 会重试（总共约 15 秒），然后放弃。5 次失败的 fork 都记在 `pids.events` 中。',
        },
      },
      {
        commands: `# cat /sys/fs/cgroup/unified/cgroup.controllers
# echo +pids > /sys/fs/cgroup/unified/cgroup.subtree_control
# mkdir /sys/fs/cgroup/unified/demo
# cd /sys/fs/cgroup/unified/demo
# cat pids.max
# echo 3 > pids.max
# echo $$ > cgroup.procs
# sleep 300 &
# cat pids.current
# sleep 300 &
# cat pids.current
# kill %1 %2
# cat pids.peak
# cat pids.events`,
        output: `hugetlb pids
max
[1] 14026
3
[2] 14097
bash: fork: retry: Resource temporarily unavailable
bash: fork: retry: Resource temporarily unavailable
bash: fork: retry: Resource temporarily unavailable
bash: fork: retry: Resource temporarily unavailable
bash: fork: Resource temporarily unavailable
[1]-  Terminated              sleep 300
[2]+  Terminated              sleep 300
3
max 5`,
        note: {
          en: 'cgroup v2, on a hybrid host: after the v1 `pids` hierarchy was unmounted, `pids` appeared in `cgroup.controllers` of the cgroup2 tree at /sys/fs/cgroup/unified (on a pure v2 system, use /sys/fs/cgroup/demo). The behaviour is the same as in v1; `pids.peak` records that the group never held more than 3 tasks.',
          'zh-cn': 'cgroup v2，混合布局主机：卸载 v1 的 `pids` 层级后，`pids` 出现在挂载于 /sys/fs/cgroup/unified 的 cgroup2 树的 `cgroup.controllers` 中（纯 v2 系统上请用 /sys/fs/cgroup/demo）。行为与 v1 相同；`pids.peak` 记录该组最多只有过 3 个任务。',
        },
      },
    ],
    related: ['cgroup-v1', 'cgroup-v2', 'cgroup-subtree-control', 'cgroup-procs', 'clone-into-cgroup', 'systemd-slice'],
    sources: [SRC.v2pid, SRC.v1pids, SRC.cgroups7],
  },

  // -------------------------------------------------------------- hugetlb
  {
    id: 'cgroup-hugetlb',
    category: 'cgroup-controller',
    page: 'cgroup-controllers',
    name: { en: 'hugetlb controller', 'zh-cn': 'hugetlb 控制器' },
    aliases: {
      en: ['hugetlb subsystem', 'HugeTLB controller', 'huge pages cgroup', 'hugepage limit', 'hugetlb.<hugepagesize>.max', 'hugetlb.<hugepagesize>.limit_in_bytes', 'hugetlb.2MB.max'],
      'zh-cn': ['hugetlb 子系统', '大页控制器', '大页限制', 'HugeTLB 限制'],
    },
    summary: {
      en: 'Limits how much HugeTLB memory (explicitly reserved huge pages) each cgroup may use, separately for every huge page size.',
      'zh-cn': '按大页尺寸分别限制每个 cgroup 可以使用的 HugeTLB 内存（显式预留的大页）。',
    },
    description: {
      en: `HugeTLB pages come from a pool allocated in advance (the example fills it through \`/proc/sys/vm/nr_hugepages\`) and are used through hugetlbfs files or \`shmget()\`. The hugetlb controller limits each cgroup's use of that pool, one set of files per page size: the kernel writes the names with a placeholder, \`hugetlb.<hugepagesize>.max\`, and on the x86-64 machine used here they appear as \`hugetlb.2MB.*\` and \`hugetlb.1GB.*\`.

The limit is enforced when a page is faulted in. HugeTLB pages cannot be reclaimed, so a process that faults beyond its limit gets **SIGBUS**. v1 therefore also offers **reservation** limits (\`hugetlb.<hugepagesize>.rsvd.limit_in_bytes\` and its companion files), checked at \`mmap()\` or \`shmget()\` time, which fail early instead of killing the process later. In v2 the files are \`hugetlb.<hugepagesize>.max\` (default \`max\`), \`.current\`, \`.events\`, \`.events.local\` and \`.numa_stat\`.

Traps: shared HugeTLB memory is charged to the first task that reserves or faults it, and is uncharged only when it is freed (typically when the hugetlbfs file is deleted), not when that task exits. By default the memory controller does not count HugeTLB pages at all; in v2 the mount option \`memory_hugetlb_accounting\` changes that.`,
      'zh-cn': `HugeTLB 大页来自事先分配好的大页池（示例通过 \`/proc/sys/vm/nr_hugepages\` 填充它），经由 hugetlbfs 文件或 \`shmget()\` 使用。hugetlb 控制器限制每个 cgroup 对这个池的使用，每种页面尺寸一组文件：内核文档用占位符书写文件名，即 \`hugetlb.<hugepagesize>.max\`，在本文所用的 x86-64 机器上实际显示为 \`hugetlb.2MB.*\` 和 \`hugetlb.1GB.*\`。

限制在缺页（page fault）时执行。HugeTLB 页面不能被回收，所以超出限制的进程在缺页时会收到 **SIGBUS**。因此 v1 还提供了**预留**限制（\`hugetlb.<hugepagesize>.rsvd.limit_in_bytes\` 及其配套文件），在 \`mmap()\` 或 \`shmget()\` 时检查，可以提前失败，而不是过后把进程杀掉。v2 的文件是 \`hugetlb.<hugepagesize>.max\`（默认 \`max\`）、\`.current\`、\`.events\`、\`.events.local\` 和 \`.numa_stat\`。

容易踩的坑：共享的 HugeTLB 内存记在第一个预留或触发缺页的任务所在的 cgroup 名下，只有在内存被释放时（通常是删除 hugetlbfs 文件时）才解除记账，而不是在该任务退出时。默认情况下 memory 控制器完全不统计 HugeTLB 页面；在 v2 中可以用挂载选项 \`memory_hugetlb_accounting\` 改变这一点。`,
    },
    v1Name: 'hugetlb',
    v2Name: 'hugetlb',
    sinceV1: '3.5',
    sinceV2: '5.6',
    controls: {
      en: 'Use of the reserved HugeTLB page pool, per cgroup and per huge page size; in v1 also HugeTLB reservations.',
      'zh-cn': '按 cgroup、按大页尺寸限制对预留 HugeTLB 大页池的使用；v1 中还可以限制 HugeTLB 预留量。',
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
      en: 'v2 keeps `hugetlb` (cgroups(7): "the successor of the version 1 hugetlb controller"): `limit_in_bytes` becomes `max`, `usage_in_bytes` becomes `current`, and failures are reported in `events` and `events.local` instead of `failcnt`.',
      'zh-cn': 'v2 保留了 `hugetlb`（cgroups(7)：v1 hugetlb 控制器的继任者）：`limit_in_bytes` 变成 `max`，`usage_in_bytes` 变成 `current`，分配失败改由 `events` 和 `events.local` 报告，而不是 `failcnt`。',
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
    sources: [SRC.v2hugetlb, SRC.v1hugetlb, SRC.cgroups7],
  },
];
