import type { TermInput } from '../../schema/term.ts';
import { CGROUP_V2, SYSTEMD_DELEGATION, man } from '../../sources/cgroups.ts';

export default {
  id: 'cgroup-v2',
  category: 'concept',
  page: 'cgroups',
  name: { en: 'cgroup v2', 'zh-cn': 'cgroup v2' },
  aliases: {
    en: ['cgroups v2', 'cgroup version 2', 'cgroup2', 'cgroup2fs', 'unified hierarchy', 'unified cgroup hierarchy'],
    'zh-cn': ['cgroup 第二版', '控制组 v2', '统一层级', '统一 cgroup 层级', 'cgroup2', 'cgroup2fs'],
  },
  summary: {
    en: 'The second cgroup implementation, official since Linux 4.5, with a single unified hierarchy for all controllers.',
    'zh-cn': '第二套 cgroup 实现，自 Linux 4.5 起正式可用，所有控制器共用一个统一层级。',
  },
  description: {
    en: `Work on cgroup v2 began in Linux 3.10, hidden behind a development mount option, and it became official in Linux 4.5. It has one hierarchy, mounted with \`mount -t cgroup2 none /mnt/point\`. Every controller that supports v2 and is not bound to a v1 hierarchy shows up at its root automatically.

Its rules differ from v1. Controllers are switched on for a subtree with \`cgroup.subtree_control\`; a non-root cgroup cannot both hold processes and pass resources to its children (the *no internal processes* rule); all threads of a process stay in one cgroup except inside threaded subtrees (thread mode, Linux 4.14); the \`populated\` key of \`cgroup.events\` replaces the v1 release agent; and delegation to unprivileged users is designed to be safe.

To see which version a machine uses, run \`stat -fc %T /sys/fs/cgroup/\`. It prints \`cgroup2fs\` when the v2 hierarchy is mounted there (systemd's *unified* mode) and \`tmpfs\` on a v1 (*legacy*) or *hybrid* system. A hybrid system additionally mounts v2 at \`/sys/fs/cgroup/unified/\`. The test host printed \`tmpfs\` for \`/sys/fs/cgroup/\` and \`cgroup2fs\` for \`/sys/fs/cgroup/unified/\`, so it is hybrid; \`stat -fc %t\` on the latter printed \`63677270\`, the cgroup2 magic number the kernel documents.`,
    'zh-cn': `cgroup v2 的开发始于 Linux 3.10，起初藏在一个开发用的挂载选项后面，到 Linux 4.5 才正式推出。它只有一个层级，用 \`mount -t cgroup2 none /mnt/point\` 挂载。所有支持 v2、且没有绑定到 v1 层级的控制器，都会自动出现在它的根上。

它的规则与 v1 不同：控制器要通过 \`cgroup.subtree_control\` 为子树开启；非根 cgroup 不能既包含进程又向子 cgroup 分配资源（即“无内部进程”规则）；除了线程化子树（线程模式，Linux 4.14 起）之外，一个进程的所有线程都位于同一个 cgroup；\`cgroup.events\` 中的 \`populated\` 键取代了 v1 的释放代理；向非特权用户的委派在设计上就是安全的。

要查看一台机器使用哪个版本，可以运行 \`stat -fc %T /sys/fs/cgroup/\`。如果那里挂载的是 v2 层级（即 systemd 所说的 *unified* 模式），它输出 \`cgroup2fs\`；在 v1（*legacy*）或 *hybrid*（混合）系统上则输出 \`tmpfs\`。混合系统还会在 \`/sys/fs/cgroup/unified/\` 另外挂载 v2。测试主机对 \`/sys/fs/cgroup/\` 输出 \`tmpfs\`，对 \`/sys/fs/cgroup/unified/\` 输出 \`cgroup2fs\`，说明它是混合模式；对后者运行 \`stat -fc %t\` 得到 \`63677270\`，正是内核文档给出的 cgroup2 魔数。`,
  },
  related: [
    'cgroup-v1',
    'cgroup-hierarchy',
    'cgroup-subtree-control',
    'no-internal-processes',
    'cgroup-delegation',
    'cgroup-freeze',
    'cgroup-procs',
    'cgroup-namespace',
  ],
  sources: [man('cgroups', 7), CGROUP_V2, SYSTEMD_DELEGATION, man('stat', 1)],
} satisfies TermInput;
