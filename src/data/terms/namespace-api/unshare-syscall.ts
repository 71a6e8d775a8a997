import type { TermInput } from '../../schema/term.ts';
import { man } from '../../sources/namespaces.ts';

export default {
  id: 'unshare-syscall',
  category: 'syscall',
  page: 'namespaces',
  name: { en: 'unshare()', 'zh-cn': 'unshare()' },
  aliases: {
    en: ['unshare', 'unshare(2)', 'unshare system call'],
    'zh-cn': ['unshare 系统调用', 'unshare() 系统调用', 'unshare', 'unshare(2)'],
  },
  summary: {
    en: 'Moves the calling process into new namespaces (and stops sharing some other attributes) without creating a new process.',
    'zh-cn': '不创建新进程，而是把调用进程移入新的命名空间（并解除某些其他属性的共享）。',
  },
  description: {
    en: `\`unshare()\`, added in Linux 2.6.16, undoes sharing for the calling process. With \`CLONE_NEW*\` flags it creates new namespaces and makes the caller a member of them; other flags such as \`CLONE_FILES\`, \`CLONE_FS\` and \`CLONE_SYSVSEM\` give it private copies of attributes it shared with other processes.

Two kinds are different: with \`CLONE_NEWPID\` and \`CLONE_NEWTIME\` the caller is **not** moved; only the children it creates afterwards enter the new namespace, and the first child of a new PID namespace becomes its PID 1. \`/proc/[pid]/ns/pid_for_children\` and \`time_for_children\` show this pending namespace. A process may use \`CLONE_NEWPID\` only once.

Some flags imply others: \`CLONE_NEWNS\` implies \`CLONE_FS\`, \`CLONE_NEWIPC\` implies \`CLONE_SYSVSEM\`, \`CLONE_NEWPID\` implies \`CLONE_THREAD\`, and \`CLONE_NEWUSER\` implies \`CLONE_THREAD\` and, since Linux 3.9, \`CLONE_FS\`, so the caller must be single-threaded. All namespaces except user namespaces need \`CAP_SYS_ADMIN\`, but combined with \`CLONE_NEWUSER\` in the same call they need no privilege in the original namespace.`,
    'zh-cn': `\`unshare()\` 于 Linux 2.6.16 加入，用于让调用进程不再共享某些东西。带 \`CLONE_NEW*\` 标志时，它创建新的命名空间并让调用者成为其成员；\`CLONE_FILES\`、\`CLONE_FS\`、\`CLONE_SYSVSEM\` 等其他标志则让调用者获得原本与其他进程共享的属性的私有副本。

有两类命名空间例外：使用 \`CLONE_NEWPID\` 和 \`CLONE_NEWTIME\` 时，调用者本身**不会**被移入；只有它之后创建的子进程才进入新命名空间，新 PID 命名空间中的第一个子进程成为 PID 1。\`/proc/[pid]/ns/pid_for_children\` 和 \`time_for_children\` 会显示这个“待进入”的命名空间。一个进程只能使用一次 \`CLONE_NEWPID\`。

有些标志隐含其他标志：\`CLONE_NEWNS\` 隐含 \`CLONE_FS\`，\`CLONE_NEWIPC\` 隐含 \`CLONE_SYSVSEM\`，\`CLONE_NEWPID\` 隐含 \`CLONE_THREAD\`，\`CLONE_NEWUSER\` 隐含 \`CLONE_THREAD\`，并且从 Linux 3.9 起还隐含 \`CLONE_FS\`，所以调用者必须是单线程的。除用户命名空间外，创建其他命名空间都需要 \`CAP_SYS_ADMIN\`；但若在同一次调用中同时指定 \`CLONE_NEWUSER\`，就不需要原命名空间中的任何特权。`,
  },
  related: ['clone', 'clone3', 'setns', 'unshare-command', 'namespace', 'pid-namespace', 'time-namespace', 'user-namespace'],
  sources: [man('unshare', 2), man('pid_namespaces', 7), man('time_namespaces', 7), man('namespaces', 7)],
} satisfies TermInput;
