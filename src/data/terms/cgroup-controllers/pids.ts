import type { TermInput } from '../../schema/term.ts';
import { SRC } from '../../sources/cgroup-controllers.ts';

export default {
  id: 'cgroup-pids',
  category: 'cgroup-controller',
  page: 'cgroup-controllers',
  name: { en: 'pids controller', 'zh-cn': 'pids 控制器' },
  aliases: {
    en: ['pids subsystem', 'process number controller', 'PID limit', 'fork bomb protection', 'task limit', 'pids.max', 'pids.current'],
    'zh-cn': ['pids 子系统', '进程数控制器', '进程数限制', 'PID 限制', '防 fork 炸弹', '任务数上限', 'pids.max', 'pids.current'],
  },
  summary: {
    en: 'Limits how many tasks (processes and threads) a cgroup and its descendants may hold, so that fork() and clone() fail once the limit is reached.',
    'zh-cn': '限制一个 cgroup 及其后代中可以存在的任务（进程和线程）数量，达到上限后 fork() 和 clone() 会失败。',
  },
  description: {
    en: `The pids controller counts tasks, and stops new ones from being created once a cgroup reaches \`pids.max\`: \`fork()\` and \`clone()\` then fail with \`EAGAIN\`. A fork bomb is likely to exhaust the number of tasks before it reaches any memory limit, which is why this resource has its own controller. The count covers the cgroup and all its descendants, and the strictest limit on the path to the root applies.

cgroups(7) says the v2 controller is the same as the v1 one, and the files \`pids.max\` (default \`max\`), \`pids.current\` and \`pids.events\` behave alike. v2 adds \`pids.peak\` and \`pids.events.local\`. One difference: v1's \`pids.events\` counts fork failures in the cgroup itself, caused by its own or an ancestor's limit, while v2's counts limit hits anywhere in the subtree, unless cgroup2 is mounted with \`pids_localevents\`. pids is a threaded controller in v2.

Traps: the "PIDs" are really TIDs, so every thread takes one slot, not just every process. Limits only stop \`fork()\`/\`clone()\`: moving processes into a cgroup or lowering the limit can leave \`pids.current\` above \`pids.max\`. The root cgroup has no \`pids.max\`.`,
    'zh-cn': `pids 控制器统计任务数；cgroup 达到 \`pids.max\` 后，就不再允许创建新任务：\`fork()\` 和 \`clone()\` 会以 \`EAGAIN\` 失败。fork 炸弹很可能在触及任何内存限制之前就耗尽了任务数，所以这种资源需要单独的控制器。计数包括该 cgroup 及其全部后代，通往根的路径上最严格的那个限制生效。

cgroups(7) 说明 v2 的控制器与 v1 的相同，\`pids.max\`（默认 \`max\`）、\`pids.current\` 和 \`pids.events\` 的行为一致。v2 新增了 \`pids.peak\` 和 \`pids.events.local\`。有一处区别：v1 的 \`pids.events\` 统计的是本 cgroup 中因自身或祖先的限制而失败的 fork 次数，而 v2 的统计整个子树中触及上限的次数，除非 cgroup2 以 \`pids_localevents\` 选项挂载。在 v2 中，pids 是线程化控制器。

容易踩的坑：这里的“PID”实际上是 TID，每个线程都占一个名额，而不只是每个进程。限制只拦截 \`fork()\`/\`clone()\`：把进程移入 cgroup，或者调低限制，都可能让 \`pids.current\` 大于 \`pids.max\`。根 cgroup 没有 \`pids.max\`。`,
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
        'zh-cn': '该 cgroup 及其后代中任务数的上限；默认 `max`（不限制）；根 cgroup 中没有此文件。',
      },
    },
    {
      name: 'pids.current',
      summary: {
        en: 'Number of tasks now in the cgroup and all its descendants.',
        'zh-cn': '该 cgroup 及其所有后代当前的任务数。',
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
        'zh-cn': '该 cgroup 及其后代当前的任务数。',
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
        'zh-cn': 'cgroup v2，混合布局主机：卸载 v1 的 `pids` 层级后，`pids` 出现在挂载于 /sys/fs/cgroup/unified 的 cgroup2 树的 `cgroup.controllers` 中（纯 v2 系统上请用 /sys/fs/cgroup/demo）。行为与 v1 相同；`pids.peak` 记录该 cgroup 最多只有过 3 个任务。',
      },
    },
  ],
  related: ['cgroup-v1', 'cgroup-v2', 'cgroup-subtree-control', 'cgroup-procs', 'clone-into-cgroup', 'systemd-slice'],
  sources: [SRC.v2pid, SRC.v1pids, SRC.cgroups7],
} satisfies TermInput;
