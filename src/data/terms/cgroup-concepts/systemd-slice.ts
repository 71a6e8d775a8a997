import type { TermInput } from '../../schema/term.ts';
import { SYSTEMD_DELEGATION, systemdMan } from '../../sources/cgroups.ts';

export default {
  id: 'systemd-slice',
  category: 'concept',
  page: 'cgroups',
  name: { en: 'systemd slice', 'zh-cn': 'systemd slice（切片）' },
  aliases: {
    en: ['slice', 'slice unit', '.slice', 'system.slice', 'user.slice', 'machine.slice', '-.slice', 'systemd-cgls'],
    'zh-cn': ['切片', 'slice 单元', 'systemd 切片', '.slice', 'system.slice', 'user.slice', 'machine.slice', '-.slice', 'systemd-cgls'],
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
} satisfies TermInput;
