import type { TermInput } from '../../schema/term.ts';
import { SRC } from '../../sources/cgroup-controllers.ts';

export default {
  id: 'cgroup-cpuacct',
  category: 'cgroup-controller',
  page: 'cgroup-controllers',
  name: { en: 'cpuacct controller', 'zh-cn': 'cpuacct 控制器' },
  aliases: {
    en: ['cpuacct subsystem', 'CPU accounting controller', 'CPU accounting', 'cpuacct.usage', 'cpuacct.stat', 'cpu,cpuacct'],
    'zh-cn': ['cpuacct 子系统', 'CPU 记账', 'CPU accounting', 'CPU 使用量统计', 'CPU 计费控制器', 'cpuacct.usage', 'cpuacct.stat', 'cpu,cpuacct'],
  },
  summary: {
    en: 'A cgroup v1 controller that only counts the CPU time used by the tasks of a cgroup and its descendants; it limits nothing.',
    'zh-cn': '一个 cgroup v1 控制器，只统计 cgroup 及其后代中的任务用掉的 CPU 时间，不做任何限制。',
  },
  description: {
    en: `cpuacct is pure accounting. \`cpuacct.usage\` holds the CPU time, in **nanoseconds**, used by the tasks in the group and in all its child groups; \`cpuacct.stat\` splits it into \`user\` and \`system\` time, counted in **USER_HZ** ticks (\`getconf CLK_TCK\`; 100 per second on the machine used here). The root group's \`cpuacct.usage\` is therefore the CPU time of the whole system.

Because cpu and cpuacct group the same tasks, v1 systems often mount them together on one hierarchy (\`-o cpu,cpuacct\`); cgroups(7) uses exactly this pair as its example of co-mounting.

cgroup v2 has no cpuacct controller. The v2 \`cpu\` controller is its successor (cgroups(7)), and \`cpu.stat\` in every v2 cgroup reports \`usage_usec\`, \`user_usec\` and \`system_usec\` even when no controller is enabled. Traps: the two v1 files use different units, and the kernel doc warns that the user/system split can be slightly out of date, because it is collected with per-CPU counters.`,
    'zh-cn': `cpuacct 只负责统计。\`cpuacct.usage\` 记录该 cgroup 及其所有后代中的任务用掉的 CPU 时间，单位是**纳秒**；\`cpuacct.stat\` 把它分成 \`user\` 和 \`system\` 两部分，单位是 **USER_HZ** 时钟滴答（\`getconf CLK_TCK\`；本文所用机器上为每秒 100）。因此根组的 \`cpuacct.usage\` 就是整个系统的 CPU 时间。

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
        'zh-cn': '该 cgroup 及其所有后代中的任务用掉的 CPU 总时间，单位纳秒。',
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
        'zh-cn': 'cgroup v1。新建的 cgroup 从 0 开始；运行 2 秒死循环后，记录到约 1.85 秒的 CPU 时间（单位纳秒；这台主机同时在忙别的工作，循环没有独占一个 CPU），`cpuacct.stat` 用 183 个 1/100 秒的用户态滴答表示同一段时间。',
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
} satisfies TermInput;
