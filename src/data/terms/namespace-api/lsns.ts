import type { TermInput } from '../../schema/term.ts';
import { man } from '../../sources/namespaces.ts';

export default {
  id: 'lsns',
  category: 'command',
  page: 'namespaces',
  name: { en: 'lsns(8)', 'zh-cn': 'lsns 命令' },
  aliases: {
    en: ['lsns', 'lsns(8)', 'list namespaces', 'util-linux lsns'],
    'zh-cn': ['lsns 命令', 'lsns(8)', '列出命名空间', 'lsns'],
  },
  summary: {
    en: 'A util-linux command that lists namespaces with their inode numbers and the processes in them.',
    'zh-cn': 'util-linux 中的命令，列出各个命名空间及其 inode 编号和其中的进程。',
  },
  description: {
    en: `\`lsns\` prints one line per namespace it finds through \`/proc\`: the namespace identifier (\`NS\`, the inode number that \`readlink /proc/[pid]/ns/*\` shows), \`TYPE\`, the number of processes (\`NPROCS\`), the lowest PID in it with its \`USER\` and \`COMMAND\`.

\`-t TYPE\` limits the list to one kind (\`mnt\`, \`net\`, \`ipc\`, \`user\`, \`pid\`, \`uts\`, \`cgroup\`, \`time\`); \`-p PID\` shows the namespaces of one process; \`-o\` picks columns, among them \`NETNSID\`, \`NSFS\` (where a namespace is bind-mounted), \`PNS\` (parent namespace) and \`ONS\` (owner namespace); \`-T\` prints a tree by \`parent\`, \`owner\` or \`process\`; \`-J\` prints JSON.

\`lsns\` can only report what the permission checks on \`/proc/[pid]/ns/\` let it read; processes whose links it may not read are left out.`,
    'zh-cn': `\`lsns\` 通过 \`/proc\` 查找命名空间，每个命名空间输出一行：命名空间标识（\`NS\`，即 \`readlink /proc/[pid]/ns/*\` 显示的 inode 编号）、\`TYPE\`、进程数（\`NPROCS\`），以及其中最小的 PID 及其 \`USER\` 和 \`COMMAND\`。

\`-t TYPE\` 只列出某一类命名空间（\`mnt\`、\`net\`、\`ipc\`、\`user\`、\`pid\`、\`uts\`、\`cgroup\`、\`time\`）；\`-p PID\` 显示某个进程的命名空间；\`-o\` 选择输出列，其中包括 \`NETNSID\`、\`NSFS\`（命名空间被绑定挂载的位置）、\`PNS\`（父命名空间）和 \`ONS\`（所属命名空间）；\`-T\` 按 \`parent\`、\`owner\` 或 \`process\` 输出树形结构；\`-J\` 输出 JSON。

\`lsns\` 只能报告 \`/proc/[pid]/ns/\` 的权限检查允许它读取的内容；无权读取其链接的进程不会出现在结果中。`,
  },
  related: ['proc-pid-ns', 'nsenter', 'unshare-command', 'namespace'],
  sources: [man('lsns', 8), man('namespaces', 7)],
} satisfies TermInput;
