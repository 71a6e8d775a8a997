/**
 * The ideas the cgroup pages lean on: what a cgroup and a hierarchy are, the two versions, the
 * v2 core files and rules, delegation, and what systemd builds on top. Facts come from
 * cgroups(7) (man-pages 6.03), the kernel's "Control Group v2" and cgroup v1 documents, stat(1),
 * and systemd's own documentation (man pages of systemd 252 and "Control Group APIs and
 * Delegation"). The stat outputs quoted in cgroup-v2 were taken on a Linux 6.18 test host.
 */
import type { TermInput } from '../schema/term.ts';

const man = (page: string, section: number) => ({
  title: `${page}(${section})`,
  url: `https://man7.org/linux/man-pages/man${section}/${page}.${section}.html`,
});

const systemdMan = (page: string, section: number) => ({
  title: `${page}(${section})`,
  url: `https://www.freedesktop.org/software/systemd/man/latest/${page}.html`,
});

const CGROUP_V2 = {
  title: 'Control Group v2 (kernel docs)',
  url: 'https://docs.kernel.org/admin-guide/cgroup-v2.html',
};

const CGROUP_V1 = {
  title: 'Control Groups (kernel docs, cgroup v1)',
  url: 'https://docs.kernel.org/admin-guide/cgroup-v1/cgroups.html',
};

const SYSTEMD_DELEGATION = {
  title: 'Control Group APIs and Delegation (systemd docs)',
  url: 'https://systemd.io/CGROUP_DELEGATION/',
};

