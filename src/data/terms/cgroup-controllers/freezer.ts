import type { TermInput } from '../../schema/term.ts';
import { CGROUP_V2, man, v1Doc } from '../../sources/cgroup-controllers.ts';

export default {
  id: 'cgroup-freezer',
  category: 'cgroup-controller',
  page: 'cgroup-controllers',
  name: { en: 'freezer controller', 'zh-cn': 'freezer 控制器' },
  aliases: {
    en: ['freezer', 'freezer cgroup', 'cgroup freezer', 'freezer.state'],
    'zh-cn': ['冻结控制器', '冻结器', 'freezer 子系统', '冻结 cgroup', 'freezer', 'freezer.state'],
  },
  summary: {
    en: 'Suspends all processes of a cgroup and its descendants, and later lets them run again.',
    'zh-cn': '暂停一个 cgroup 及其后代中的所有进程，之后再让它们继续运行。',
  },
  description: {
    en: `The freezer stops a whole group of processes at once, for example to pause a batch job or to take a consistent snapshot for checkpointing. Unlike \`SIGSTOP\` and \`SIGCONT\`, which a parent, a tracer or the process itself can observe (and \`SIGCONT\` can even be caught), freezing is invisible to the processes being frozen.

In v1 the \`freezer.state\` file drives it. Writing \`FROZEN\` puts the cgroup and all its descendants into \`FREEZING\`, which becomes \`FROZEN\` once every task has stopped; writing \`THAWED\` lets them run again. A cgroup is thawed only when neither it nor any ancestor is frozen. The root cgroup cannot be frozen and has no freezer files.

cgroup v2 has no freezer controller. cgroups(7) lists a v2 "freezer" (since Linux 5.2) as the successor, but it takes the form of core files in every non-root cgroup, so there is nothing to enable: see \`cgroup.freeze\`.`,
    'zh-cn': `freezer 可以一次性停住整组进程，例如暂停一个批处理作业，或为检查点（checkpoint）获取一致的快照。\`SIGSTOP\` 和 \`SIGCONT\` 能被父进程、跟踪者或进程自身察觉（\`SIGCONT\` 甚至可以被捕获）；冻结则不同，被冻结的进程完全察觉不到。

在 v1 中由 \`freezer.state\` 文件控制。写入 \`FROZEN\` 会让该 cgroup 及其所有后代进入 \`FREEZING\`，等所有任务都停下后变为 \`FROZEN\`；写入 \`THAWED\` 则让它们恢复运行。只有当该 cgroup 本身和所有祖先都没有被冻结时，它才处于解冻状态。根 cgroup 不能被冻结，也没有 freezer 文件。

cgroup v2 没有 freezer 控制器。cgroups(7) 把 v2 的“freezer”（Linux 5.2 起）列为其后继，但它的形式是每个非根 cgroup 都有的核心文件，因此无需启用任何控制器：参见 \`cgroup.freeze\`。`,
  },
  v1Name: 'freezer',
  sinceV1: '2.6.28',
  controls: {
    en: 'Whether the tasks of a cgroup (and of its descendants) may run at all.',
    'zh-cn': 'cgroup（及其后代）中的任务是否可以运行。',
  },
  v1Files: [
    {
      name: 'freezer.state',
      summary: {
        en: 'Reads the effective state (`THAWED`, `FREEZING` or `FROZEN`); write `FROZEN` or `THAWED` to set the cgroup\'s own state.',
        'zh-cn': '读取得到实际状态（`THAWED`、`FREEZING` 或 `FROZEN`）；写入 `FROZEN` 或 `THAWED` 设置该 cgroup 自身的状态。',
      },
    },
    {
      name: 'freezer.self_freezing',
      summary: {
        en: 'Read-only: `1` if the last write to this cgroup\'s `freezer.state` was `FROZEN`, otherwise `0`.',
        'zh-cn': '只读：若最近一次写入本 cgroup 的 `freezer.state` 的是 `FROZEN` 则为 `1`，否则为 `0`。',
      },
    },
    {
      name: 'freezer.parent_freezing',
      summary: {
        en: 'Read-only: `1` if an ancestor is frozen, otherwise `0`.',
        'zh-cn': '只读：若有祖先 cgroup 被冻结则为 `1`，否则为 `0`。',
      },
    },
  ],
  v2Files: [
    {
      name: 'cgroup.freeze',
      summary: {
        en: 'Core file in every non-root cgroup: write `1` to freeze the cgroup and its descendants, `0` (the default) to thaw.',
        'zh-cn': '每个非根 cgroup 都有的核心文件：写入 `1` 冻结该 cgroup 及其后代，写入 `0`（默认值）解冻。',
      },
    },
    {
      name: 'cgroup.events',
      summary: {
        en: 'Its `frozen` key turns `1` once freezing is complete, with a file-modified notification.',
        'zh-cn': '冻结完成后其中的 `frozen` 键变为 `1`，并发出文件修改通知。',
      },
    },
    {
      name: 'cgroup.kill',
      summary: {
        en: 'Write-only: writing `1` kills every process in the cgroup and its descendants with `SIGKILL`.',
        'zh-cn': '只写：写入 `1` 会用 `SIGKILL` 杀死该 cgroup 及其后代中的所有进程。',
      },
    },
  ],
  v2CoreFile: { name: 'cgroup.freeze', since: '5.2' },
  v2Successor: {
    en: 'No freezer controller in v2. Every non-root cgroup has the core file `cgroup.freeze` (`1` freezes the cgroup and its descendants, `0` thaws), and the `frozen` key of `cgroup.events` reports when freezing has finished; cgroups(7) dates these to Linux 5.2. The core file `cgroup.kill` goes one step further and kills the whole subtree.',
    'zh-cn': 'v2 没有 freezer 控制器。每个非根 cgroup 都有核心文件 `cgroup.freeze`（`1` 冻结该 cgroup 及其后代，`0` 解冻），`cgroup.events` 中的 `frozen` 键报告冻结是否完成；cgroups(7) 注明它们自 Linux 5.2 起提供。核心文件 `cgroup.kill` 则更进一步，直接杀死整个子树。',
  },
  examples: [
    {
      commands: `# mkdir /sys/fs/cgroup/freezer/demo
# cd /sys/fs/cgroup/freezer/demo
# sleep 600 &
# echo $! > cgroup.procs
# echo FROZEN > freezer.state
# cat freezer.state
# ps -o pid,stat,comm -p $!
# echo THAWED > freezer.state
# cat freezer.state
# ps -o pid,stat,comm -p $!
# kill $!`,
      output: `[1] 10310
FROZEN
PID STAT COMMAND
10310 D    sleep
THAWED
PID STAT COMMAND
10310 S    sleep`,
      note: {
        en: 'While frozen, `ps` shows the `sleep` in state `D` (uninterruptible) instead of `S`; after `THAWED` it is back to an ordinary sleep. Reading `freezer.state` right after the write may also show `FREEZING` if some task has not stopped yet.',
        'zh-cn': '冻结期间，`ps` 显示 `sleep` 处于 `D` 状态（不可中断），而不是 `S`；写入 `THAWED` 后它又回到普通的睡眠状态。如果还有任务尚未停下，刚写入后读取 `freezer.state` 也可能得到 `FREEZING`。',
      },
    },
    {
      commands: `# mkdir -p /sys/fs/cgroup/freezer/demo/child
# cd /sys/fs/cgroup/freezer/demo
# echo FROZEN > freezer.state
# cat child/freezer.state child/freezer.self_freezing child/freezer.parent_freezing
# echo THAWED > child/freezer.state
# cat child/freezer.state
# echo THAWED > freezer.state
# cat child/freezer.state
# cd / && rmdir /sys/fs/cgroup/freezer/demo/child /sys/fs/cgroup/freezer/demo`,
      output: `FROZEN
0
1
FROZEN
THAWED`,
      note: {
        en: 'Freezing `demo` also freezes `child`: its own state is not frozen (`self_freezing` 0), but its parent is (`parent_freezing` 1). Thawing the child alone changes nothing; only thawing the parent does.',
        'zh-cn': '冻结 `demo` 也会冻结 `child`：它自身并未被冻结（`self_freezing` 为 0），但父 cgroup 被冻结了（`parent_freezing` 为 1）。只解冻子 cgroup 不起作用，必须解冻父 cgroup。',
      },
    },
  ],
  related: ['cgroup-freeze', 'cgroup-v1', 'cgroup-v2', 'cgroup-hierarchy'],
  sources: [man('cgroups', 7), v1Doc('freezer-subsystem', 'Cgroup Freezer'), CGROUP_V2],
} satisfies TermInput;
