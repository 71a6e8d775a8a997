import type { TermInput } from '../../schema/term.ts';
import { CGROUP_V1, CGROUP_V2, man } from '../../sources/cgroups.ts';

export default {
  id: 'cgroup-hierarchy',
  category: 'concept',
  page: 'cgroups',
  name: { en: 'cgroup hierarchy', 'zh-cn': 'cgroup 层级' },
  aliases: {
    en: ['hierarchy', 'cgroup hierarchies', 'cgroup tree', 'comounted controllers', 'named hierarchy'],
    'zh-cn': ['层级', '层次结构', 'cgroup 树', '控制组层级', '命名层级'],
  },
  summary: {
    en: 'A tree of cgroups in one mounted cgroup filesystem, with the controllers attached to it; each process is in exactly one cgroup of every hierarchy.',
    'zh-cn': '挂载的一个 cgroup 文件系统中的 cgroup 树，连同挂接在它上面的控制器；每个进程在每个层级中都恰好属于一个 cgroup。',
  },
  description: {
    en: `A hierarchy is a set of cgroups arranged in a tree, together with the controllers attached to it. Each hierarchy is one instance of the cgroup filesystem, and its directory tree mirrors the cgroup tree. Every process of the system is in exactly one cgroup of each hierarchy, so a hierarchy is a partition of all processes.

In cgroup v1 there can be many hierarchies at once. Each controller is mounted on its own hierarchy or **comounted** with others (\`mount -t cgroup -o cpu,cpuacct none /sys/fs/cgroup/cpu,cpuacct\`), and comounted controllers always see the same grouping. A controller can be attached to only one hierarchy. A *named* hierarchy has no controller at all and only tracks processes; systemd's \`name=systemd\` is one. \`/proc/[pid]/cgroup\` has one \`ID:controllers:path\` line per hierarchy, for example \`5:devices:/\`, plus \`0::/path\` for the v2 hierarchy.

cgroup v2 has a single hierarchy for all its controllers. A controller can be used in v1 or in v2, but not in both at once. Unmounting a v1 hierarchy that still has child cgroups only hides it; remove the children first.`,
    'zh-cn': `层级是排成一棵树的一组 cgroup，加上挂接在它上面的控制器。每个层级对应 cgroup 文件系统的一个实例，其目录树与 cgroup 树一一对应。系统中的每个进程在每个层级中都恰好属于一个 cgroup，因此一个层级就是对全部进程的一种划分。

cgroup v1 中可以同时存在多个层级。每个控制器要么单独挂载为一个层级，要么与其他控制器**共同挂载**（\`mount -t cgroup -o cpu,cpuacct none /sys/fs/cgroup/cpu,cpuacct\`），共同挂载的控制器看到的分组总是相同的。一个控制器只能挂接到一个层级上。*命名*层级不带任何控制器，只用来跟踪进程，systemd 的 \`name=systemd\` 就是一例。\`/proc/[pid]/cgroup\` 中每个层级占一行，格式为 \`ID:控制器:路径\`，例如 \`5:devices:/\`；v2 层级则对应 \`0::/路径\` 这一行。

cgroup v2 只有一个层级，所有控制器都在其中。一个控制器可以用在 v1 中或 v2 中，但不能同时用在两者中。如果 v1 层级中仍有子 cgroup，卸载它只会把它隐藏起来；应先删除这些子 cgroup。`,
  },
  related: ['cgroup', 'cgroup-v1', 'cgroup-v2', 'cgroup-subtree-control', 'cgroup-procs', 'systemd-slice'],
  sources: [man('cgroups', 7), CGROUP_V1, CGROUP_V2],
} satisfies TermInput;
