import type { TermInput } from '../../schema/term.ts';
import { man } from '../../sources/namespaces.ts';

export default {
  id: 'unshare-command',
  category: 'command',
  page: 'namespaces',
  name: { en: 'unshare(1)', 'zh-cn': 'unshare 命令' },
  aliases: {
    en: ['unshare', 'unshare(1)', 'unshare command', 'util-linux unshare'],
    'zh-cn': ['unshare 命令', 'unshare(1)', 'unshare'],
  },
  summary: {
    en: 'A util-linux command that creates new namespaces and runs a program in them.',
    'zh-cn': 'util-linux 中的命令，用于创建新的命名空间并在其中运行程序。',
  },
  description: {
    en: `\`unshare\` creates the namespaces named by its options and then runs a program (by default \`$SHELL\`): \`--mount\` (\`-m\`), \`--uts\` (\`-u\`), \`--ipc\` (\`-i\`), \`--net\` (\`-n\`), \`--pid\` (\`-p\`), \`--user\` (\`-U\`), \`--cgroup\` (\`-C\`) and \`--time\` (\`-T\`).

Helpers cover the usual traps. \`--fork\` (\`-f\`) runs the program as a child, which a new PID namespace needs so that the program becomes PID 1; \`--mount-proc\` mounts a matching \`/proc\` (and implies a new mount namespace); \`--kill-child\` kills the child when \`unshare\` dies. \`--map-root-user\` (\`-r\`), \`--map-user\`, \`--map-users\`, \`--map-auto\` and \`--setgroups\` set up user namespace mappings. \`--propagation\` sets mount propagation in a new mount namespace; the default since util-linux 2.27 is \`private\`. \`--monotonic\` and \`--boottime\` set time namespace offsets.

Each namespace option accepts \`=FILE\`: the namespace is then bind-mounted onto \`FILE\` and survives the program, so \`nsenter\` can enter it later; \`umount FILE\` removes it. A persistent PID namespace also needs \`--fork\`. Since util-linux 2.36, persistent PID and time namespaces use \`pid_for_children\` and \`time_for_children\`, which needs Linux 4.17 or later.`,
    'zh-cn': `\`unshare\` 先创建选项指定的命名空间，然后运行一个程序（默认是 \`$SHELL\`）：\`--mount\`（\`-m\`）、\`--uts\`（\`-u\`）、\`--ipc\`（\`-i\`）、\`--net\`（\`-n\`）、\`--pid\`（\`-p\`）、\`--user\`（\`-U\`）、\`--cgroup\`（\`-C\`）和 \`--time\`（\`-T\`）。

另有一些辅助选项用来避开常见的坑。\`--fork\`（\`-f\`）让程序作为子进程运行，新 PID 命名空间需要这样做，程序才能成为 PID 1；\`--mount-proc\` 挂载一个与之匹配的 \`/proc\`（并隐含创建新的挂载命名空间）；\`--kill-child\` 在 \`unshare\` 结束时杀掉子进程。\`--map-root-user\`（\`-r\`）、\`--map-user\`、\`--map-users\`、\`--map-auto\` 和 \`--setgroups\` 用于设置用户命名空间的映射。\`--propagation\` 设置新挂载命名空间中的挂载传播类型，自 util-linux 2.27 起默认为 \`private\`。\`--monotonic\` 和 \`--boottime\` 设置时间命名空间的偏移量。

每个命名空间选项都可以写成 \`=FILE\` 的形式：命名空间会被绑定挂载到 \`FILE\` 上，在程序退出后依然存在，之后可以用 \`nsenter\` 进入，\`umount FILE\` 即可删除。持久化 PID 命名空间时还必须加 \`--fork\`。从 util-linux 2.36 起，持久化的 PID 和时间命名空间借助 \`pid_for_children\`、\`time_for_children\` 实现，需要 Linux 4.17 或更高版本。`,
  },
  related: ['unshare-syscall', 'nsenter', 'lsns', 'proc-pid-ns', 'namespace', 'pid-namespace', 'user-namespace'],
  sources: [man('unshare', 1), man('mount_namespaces', 7), man('namespaces', 7)],
} satisfies TermInput;
