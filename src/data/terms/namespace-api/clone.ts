import type { TermInput } from '../../schema/term.ts';
import { SCHED_H, man } from '../../sources/namespaces.ts';

export default {
  id: 'clone',
  category: 'syscall',
  page: 'namespaces',
  name: { en: 'clone()', 'zh-cn': 'clone()' },
  aliases: {
    en: ['clone', 'clone(2)', 'sys_clone'],
    'zh-cn': ['clone 系统调用', '克隆进程', 'clone', 'clone(2)', 'sys_clone'],
  },
  summary: {
    en: 'Creates a child process and, with `CLONE_NEW*` flags, creates new namespaces and puts the child in them.',
    'zh-cn': '创建子进程；若带有 `CLONE_NEW*` 标志，则同时创建新的命名空间并让子进程加入其中。',
  },
  description: {
    en: `\`clone()\` is the flexible relative of \`fork(2)\`: its flags decide which parts of the execution context (memory, file descriptor table, signal handlers and more) the child shares with the caller. Each \`CLONE_NEW*\` flag asks the kernel for a new namespace of that kind with the child as its first member; the caller stays in its own namespaces.

The glibc wrapper runs the child in a function \`fn(arg)\` on a stack the caller provides, while the raw system call continues in the child at the point of the call, as \`fork(2)\` does. The lowest byte of the flags is not a flag: it holds the signal sent to the parent when the child terminates (the \`CSIGNAL\` mask, usually \`SIGCHLD\`). \`CLONE_NEWTIME\` (\`0x80\`) falls inside that byte, so it cannot be used with \`clone()\`; use \`clone3()\` or \`unshare(2)\`.

Creating any namespace except a user namespace needs \`CAP_SYS_ADMIN\`. When \`CLONE_NEWUSER\` is among the flags, the kernel creates the user namespace first, so an unprivileged caller can combine it with the other \`CLONE_NEW*\` flags.`,
    'zh-cn': `\`clone()\` 是 \`fork(2)\` 更灵活的“亲戚”：它的标志决定子进程与调用者共享执行上下文的哪些部分（内存、文件描述符表、信号处理函数等）。每个 \`CLONE_NEW*\` 标志都要求内核创建一个对应类型的新命名空间，并让子进程成为其第一个成员；调用者自己仍留在原来的命名空间中。

glibc 包装函数让子进程在调用者提供的栈上执行函数 \`fn(arg)\`；而原始系统调用则像 \`fork(2)\` 一样，子进程从调用点继续执行。标志参数的最低字节并不是标志，而是子进程终止时发给父进程的信号（即 \`CSIGNAL\` 掩码，通常是 \`SIGCHLD\`）。\`CLONE_NEWTIME\`（\`0x80\`）正好落在这个字节里，所以不能用于 \`clone()\`，应改用 \`clone3()\` 或 \`unshare(2)\`。

除用户命名空间外，创建任何命名空间都需要 \`CAP_SYS_ADMIN\`。如果标志中包含 \`CLONE_NEWUSER\`，内核会先创建用户命名空间，因此无特权的调用者也可以把它与其他 \`CLONE_NEW*\` 标志组合使用。`,
  },
  related: [
    'clone3',
    'unshare-syscall',
    'setns',
    'namespace',
    'csignal',
    'clone-newns',
    'clone-newuts',
    'clone-newipc',
    'clone-newpid',
    'clone-newnet',
    'clone-newuser',
    'clone-newcgroup',
    'clone-newtime',
  ],
  sources: [man('clone', 2), man('namespaces', 7), man('user_namespaces', 7), SCHED_H],
} satisfies TermInput;
