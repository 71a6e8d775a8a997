import type { TermInput } from '../../schema/term.ts';
import { CGROUP_V2, SYSTEMD_DELEGATION, man, systemdMan } from '../../sources/cgroups.ts';

export default {
  id: 'cgroup-delegation',
  category: 'concept',
  page: 'cgroups',
  name: { en: 'cgroup delegation', 'zh-cn': 'cgroup 委派' },
  aliases: {
    en: ['delegation', 'delegated subtree', 'nsdelegate', '/sys/kernel/cgroup/delegate', 'Delegate='],
    'zh-cn': ['委派', '委托', 'cgroup 委托', '子树委派', 'nsdelegate', '/sys/kernel/cgroup/delegate', 'Delegate='],
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
} satisfies TermInput;