export const cgroupConcepts: TermInput[] = [
  {
    id: 'cgroup',
    category: 'concept',
    page: 'cgroups',
    name: { en: 'cgroup (control group)', 'zh-cn': 'cgroup（控制组）' },
    aliases: {
      en: ['cgroup', 'cgroups', 'control group', 'control groups', 'Linux control groups', 'cgroupfs', 'cgroup filesystem'],
      'zh-cn': ['控制组', '控制群组', 'Linux 控制组', 'cgroup 控制组', 'cgroup 文件系统'],
    },
    summary: {
      en: 'A group of processes in a tree of groups, whose use of resources such as CPU time, memory and I/O the kernel can account for, limit and control.',
      'zh-cn': '由进程组成的分组，这些分组排成一棵树；内核可以统计、限制和控制每个分组对 CPU 时间、内存、I/O 等资源的使用。',
    },
    description: {
      en: `"cgroup" stands for *control group* and is written in lower case. It is a mechanism for organizing processes hierarchically and distributing system resources along that hierarchy. It has two parts: the **core**, which keeps track of which process is in which cgroup, and the **controllers** (called subsystems in v1), each of which usually distributes one kind of resource, such as \`memory\`, \`cpu\` or \`pids\`.

The interface is a pseudo-filesystem. Each cgroup is a directory: \`mkdir\` creates one, and \`rmdir\` removes one that has no child cgroups and no live processes. The files inside show and change its members and settings. Every process is in exactly one cgroup of a hierarchy; a child created by \`fork(2)\` starts in its parent's cgroup, \`execve(2)\` keeps it there, and writing a PID to \`cgroup.procs\` moves a process. \`/proc/[pid]/cgroup\` tells where a process is.

Settings are hierarchical: what a cgroup is given applies to its whole subtree, and limits set closer to the root cannot be exceeded or overridden further down. There are two implementations, cgroup v1 and cgroup v2. A cgroup namespace virtualizes the cgroup paths a process sees, in \`/proc/[pid]/cgroup\` and in cgroup mounts.`,
      'zh-cn': `“cgroup”是 *control group*（控制组）的缩写，按惯例全部小写。它是一种机制：把进程按层级组织起来，并沿着这个层级分配系统资源。它由两部分组成：**核心**负责记录每个进程属于哪个 cgroup；**控制器**（v1 中称为子系统）通常各自负责分配一类资源，例如 \`memory\`、\`cpu\` 或 \`pids\`。

它的接口是一个伪文件系统。每个 cgroup 就是一个目录：用 \`mkdir\` 创建；没有子 cgroup、也没有存活进程时，可以用 \`rmdir\` 删除。目录中的文件用来查看和修改它的成员与设置。在一个层级中，每个进程恰好属于一个 cgroup：\`fork(2)\` 创建的子进程起初位于父进程所在的 cgroup，\`execve(2)\` 不会改变这一点，向 \`cgroup.procs\` 写入 PID 则可以迁移进程。\`/proc/[pid]/cgroup\` 显示进程所在的位置。

设置是分层生效的：分给某个 cgroup 的资源作用于它的整棵子树，离根更近处设定的限制，在更深处既不能突破也不能覆盖。cgroup 有两套实现：cgroup v1 和 cgroup v2。cgroup 命名空间会虚拟化进程看到的 cgroup 路径，包括 \`/proc/[pid]/cgroup\` 和 cgroup 挂载中的路径。`,
    },
    related: [
      'cgroup-hierarchy',
      'cgroup-v1',
      'cgroup-v2',
      'cgroup-procs',
      'cgroup-subtree-control',
      'cgroup-namespace',
      'clone-into-cgroup',
      'cgroup-memory',
      'cgroup-cpu',
      'cgroup-pids',
    ],
    sources: [man('cgroups', 7), CGROUP_V2, CGROUP_V1],
  },

  {
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
  },

  {
    id: 'cgroup-v1',
    category: 'concept',
    page: 'cgroups',
    name: { en: 'cgroup v1', 'zh-cn': 'cgroup v1' },
    aliases: {
      en: ['cgroups v1', 'cgroup version 1', 'cgroup1', 'legacy hierarchy', 'legacy cgroups'],
      'zh-cn': ['cgroup 第一版', '控制组 v1', '旧版 cgroup', '传统层级'],
    },
    summary: {
      en: 'The original cgroup implementation, first released in Linux 2.6.24, in which each controller can be mounted on a hierarchy of its own.',
      'zh-cn': '最初的 cgroup 实现，首次发布于 Linux 2.6.24；其中每个控制器都可以挂载在自己单独的层级上。',
    },
    description: {
      en: `cgroups first appeared in Linux 2.6.24, and controllers were added one by one afterwards. Their development was largely uncoordinated, which led to many inconsistencies between controllers and made managing the hierarchies complex; this is what cgroup v2 set out to fix. In v1 each controller is mounted with \`mount -t cgroup -o NAME\`, usually under a tmpfs at \`/sys/fs/cgroup\`, either alone or comounted with others.

Several v1 features are gone in v2: multiple and named hierarchies, the v1 mount options, the \`tasks\` file that lets single threads be moved, \`cgroup.clone_children\`, and release notification through \`notify_on_release\` and \`release_agent\` (one agent program per hierarchy, started once for each cgroup that becomes empty). Some controllers exist only in v1: \`net_cls\`, \`net_prio\`, and the file interfaces of \`devices\` and \`freezer\`; \`cpuacct\` and \`blkio\` live on in v2's \`cpu\` and \`io\`.

v1 is still in the kernel and, according to cgroups(7), unlikely to be removed. Both versions can be used on one system as long as each controller is used by only one of them; the \`cgroup_no_v1=\` boot option keeps the listed controllers (or \`all\`) out of v1 so that v2 can use them.`,
      'zh-cn': `cgroup 首次出现在 Linux 2.6.24 中，此后控制器被逐个加入。它们的开发基本上各自为政，导致控制器之间有许多不一致之处，层级的管理也变得相当复杂；cgroup v2 正是为解决这些问题而来。在 v1 中，每个控制器用 \`mount -t cgroup -o 名称\` 挂载，通常位于挂在 \`/sys/fs/cgroup\` 的 tmpfs 之下，可以单独挂载，也可以与其他控制器共同挂载。

v1 的一些特性在 v2 中已被去掉：多层级和命名层级、v1 的挂载选项、可以单独迁移线程的 \`tasks\` 文件、\`cgroup.clone_children\`，以及通过 \`notify_on_release\` 和 \`release_agent\` 实现的释放通知（每个层级只有一个代理程序，每当有 cgroup 变空就启动一次）。有些控制器只存在于 v1：\`net_cls\`、\`net_prio\`，以及 \`devices\` 和 \`freezer\` 的文件接口；\`cpuacct\` 和 \`blkio\` 则分别在 v2 的 \`cpu\` 和 \`io\` 中延续。

v1 仍然留在内核中，而且按 cgroups(7) 的说法不太可能被移除。只要每个控制器只被其中一个版本使用，两个版本就可以在同一系统上并存；启动参数 \`cgroup_no_v1=\` 可以让列出的控制器（或 \`all\`，即全部）不进入 v1，从而留给 v2 使用。`,
    },
    related: [
      'cgroup-v2',
      'cgroup-hierarchy',
      'cgroup-procs',
      'cgroup-devices',
      'cgroup-freezer',
      'cgroup-net-cls',
      'cgroup-net-prio',
      'cgroup-cpuacct',
    ],
    sources: [man('cgroups', 7), CGROUP_V1, CGROUP_V2],
  },

  {
    id: 'cgroup-v2',
    category: 'concept',
    page: 'cgroups',
    name: { en: 'cgroup v2', 'zh-cn': 'cgroup v2' },
    aliases: {
      en: ['cgroups v2', 'cgroup version 2', 'cgroup2', 'cgroup2fs', 'unified hierarchy', 'unified cgroup hierarchy'],
      'zh-cn': ['cgroup 第二版', '控制组 v2', '统一层级', '统一 cgroup 层级'],
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
  },

  {
    id: 'no-internal-processes',
    category: 'concept',
    page: 'cgroups',
    name: { en: 'no internal processes rule', 'zh-cn': '“无内部进程”规则' },
    aliases: {
      en: ['no internal process constraint', 'no-internal-process rule', 'internal processes', 'leaf cgroup'],
      'zh-cn': ['无内部进程约束', '无内部进程规则', '进程只能在叶子节点', '叶子 cgroup'],
    },
    summary: {
      en: 'The cgroup v2 rule that a non-root cgroup cannot both contain processes and distribute domain resources to child cgroups.',
      'zh-cn': 'cgroup v2 的一条规则：非根 cgroup 不能既包含进程，又向子 cgroup 分配域资源。',
    },
    description: {
      en: `Precisely stated, a non-root cgroup may not have member processes and, at the same time, domain controllers enabled in its \`cgroup.subtree_control\`. A controller therefore only ever finds processes in the leaves of the part of the tree it manages, and child cgroups never have to compete with processes of their parent, a situation v1 left ambiguous.

The rule does not stop a populated cgroup from having children, as long as no controller is enabled in it. To control how its resources are split, first create children and move all its processes into them, then enable controllers. cgroups(7) suggests a child called \`leaf\` for processes that would otherwise sit in an inner cgroup.

Two exceptions. The root cgroup is exempt: it holds processes and resource use that belong to no other cgroup, and each controller decides how to treat it. And inside a threaded subtree (thread mode, Linux 4.14), threaded controllers may be enabled in cgroups that contain threads. systemd follows the rule too: its slices never hold processes themselves.`,
      'zh-cn': `准确地说，非根 cgroup 不能在拥有成员进程的同时，在自己的 \`cgroup.subtree_control\` 中启用域控制器。这样，控制器在它所管理的那部分树中，只会在叶子节点上遇到进程，子 cgroup 也永远不必与父 cgroup 自己的进程竞争资源；而在 v1 中，这种情况如何处理并不明确。

只要没有启用任何控制器，这条规则并不妨碍一个有进程的 cgroup 拥有子 cgroup。若要控制它的资源如何分配，应先创建子 cgroup，把它的所有进程移进去，然后再启用控制器。cgroups(7) 建议为那些原本会留在内部 cgroup 中的进程建一个名为 \`leaf\` 的子 cgroup。

有两个例外。根 cgroup 不受此限：它容纳着不属于任何其他 cgroup 的进程和资源消耗，由各个控制器自行决定如何对待它。另外，在线程化子树中（线程模式，Linux 4.14 起），线程化控制器可以在含有线程的 cgroup 中启用。systemd 同样遵守这条规则：它的 slice 本身从不直接包含进程。`,
    },
    related: ['cgroup-v2', 'cgroup-subtree-control', 'cgroup-procs', 'cgroup-hierarchy', 'systemd-slice', 'cgroup-delegation'],
    sources: [CGROUP_V2, man('cgroups', 7), SYSTEMD_DELEGATION],
  },

  {
    id: 'cgroup-subtree-control',
    category: 'concept',
    page: 'cgroups',
    name: { en: 'cgroup.subtree_control', 'zh-cn': 'cgroup.subtree_control 文件' },
    aliases: {
      en: ['subtree_control', 'cgroup.controllers', 'enabling controllers', 'top-down constraint'],
      'zh-cn': ['启用控制器', '子树控制', '自上而下约束', 'cgroup.controllers'],
    },
    summary: {
      en: 'The cgroup v2 file that lists, and changes, which controllers distribute resources from a cgroup to its children.',
      'zh-cn': 'cgroup v2 中的一个文件，列出并修改哪些控制器负责把资源从某个 cgroup 分配给它的子 cgroup。',
    },
    description: {
      en: `Every v2 cgroup has two files for this. \`cgroup.controllers\` is read-only and lists the controllers available in the cgroup, which are the ones enabled in its parent's \`cgroup.subtree_control\`. \`cgroup.subtree_control\` starts out empty and lists the controllers enabled for the cgroup's children. To change it, write controller names prefixed with \`+\` (enable) or \`-\` (disable), e.g. \`echo '+pids -memory' > cgroup.subtree_control\`. All operations in one write succeed or fail together, and if a controller is named twice, the last one counts.

Enabling a controller creates its interface files, such as \`pids.max\`, in every child; disabling it removes them. So the files of a cgroup that do not start with \`cgroup.\` belong to its parent, which uses them to divide its resources.

Resources flow top-down. A controller can be enabled only if it is listed in \`cgroup.controllers\`; otherwise the write fails with \`ENOENT\`. A controller cannot be disabled while a child still has it enabled, and once a cgroup has disabled it, nothing below can enable it again. Domain controllers also obey the no-internal-processes rule. On systemd hosts, systemd writes these files itself: it enables a controller for a unit as soon as the unit has a setting for it, such as \`CPUWeight=\` for \`cpu\`.`,
      'zh-cn': `每个 v2 cgroup 都有两个相关文件。\`cgroup.controllers\` 是只读的，列出该 cgroup 中可用的控制器，也就是父 cgroup 在 \`cgroup.subtree_control\` 中启用的那些。\`cgroup.subtree_control\` 初始为空，列出为该 cgroup 的子 cgroup 启用的控制器。要修改它，写入带 \`+\`（启用）或 \`-\`（禁用）前缀的控制器名，例如 \`echo '+pids -memory' > cgroup.subtree_control\`。一次写入中的所有操作要么全部成功，要么全部失败；同一个控制器出现两次时，以最后一次为准。

启用某个控制器，会在每个子 cgroup 中创建它的接口文件，例如 \`pids.max\`；禁用则会删除这些文件。因此，一个 cgroup 中不以 \`cgroup.\` 开头的文件属于它的父 cgroup，父 cgroup 用它们来分配自己的资源。

资源自上而下流动。只有列在 \`cgroup.controllers\` 中的控制器才能启用，否则写入以 \`ENOENT\` 失败。只要还有子 cgroup 启用着某个控制器，就不能禁用它；而某个 cgroup 一旦禁用了某控制器，它下面的任何 cgroup 都无法再启用它。域控制器还要遵守“无内部进程”规则。在使用 systemd 的主机上，这些文件由 systemd 自己写入：只要某个单元有针对某控制器的设置（例如针对 \`cpu\` 的 \`CPUWeight=\`），systemd 就为它启用该控制器。`,
    },
    related: [
      'cgroup-v2',
      'no-internal-processes',
      'cgroup-delegation',
      'cgroup-hierarchy',
      'cgroup-perf-event',
      'cgroup-memory',
      'cgroup-pids',
    ],
    sources: [CGROUP_V2, man('cgroups', 7), systemdMan('systemd.resource-control', 5)],
  },

  {
    id: 'cgroup-procs',
    category: 'concept',
    page: 'cgroups',
    name: { en: 'cgroup.procs', 'zh-cn': 'cgroup.procs 文件' },
    aliases: {
      en: ['cgroup.procs', 'tasks file', 'cgroup.threads', 'moving a process to a cgroup', 'cgroup migration'],
      'zh-cn': ['进程迁移', '把进程移入 cgroup', 'tasks 文件', 'cgroup 成员'],
    },
    summary: {
      en: 'The file in every cgroup that lists its member processes; writing a PID to it moves that whole process into the cgroup.',
      'zh-cn': '每个 cgroup 中都有的文件，列出其成员进程；向它写入 PID，就会把整个进程移入该 cgroup。',
    },
    description: {
      en: `Reading \`cgroup.procs\` gives the PIDs of the cgroup's processes, one per line, in no particular order; a PID can even appear twice if the process was moved away and back, or the PID was reused, during the read. Writing a PID moves that process, with all its threads, into the cgroup and out of its old cgroup in the same hierarchy. Write one PID per \`write(2)\`; writing \`0\` moves the writing process itself. Zombie processes are not listed and cannot be moved.

In v1 each cgroup also has a \`tasks\` file, which lists thread IDs; writing a thread ID there moves just that thread. v2 removed \`tasks\`. Its \`cgroup.threads\` file lists thread IDs too, but single threads can be moved only between cgroups of the same threaded subtree (elsewhere the write fails with \`EOPNOTSUPP\`), and reading \`cgroup.procs\` in a threaded cgroup fails with \`EOPNOTSUPP\`.

In v2 a writer without root privileges needs write access to the destination's \`cgroup.procs\` and to the \`cgroup.procs\` of the nearest common ancestor of the source and destination cgroups. This is what keeps a delegated subtree contained. A new process can also start in another v2 cgroup directly, with \`clone3()\` and \`CLONE_INTO_CGROUP\`.`,
      'zh-cn': `读取 \`cgroup.procs\` 会得到该 cgroup 中进程的 PID，每行一个，没有特定顺序；如果读取期间进程被移出又移回，或者 PID 被重新使用，同一个 PID 甚至可能出现两次。写入一个 PID，会把该进程连同它的所有线程移入这个 cgroup，并移出它在同一层级中原来所在的 cgroup。每次 \`write(2)\` 只写一个 PID；写入 \`0\` 则移动执行写入的进程自己。僵尸进程不会被列出，也无法移动。

在 v1 中，每个 cgroup 还有一个 \`tasks\` 文件，列出的是线程 ID；向其中写入线程 ID 只会移动那一个线程。v2 删除了 \`tasks\`。v2 的 \`cgroup.threads\` 文件同样列出线程 ID，但单个线程只能在同一个线程化子树内的 cgroup 之间移动（在其他地方写入会以 \`EOPNOTSUPP\` 失败）；在线程化 cgroup 中读取 \`cgroup.procs\` 也会以 \`EOPNOTSUPP\` 失败。

在 v2 中，没有 root 权限的写入者必须对目标 cgroup 的 \`cgroup.procs\` 有写权限，还必须对源 cgroup 与目标 cgroup 最近的共同祖先的 \`cgroup.procs\` 有写权限。正是这一点保证了被委派的子树不会越界。新进程也可以用 \`clone3()\` 加 \`CLONE_INTO_CGROUP\` 直接在另一个 v2 cgroup 中启动。`,
    },
    related: ['cgroup', 'cgroup-delegation', 'cgroup-v1', 'cgroup-v2', 'clone-into-cgroup', 'no-internal-processes'],
    sources: [man('cgroups', 7), CGROUP_V2],
  },

  {
    id: 'cgroup-delegation',
    category: 'concept',
    page: 'cgroups',
    name: { en: 'cgroup delegation', 'zh-cn': 'cgroup 委派' },
    aliases: {
      en: ['delegation', 'delegated subtree', 'nsdelegate', '/sys/kernel/cgroup/delegate', 'Delegate='],
      'zh-cn': ['委派', '委托', 'cgroup 委托', '子树委派'],
    },
    summary: {
      en: 'Handing a subtree of the cgroup hierarchy to a less privileged user or to a cgroup namespace, which may then manage it without escaping the limits set above it.',
      'zh-cn': '把 cgroup 层级中的一棵子树交给权限较低的用户或某个 cgroup 命名空间管理；对方可以自行管理它，但无法越过上层设定的限制。',
    },
    description: {
      en: `cgroup v2 supports two kinds of delegation. In the first, a privileged user gives the delegatee write access, typically by \`chown\`, to the subtree's directory and to its \`cgroup.procs\`, \`cgroup.threads\` and \`cgroup.subtree_control\` files, but not to controller files such as \`memory.high\` or \`pids.max\` in that directory, because those divide the parent's resources. In the second, with the \`nsdelegate\` mount option, every cgroup namespace becomes a delegation boundary automatically: from inside, writes to the files of the namespace root are refused except for those listed in \`/sys/kernel/cgroup/delegate\`, and moving processes across the boundary fails with \`ENOENT\`. \`nsdelegate\` is system-wide and takes effect only when set from the initial mount namespace.

Containment rules keep the delegatee inside its subtree: a non-root writer must be able to write both the destination's \`cgroup.procs\` and that of the nearest common ancestor of source and destination, otherwise the move fails with \`EACCES\`. So the delegatee can move processes around inside its subtree but cannot pull any in or push any out, and the delegater has to place the first process. v1 does not check the common ancestor, so its containment is weaker; for that reason systemd grants delegated controllers to unprivileged services only on the unified hierarchy.

\`/sys/kernel/cgroup/delegate\` (since Linux 4.15) lists the files a delegater should hand over; on the Linux 6.18 test host it contained \`cgroup.procs\`, \`cgroup.threads\`, \`cgroup.subtree_control\`, \`memory.oom.group\` and \`memory.reclaim\`. In systemd, \`Delegate=yes\` on a service or scope, never on a slice, gives the unit's processes their own subtree that systemd leaves alone.`,
      'zh-cn': `cgroup v2 支持两种委派方式。第一种：特权用户把子树目录及其中的 \`cgroup.procs\`、\`cgroup.threads\`、\`cgroup.subtree_control\` 文件的写权限交给被委派者（通常用 \`chown\`），但不交出该目录中 \`memory.high\`、\`pids.max\` 这类控制器文件，因为它们分配的是父 cgroup 的资源。第二种：使用挂载选项 \`nsdelegate\` 后，每个 cgroup 命名空间都会自动成为委派边界：在命名空间内部，除了列在 \`/sys/kernel/cgroup/delegate\` 中的文件外，对命名空间根目录中文件的写入都会被拒绝；跨越边界迁移进程会以 \`ENOENT\` 失败。\`nsdelegate\` 作用于整个系统，只有在初始挂载命名空间中设置才会生效。

约束规则把被委派者限制在自己的子树之内：非 root 写入者必须同时对目标 cgroup 的 \`cgroup.procs\` 以及源与目标最近共同祖先的 \`cgroup.procs\` 有写权限，否则迁移以 \`EACCES\` 失败。因此，被委派者可以在子树内部随意移动进程，却无法把外面的进程拉进来，也无法把里面的进程推出去；第一个进程必须由委派者放进去。v1 不检查共同祖先，约束较弱；正因如此，systemd 只在统一层级上把委派的控制器交给非特权服务。

\`/sys/kernel/cgroup/delegate\`（Linux 4.15 起）列出委派者应当交出的文件；在 Linux 6.18 测试主机上，它包含 \`cgroup.procs\`、\`cgroup.threads\`、\`cgroup.subtree_control\`、\`memory.oom.group\` 和 \`memory.reclaim\`。在 systemd 中，给 service 或 scope（绝不能是 slice）设置 \`Delegate=yes\`，该单元的进程就会得到一棵属于自己、systemd 不再插手的子树。`,
    },
    related: [
      'cgroup-v2',
      'cgroup-procs',
      'cgroup-subtree-control',
      'cgroup-namespace',
      'clone-newcgroup',
      'systemd-scope',
      'no-internal-processes',
    ],
    sources: [CGROUP_V2, man('cgroups', 7), systemdMan('systemd.resource-control', 5), SYSTEMD_DELEGATION],
  },

  {
    id: 'systemd-slice',
    category: 'concept',
    page: 'cgroups',
    name: { en: 'systemd slice', 'zh-cn': 'systemd slice（切片）' },
    aliases: {
      en: ['slice', 'slice unit', '.slice', 'system.slice', 'user.slice', 'machine.slice', '-.slice', 'systemd-cgls'],
      'zh-cn': ['切片', 'slice 单元', 'systemd 切片'],
    },
    summary: {
      en: 'A systemd unit that is an inner node of the cgroup tree: it groups services, scopes and other slices, and its resource settings apply to everything inside.',
      'zh-cn': '一种 systemd 单元，是 cgroup 树中的内部节点：它把 service、scope 和其他 slice 归为一组，其资源设置作用于其中的一切。',
    },
    description: {
      en: `systemd builds its part of the cgroup tree out of units. A **slice** is a node that groups other units, and the resource settings of systemd.resource-control(5) placed on it limit all processes of all units inside it. Slices hold no processes themselves: they are the trunk and branches of the tree, and services and scopes hang from them as leaves.

A slice's name is its position in the tree, as a dash-separated path from the root slice \`-.slice\`: \`foo-bar.slice\` lives inside \`foo.slice\` and maps to the cgroup \`/foo.slice/foo-bar.slice/\`, and a service \`quux.service\` placed in it to \`/foo.slice/foo-bar.slice/quux.service/\`. By default, services and scopes go to \`system.slice\`, user sessions to \`user.slice\`, and virtual machines and containers registered with systemd-machined to \`machine.slice\`.

\`systemd-cgls\` prints this tree with the processes in each cgroup (empty ones are hidden unless you pass \`--all\`), and \`systemd-run --slice=NAME\` starts a command in a chosen slice. Slice units cannot be templated, and delegation is not available on slices.`,
      'zh-cn': `systemd 用“单元”来构建它所管理的那部分 cgroup 树。**slice** 是把其他单元归为一组的节点；在 slice 上设置的 systemd.resource-control(5) 资源选项，会约束其中所有单元的所有进程。slice 本身不包含进程：它们是树的主干和枝条，service 和 scope 则作为叶子挂在上面。

slice 的名称就是它在树中的位置，即从根 slice \`-.slice\` 出发、用短横线分隔的路径：\`foo-bar.slice\` 位于 \`foo.slice\` 之中，对应 cgroup \`/foo.slice/foo-bar.slice/\`；放在其中的服务 \`quux.service\` 则对应 \`/foo.slice/foo-bar.slice/quux.service/\`。默认情况下，service 和 scope 放在 \`system.slice\` 中，用户会话放在 \`user.slice\` 中，向 systemd-machined 注册的虚拟机和容器放在 \`machine.slice\` 中。

\`systemd-cgls\` 会打印这棵树以及每个 cgroup 中的进程（除非加上 \`--all\`，否则不显示空的 cgroup）；\`systemd-run --slice=名称\` 则把命令放到指定的 slice 中运行。slice 单元不能做成模板，也不能启用委派。`,
    },
    related: ['systemd-scope', 'cgroup-hierarchy', 'no-internal-processes', 'cgroup-delegation', 'cgroup-v2'],
    sources: [
      systemdMan('systemd.slice', 5),
      systemdMan('systemd.resource-control', 5),
      systemdMan('systemd-cgls', 1),
      systemdMan('systemd-run', 1),
      SYSTEMD_DELEGATION,
    ],
  },

  {
    id: 'systemd-scope',
    category: 'concept',
    page: 'cgroups',
    name: { en: 'systemd scope', 'zh-cn': 'systemd scope（作用域）' },
    aliases: {
      en: ['scope', 'scope unit', '.scope', 'transient scope', 'systemd-run --scope'],
      'zh-cn': ['作用域', 'scope 单元', '临时 scope', 'systemd 作用域'],
    },
    summary: {
      en: 'A systemd unit, created only at run time, that puts processes started by some other program into a cgroup of their own.',
      'zh-cn': '一种只在运行时创建的 systemd 单元，把由其他程序启动的进程放进它们自己的 cgroup。',
    },
    description: {
      en: `systemd has two kinds of leaf units. The processes of a **service** are started by systemd itself. A **scope** wraps processes that some other program has already forked, such as a login manager, a container manager or a shell; that program asks systemd over D-Bus to manage them as a unit. Scopes therefore have no unit files: they are always created programmatically, as transient units, and are placed in a slice like services are.

A scope has no main process. It lives as long as at least one process is in it, and the exit status of its processes does not make it fail, although running out of resources or hitting a stop timeout can.

From a shell, \`systemd-run --scope\` runs a command in a new scope, with \`systemd-run\` itself as the parent process, and returns when the command finishes. \`-p\` (\`--property=\`) sets resource properties on it: \`systemd-run --scope -p MemoryMax=500M COMMAND\` sets \`memory.max\` of the new scope's cgroup on the unified hierarchy. With \`Delegate=yes\` a scope's processes may also manage their own cgroup subtree, which is one way container managers integrate with systemd.`,
      'zh-cn': `systemd 有两种叶子单元。**service** 的进程由 systemd 自己启动；**scope** 包装的则是其他程序（例如登录管理器、容器管理器或 shell）已经 fork 出来的进程，由该程序通过 D-Bus 请求 systemd 把它们作为一个单元来管理。因此 scope 没有单元文件：它们总是以编程方式创建，是临时单元，并像 service 一样被放在某个 slice 中。

scope 没有主进程。只要其中至少还有一个进程，它就继续存在；其中进程的退出状态不会让它进入失败状态，不过资源耗尽或停止超时仍然可能导致失败。

在 shell 中，\`systemd-run --scope\` 会在一个新 scope 中运行命令，由 \`systemd-run\` 自己充当父进程，命令结束后才返回。\`-p\`（\`--property=\`）可以为它设置资源属性：\`systemd-run --scope -p MemoryMax=500M 命令\` 会在统一层级上设置新 scope 所在 cgroup 的 \`memory.max\`。设置 \`Delegate=yes\` 后，scope 中的进程还可以管理自己的一棵 cgroup 子树，这是容器管理器与 systemd 集成的一种方式。`,
    },
    related: ['systemd-slice', 'cgroup-delegation', 'cgroup-memory', 'cgroup-procs', 'cgroup-v2'],
    sources: [
      systemdMan('systemd.scope', 5),
      systemdMan('systemd-run', 1),
      systemdMan('systemd.resource-control', 5),
      SYSTEMD_DELEGATION,
    ],
  },

  {
    id: 'cgroup-freeze',
    category: 'concept',
    page: 'cgroups',
    name: { en: 'cgroup.freeze', 'zh-cn': 'cgroup.freeze 文件' },
    aliases: {
      en: ['cgroup.freeze', 'cgroup v2 freezer', 'freezing a cgroup', 'cgroup.kill', 'frozen'],
      'zh-cn': ['冻结 cgroup', 'cgroup 冻结', 'cgroup v2 冻结器', '杀死整个 cgroup'],
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
  },
];
