import type { TermInput } from '../../schema/term.ts';
import { CGROUP_V2, man, systemdMan } from '../../sources/cgroups.ts';

export default {
  id: 'cgroup-subtree-control',
  category: 'concept',
  page: 'cgroups',
  name: { en: 'cgroup.subtree_control', 'zh-cn': 'cgroup.subtree_control 文件' },
  aliases: {
    en: ['subtree_control', 'cgroup.controllers', 'enabling controllers', 'top-down constraint'],
    'zh-cn': ['启用控制器', '子树控制', '自上而下约束', 'cgroup.controllers', 'subtree_control'],
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
} satisfies TermInput;
