import type { TermInput } from '../../schema/term.ts';
import { man } from '../../sources/namespaces.ts';

export default {
  id: 'setns',
  category: 'syscall',
  page: 'namespaces',
  name: { en: 'setns()', 'zh-cn': 'setns()' },
  aliases: {
    en: ['setns', 'setns(2)', 'join a namespace'],
    'zh-cn': ['setns 系统调用', '加入命名空间', 'setns', 'setns(2)'],
  },
  summary: {
    en: 'Moves the calling thread into an existing namespace, given as a file descriptor.',
    'zh-cn': '把调用线程移入一个已存在的命名空间，该命名空间以文件描述符指定。',
  },
  description: {
    en: `\`setns()\` appeared in Linux 3.0 (glibc 2.14). Its first argument is a file descriptor opened on a \`/proc/[pid]/ns/\` link or on a bind mount of one; the second, \`nstype\`, is 0 to accept any kind, or a \`CLONE_NEW*\` constant to insist on one kind, which is useful when the descriptor came from another process. Each such call changes one namespace membership.

Since Linux 5.8 the descriptor may instead be a PID file descriptor (\`pidfd_open(2)\`). Then \`nstype\` is a mask of several \`CLONE_NEW*\` flags, and the thread joins all those namespaces of the target process in one atomic step.

Rules differ by kind. Joining a PID namespace (only the caller's own or a descendant) changes where the caller's future children go, not the caller itself. Joining a user namespace needs \`CAP_SYS_ADMIN\` in it, grants all capabilities there, cannot re-enter the current one, and is refused to multithreaded processes. Joining a mount namespace needs \`CAP_SYS_CHROOT\` and \`CAP_SYS_ADMIN\`. The other kinds need \`CAP_SYS_ADMIN\` in the caller's own user namespace and in the one that owns the target.`,
    'zh-cn': `\`setns()\` 出现于 Linux 3.0（glibc 2.14）。第一个参数是在 \`/proc/[pid]/ns/\` 链接（或其绑定挂载）上打开的文件描述符；第二个参数 \`nstype\` 为 0 表示接受任意类型，或者取某个 \`CLONE_NEW*\` 常量来限定类型，当描述符来自其他进程时这很有用。这种调用每次只改变一个命名空间的成员关系。

从 Linux 5.8 起，描述符也可以是 PID 文件描述符（\`pidfd_open(2)\`）。此时 \`nstype\` 是若干 \`CLONE_NEW*\` 标志的组合，线程会以一次原子操作加入目标进程的所有这些命名空间。

不同类型的规则不同。加入 PID 命名空间（只能是调用者当前的或其后代）改变的是调用者今后子进程的去处，而不是调用者自己。加入用户命名空间需要在其中拥有 \`CAP_SYS_ADMIN\`，加入后获得其中的全部能力（capability），不能重新进入当前所在的用户命名空间，多线程进程也不允许这样做。加入挂载命名空间需要 \`CAP_SYS_CHROOT\` 和 \`CAP_SYS_ADMIN\`。其他类型则需要在调用者自己的用户命名空间以及拥有目标命名空间的用户命名空间中都具有 \`CAP_SYS_ADMIN\`。`,
  },
  related: ['proc-pid-ns', 'nsenter', 'unshare-syscall', 'clone', 'namespace', 'pid-namespace', 'user-namespace'],
  sources: [man('setns', 2), man('namespaces', 7), man('pid_namespaces', 7), man('user_namespaces', 7)],
} satisfies TermInput;
