import type { TermInput } from '../../schema/term.ts';
import { CGROUP_V2, man } from '../../sources/cgroups.ts';

export default {
  id: 'cgroup-freeze',
  category: 'concept',
  page: 'cgroups',
  name: { en: 'cgroup.freeze', 'zh-cn': 'cgroup.freeze 文件' },
  aliases: {
    en: ['cgroup.freeze', 'cgroup v2 freezer', 'freezing a cgroup', 'cgroup.kill', 'frozen'],
    'zh-cn': ['冻结 cgroup', 'cgroup 冻结', 'cgroup v2 冻结器', '杀死整个 cgroup', 'cgroup.freeze', 'cgroup.kill'],
  },
  summary: {
    en: 'The cgroup v2 core file that freezes (`1`) or thaws (`0`) every process of a cgroup and its descendants; its companion `cgroup.kill` kills them all.',
    'zh-cn': 'cgroup v2 的核心文件，用于冻结（`1`）或解冻（`0`）某个 cgroup 及其后代中的所有进程；与之配套的 `cgroup.kill` 则会把它们全部杀死。',
  },
  description: {
    en: `Every non-root v2 cgroup has a \`cgroup.freeze\` file, \`0\` by default. Writing \`1\` stops all processes in the cgroup and its descendants until the cgroup is explicitly thawed. Freezing can take a moment; when it is done, the \`frozen\` key of \`cgroup.events\` changes to \`1\` and a file-modified notification is sent, so programs can wait for it with \`poll(2)\` or inotify. A cgroup stays frozen as long as any ancestor is frozen. cgroups(7) names this the successor of the v1 freezer and dates \`frozen\` to Linux 5.2. Because these are core files, no controller has to be enabled.

Frozen processes can still be killed by a fatal signal. A process moved into a frozen cgroup stops, and one moved out runs again. Freezing does not block changes to the tree: an empty frozen cgroup can be removed, and new child cgroups can be created.

\`cgroup.kill\` is write-only and accepts only \`1\`: it kills every process in the cgroup and its descendants with \`SIGKILL\`. The kernel handles processes that fork at the same moment and guards against migrations. In a threaded cgroup the write fails with \`EOPNOTSUPP\`, because killing works on whole processes.`,
    'zh-cn': `每个非根 v2 cgroup 都有一个 \`cgroup.freeze\` 文件，默认值为 \`0\`。写入 \`1\` 会停住该 cgroup 及其后代中的所有进程，直到明确解冻为止。冻结可能需要一点时间；完成后，\`cgroup.events\` 中的 \`frozen\` 键变为 \`1\`，并发出文件修改通知，程序可以用 \`poll(2)\` 或 inotify 等待这一变化。只要有任何祖先处于冻结状态，该 cgroup 就保持冻结。cgroups(7) 称它是 v1 freezer 的后继，并注明 \`frozen\` 自 Linux 5.2 起提供。由于这些都是核心文件，不需要启用任何控制器。

被冻结的进程仍然可以被致命信号杀死。进程被移入已冻结的 cgroup 时会停下，被移出时则恢复运行。冻结不会阻止对树的修改：空的已冻结 cgroup 可以删除，也可以在其中创建新的子 cgroup。

\`cgroup.kill\` 是只写文件，只接受 \`1\`：写入后，该 cgroup 及其后代中的所有进程都会被 \`SIGKILL\` 杀死。内核会处理同一时刻正在 fork 的进程，也能防范迁移带来的问题。在线程化 cgroup 中写入会以 \`EOPNOTSUPP\` 失败，因为杀死操作针对的是整个进程。`,
  },
  related: ['cgroup-freezer', 'cgroup-v2', 'cgroup-procs', 'cgroup-hierarchy'],
  sources: [CGROUP_V2, man('cgroups', 7)],
} satisfies TermInput;
