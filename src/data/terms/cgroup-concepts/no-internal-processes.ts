import type { TermInput } from '../../schema/term.ts';
import { CGROUP_V2, SYSTEMD_DELEGATION, man } from '../../sources/cgroups.ts';

export default {
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
} satisfies TermInput;
