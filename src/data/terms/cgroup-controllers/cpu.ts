import type { TermInput } from '../../schema/term.ts';
import { SRC } from '../../sources/cgroup-controllers.ts';

export default {
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
    'zh-cn': ['cpu 子系统', 'CPU 控制器', 'CPU 配额', 'CPU 权重', 'CPU 带宽控制', 'CPU 限额', 'cpu.max', 'cpu.weight', 'cpu.shares', 'cpu.cfs_quota_us', 'cpu.cfs_period_us'],
  },
  summary: {
    en: 'Divides CPU time between cgroups by relative weight and can cap a cgroup at a fixed amount of CPU time in every period.',
    'zh-cn': '按相对权重在各 cgroup 之间分配 CPU 时间，并能把一个 cgroup 限制在每个周期内固定数量的 CPU 时间以内。',
  },
  description: {
    en: `The cpu controller offers two kinds of control. A **weight** sets the share of contended CPU time a cgroup gets compared with its busy siblings; it changes nothing while CPUs are idle. A **bandwidth limit** (a quota of CPU time per period) is a hard ceiling that applies even on an otherwise idle machine: once the quota is used up, the group's threads are throttled until the next period. cgroups(7) dates bandwidth control to Linux 3.2 (\`CONFIG_CFS_BANDWIDTH\`).

In v1 the weight is \`cpu.shares\` (a new cgroup reads \`1024\`) and the limit is split over \`cpu.cfs_quota_us\` (default \`-1\`, no limit) and \`cpu.cfs_period_us\` (default 100 ms). In v2 the weight is \`cpu.weight\`, range 1–10000 with default 100 (or \`cpu.weight.nice\` in nice units), and the limit is the single file \`cpu.max\`, written as \`$MAX $PERIOD\` and defaulting to \`max 100000\`. The v2 controller also takes over v1 \`cpuacct\`: \`cpu.stat\` always reports usage.

Traps: weights are relative, not percentages. A quota is counted in CPU time, so 50000 out of a 100000 µs period is half of **one** CPU, and a quota twice the period lets a multi-threaded group use two CPUs. Writing one number to \`cpu.max\` changes only \`$MAX\`. cgroup v2 does not yet control real-time processes: on a kernel with \`CONFIG_RT_GROUP_SCHED\`, the v2 cpu controller can be enabled only while every real-time process is in the root cgroup.`,
    'zh-cn': `cpu 控制器提供两类控制。**权重**决定在 CPU 紧张时，一个 cgroup 相对于同样繁忙的兄弟 cgroup 能分到多少 CPU 时间；CPU 空闲时它不起任何作用。**带宽限制**（每个周期内可用的 CPU 时间配额）是硬上限，即使机器其余部分空闲也照样生效：配额用完后，cgroup 内的线程会被限流（throttle），直到下一个周期开始。cgroups(7) 指出带宽控制从 Linux 3.2 开始提供（\`CONFIG_CFS_BANDWIDTH\`）。

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
        'zh-cn': '该 cgroup 相对于兄弟 cgroup 的 CPU 权重，内核启用 `CONFIG_FAIR_GROUP_SCHED` 时才有；新建的 cgroup 读出 1024，两个 cgroup 都繁忙时，设为 2048 的那个得到的 CPU 是 1024 的组的两倍。',
      },
    },
    {
      name: 'cpu.cfs_quota_us',
      summary: {
        en: 'CPU time in microseconds the group may use in each period; default -1 (no limit), any negative value removes the limit, and the smallest quota is 1 ms.',
        'zh-cn': '该 cgroup在每个周期内可以使用的 CPU 时间（微秒）；默认 -1（不限制），写入任何负数都会取消限制，最小配额为 1 毫秒。',
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
        'zh-cn': '该 cgroup可以积攒下来、供之后突发使用的未用配额（微秒）；默认 0（不积攒），不能大于 `cpu.cfs_quota_us`。',
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
        'zh-cn': '每个周期内为该 cgroup实时任务预留的 CPU 时间（需要 `CONFIG_RT_GROUP_SCHED`）；新建的 cgroup 从 0 开始，在分到时间之前不接受实时任务。',
      },
    },
    {
      name: 'cpu.rt_period_us',
      summary: {
        en: 'Period of the group\'s real-time runtime in microseconds; new groups take it from `/proc/sys/kernel/sched_rt_period_us` (1 s by default), and a child\'s period may not be longer than its parent\'s.',
        'zh-cn': '该 cgroup实时运行时间的周期（微秒）；新建的 cgroup 取 `/proc/sys/kernel/sched_rt_period_us` 的值（默认 1 秒），子 cgroup 的周期不能长于父 cgroup。',
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
        'zh-cn': '写入 1 会让整个 cgroup 采用 `SCHED_IDLE` 策略，相对于兄弟 cgroup 以极低优先级运行，cgroup 内各线程之间的相对优先级不变；默认 0。',
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
        'zh-cn': 'cgroup v1（`cpu` 层级挂载在 /sys/fs/cgroup/cpu）。先看默认值：shares 为 1024，周期 100000 微秒，配额 -1。把配额设为每 100000 微秒周期 20000 微秒后，跑了 5 秒的死循环只拿到约 0.93 秒 CPU（20%），`nr_throttled` 表明它在大多数周期里都被限流了。`rmdir demo` 之前要先让进程离开该 cgroup（退出这个 shell）。',
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
        'zh-cn': 'cgroup v2。这台主机是混合布局，事先卸载了 v1 的 `cpu` 层级，`cpu` 才出现在挂载于 /sys/fs/cgroup/unified 的 cgroup2 树中；在纯 v2 系统上请用 /sys/fs/cgroup/demo。默认值是权重 100 和 `max 100000`；只写一个数字时只改了 `$MAX`。结果与 v1 相同：5 秒内约得到 1 秒 CPU，使用量和限流统计都在 `cpu.stat` 里。',
      },
    },
  ],
  related: ['cgroup-cpuacct', 'cgroup-cpuset', 'cgroup-v1', 'cgroup-v2', 'cgroup-subtree-control', 'cgroup-procs', 'systemd-slice'],
  sources: [SRC.v2cpu, SRC.sched_bwc, SRC.sched_cfs, SRC.sched_rt, SRC.cgroups7],
} satisfies TermInput;
