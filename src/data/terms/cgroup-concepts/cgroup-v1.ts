import type { TermInput } from '../../schema/term.ts';
import { CGROUP_V1, CGROUP_V2, man } from '../../sources/cgroups.ts';

export default {
  id: 'cgroup-v1',
  category: 'concept',
  page: 'cgroups',
  name: { en: 'cgroup v1', 'zh-cn': 'cgroup v1' },
  aliases: {
    en: ['cgroups v1', 'cgroup version 1', 'cgroup1', 'legacy hierarchy', 'legacy cgroups'],
    'zh-cn': ['cgroup 第一版', '控制组 v1', '旧版 cgroup', '传统层级', 'cgroup1'],
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
} satisfies TermInput;
