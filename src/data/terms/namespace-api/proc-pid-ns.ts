import type { TermInput } from '../../schema/term.ts';
import { man } from '../../sources/namespaces.ts';

export default {
  id: 'proc-pid-ns',
  category: 'concept',
  page: 'namespaces',
  name: { en: '/proc/[pid]/ns/', 'zh-cn': '/proc/[pid]/ns/ 目录' },
  aliases: {
    en: ['/proc/[pid]/ns', '/proc/self/ns', '/proc/PID/ns', 'namespace handle', 'namespace file', 'nsfs'],
    'zh-cn': ['/proc/[pid]/ns', '命名空间句柄', '命名空间文件', '命名空间链接', '/proc/self/ns', '/proc/PID/ns', 'nsfs'],
  },
  summary: {
    en: 'The per-process directory of namespace handles: one symbolic link per namespace, such as `/proc/[pid]/ns/net`.',
    'zh-cn': '每个进程都有的命名空间句柄目录：每种命名空间一个符号链接，例如 `/proc/[pid]/ns/net`。',
  },
  description: {
    en: `Every process has a \`/proc/[pid]/ns/\` directory with one entry per namespace it belongs to: \`cgroup\`, \`ipc\`, \`mnt\`, \`net\`, \`pid\`, \`time\`, \`user\` and \`uts\`, plus \`pid_for_children\` (since Linux 4.12) and \`time_for_children\` (since 5.6), which show the PID and time namespaces the process's future children will join. Since Linux 3.8 the entries are symbolic links (up to 3.7 they were hard links); \`readlink\` prints the type and an inode number, e.g. \`uts:[4026531838]\`.

Two processes are in the same namespace exactly when their links have the same device ID and inode number, which a program can check with \`stat(2)\` (\`st_dev\`, \`st_ino\`). The inode number is also the NS column of \`lsns\`.

Opening a link gives a file descriptor for the namespace; pass it to \`setns(2)\` to join. As long as the descriptor is open, or the link is bind-mounted onto a file elsewhere (what \`unshare --net=FILE\` and friends do), the namespace stays alive even with no processes left in it; \`umount\` the file to let it go. Reading the links is subject to a ptrace access check (\`PTRACE_MODE_READ_FSCREDS\`), so another user's links may be unreadable. \`pid_for_children\` reads as empty until the first child exists in the new PID namespace.`,
    'zh-cn': `每个进程都有一个 \`/proc/[pid]/ns/\` 目录，其中为它所属的每个命名空间准备一项：\`cgroup\`、\`ipc\`、\`mnt\`、\`net\`、\`pid\`、\`time\`、\`user\`、\`uts\`，另外还有 \`pid_for_children\`（Linux 4.12 起）和 \`time_for_children\`（5.6 起），表示该进程今后创建的子进程将加入的 PID 命名空间和时间命名空间。从 Linux 3.8 起这些条目是符号链接（3.7 及以前是硬链接）；\`readlink\` 会输出类型和 inode 编号，例如 \`uts:[4026531838]\`。

两个进程位于同一命名空间，当且仅当它们对应链接的设备号和 inode 编号都相同，程序可以用 \`stat(2)\`（\`st_dev\`、\`st_ino\`）来判断。这个 inode 编号也就是 \`lsns\` 输出中的 NS 列。

打开链接会得到一个指向该命名空间的文件描述符，把它交给 \`setns(2)\` 即可加入。只要描述符保持打开，或者链接被绑定挂载到别处的某个文件上（\`unshare --net=FILE\` 等选项就是这样做的），即使命名空间里已经没有进程，它也会继续存在；对该文件执行 \`umount\` 即可释放。读取这些链接要通过 ptrace 访问检查（\`PTRACE_MODE_READ_FSCREDS\`），因此其他用户的链接可能无法读取。在新 PID 命名空间中出现第一个子进程之前，\`pid_for_children\` 读出来是空的。`,
  },
  related: ['namespace', 'setns', 'nsenter', 'lsns', 'unshare-command', 'pid-namespace', 'time-namespace'],
  sources: [man('namespaces', 7), man('setns', 2), man('pid_namespaces', 7), man('unshare', 1)],
} satisfies TermInput;
