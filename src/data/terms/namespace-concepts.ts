/**
 * The ideas, system calls and commands the namespace pages lean on. Facts come from
 * namespaces(7), clone(2), unshare(2), setns(2), unshare(1), nsenter(1) and lsns(8)
 * (util-linux 2.38.1), and the kernel header include/uapi/linux/sched.h.
 */
import type { TermInput } from '../schema/term.ts';

const man = (page: string, section: number) => ({
  title: `${page}(${section})`,
  url: `https://man7.org/linux/man-pages/man${section}/${page}.${section}.html`,
});

const SCHED_H = {
  title: 'include/uapi/linux/sched.h',
  url: 'https://github.com/torvalds/linux/blob/master/include/uapi/linux/sched.h',
};

const NAMESPACE_IDS = [
  'mount-namespace',
  'uts-namespace',
  'ipc-namespace',
  'pid-namespace',
  'network-namespace',
  'user-namespace',
  'cgroup-namespace',
  'time-namespace',
];

export const namespaceConcepts: TermInput[] = [
  {
    id: 'namespace',
    category: 'concept',
    page: 'namespaces',
    name: { en: 'Linux namespace', 'zh-cn': 'Linux 命名空间' },
    aliases: {
      en: ['namespace', 'namespaces', 'Linux namespaces', 'kernel namespace'],
      'zh-cn': ['命名空间', 'Linux 命名空间', '名字空间', '内核命名空间'],
    },
    summary: {
      en: 'A kernel feature that wraps a global system resource so that the processes inside see their own, isolated instance of it.',
      'zh-cn': '一种内核机制：把某项全局系统资源包装起来，让其中的进程看到属于自己的、相互隔离的一份实例。',
    },
    description: {
      en: `A namespace wraps one kind of global resource. Processes in the same namespace see each other's changes to it; processes in other namespaces do not. Linux has eight kinds: mount, UTS, IPC, PID, network, user, cgroup and time, each created by its own \`CLONE_NEW*\` flag. A container is, to a large extent, a process running in a fresh set of them.

Three system calls make up the API: \`clone(2)\` (and \`clone3()\`) creates a process in new namespaces, \`unshare(2)\` moves the caller into new ones, and \`setns(2)\` joins existing ones through a file descriptor. Every process exposes its namespaces as links in \`/proc/[pid]/ns/\`, and \`ioctl_ns(2)\` operations answer questions such as "which namespace is the parent of this one?". Creating any namespace except a user namespace needs \`CAP_SYS_ADMIN\`; since Linux 3.8 a user namespace needs no privilege at all.

A namespace normally disappears when its last process leaves. Some things keep it alive: an open file descriptor or bind mount of its \`/proc/[pid]/ns/\` file, a child PID or user namespace, a user namespace owning other namespaces, a \`pid_for_children\` or \`time_for_children\` link that refers to it, or an \`mqueue\` (IPC) or \`proc\` (PID) mount that belongs to it.

Since Linux 4.9 the files \`/proc/sys/user/max_*_namespaces\` limit how many namespaces of each kind a user may create (\`max_time_namespaces\` since 5.7); at the limit, \`clone(2)\` and \`unshare(2)\` fail with \`ENOSPC\`.`,
      'zh-cn': `命名空间包装的是某一类全局资源。同一命名空间中的进程能看到彼此对该资源的修改，其他命名空间的进程则看不到。Linux 共有八种命名空间：mount、UTS、IPC、PID、network、user、cgroup 和 time，各自由一个 \`CLONE_NEW*\` 标志创建。在很大程度上，容器就是运行在一整套新命名空间里的进程。

相关 API 由三个系统调用组成：\`clone(2)\`（以及 \`clone3()\`）在新命名空间中创建进程，\`unshare(2)\` 把调用者移入新命名空间，\`setns(2)\` 通过文件描述符加入已有的命名空间。每个进程都在 \`/proc/[pid]/ns/\` 中以链接的形式公开自己的命名空间，\`ioctl_ns(2)\` 提供的操作可以回答“这个命名空间的父命名空间是哪个”之类的问题。除用户命名空间外，创建任何命名空间都需要 \`CAP_SYS_ADMIN\`；从 Linux 3.8 起，创建用户命名空间完全不需要特权。

命名空间通常在最后一个进程离开时销毁。但以下情况会让它继续存在：对其 \`/proc/[pid]/ns/\` 文件的打开描述符或绑定挂载；存在子 PID 命名空间或子用户命名空间；用户命名空间还拥有其他命名空间；有 \`pid_for_children\` 或 \`time_for_children\` 链接指向它；或者有属于它的 \`mqueue\`（IPC）或 \`proc\`（PID）挂载。

从 Linux 4.9 起，\`/proc/sys/user/max_*_namespaces\` 系列文件限制每个用户可创建的各类命名空间数量（\`max_time_namespaces\` 自 5.7 起）；达到上限时，\`clone(2)\` 和 \`unshare(2)\` 以 \`ENOSPC\` 失败。`,
    },
    related: [...NAMESPACE_IDS, 'proc-pid-ns', 'clone', 'unshare-syscall', 'setns', 'lsns'],
    sources: [man('namespaces', 7), man('clone', 2), man('unshare', 2), man('setns', 2), man('user_namespaces', 7)],
  },

  {
    id: 'proc-pid-ns',
    category: 'concept',
    page: 'namespaces',
    name: { en: '/proc/[pid]/ns/', 'zh-cn': '/proc/[pid]/ns/ 目录' },
    aliases: {
      en: ['/proc/[pid]/ns', '/proc/self/ns', '/proc/PID/ns', 'namespace handle', 'namespace file', 'nsfs'],
      'zh-cn': ['/proc/[pid]/ns', '命名空间句柄', '命名空间文件', '命名空间链接'],
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
  },

  {
    id: 'clone',
    category: 'syscall',
    page: 'namespaces',
    name: { en: 'clone()', 'zh-cn': 'clone()' },
    aliases: {
      en: ['clone', 'clone(2)', 'sys_clone'],
      'zh-cn': ['clone 系统调用', '克隆进程'],
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
  },

  {
    id: 'clone3',
    category: 'syscall',
    page: 'namespaces',
    name: { en: 'clone3()', 'zh-cn': 'clone3()' },
    aliases: {
      en: ['clone3', 'clone3(2)', 'struct clone_args', 'SYS_clone3'],
      'zh-cn': ['clone3 系统调用'],
    },
    summary: {
      en: 'The newer interface to `clone()`, added in Linux 5.3, that takes its arguments in a `struct clone_args`.',
      'zh-cn': 'Linux 5.3 加入的新版 `clone()` 接口，参数通过 `struct clone_args` 结构体传递。',
    },
    description: {
      en: `\`clone3()\` first appeared in Linux 5.3. Instead of a long argument list it takes a pointer to \`struct clone_args\` and that structure's size, so new fields can be added later. The flags are a 64-bit field, the exit signal has its own field (\`exit_signal\`), and the child's stack is given as an address plus a size. Like \`fork(2)\`, it returns in both the parent (the child's PID) and the child (0).

glibc provides no wrapper, so programs call it with \`syscall(SYS_clone3, &args, sizeof(args))\`. Fields added later include \`set_tid\` (Linux 5.5), to choose the child's PID in one or more PID namespaces, and \`cgroup\` (Linux 5.7), used with \`CLONE_INTO_CGROUP\` to start the child in a given cgroup v2.

Because the exit signal no longer shares the flags word, \`clone3()\` can take flags that overlap the old \`CSIGNAL\` byte: the kernel header states that \`CLONE_NEWTIME\` may be used with \`unshare\` and \`clone3\` only. (time_namespaces(7) in man-pages 6.03 still names \`unshare(2)\` as the only way to create a time namespace.)`,
      'zh-cn': `\`clone3()\` 首次出现于 Linux 5.3。它不再使用冗长的参数列表，而是接收一个指向 \`struct clone_args\` 的指针以及该结构体的大小，以便今后添加新字段。标志是 64 位字段，退出信号有单独的字段（\`exit_signal\`），子进程的栈以地址加大小的形式给出。与 \`fork(2)\` 一样，它在父进程（返回子进程 PID）和子进程（返回 0）中各返回一次。

glibc 没有提供包装函数，程序需要通过 \`syscall(SYS_clone3, &args, sizeof(args))\` 调用。后来新增的字段包括 \`set_tid\`（Linux 5.5），用于在一个或多个 PID 命名空间中指定子进程的 PID；以及 \`cgroup\`（Linux 5.7），配合 \`CLONE_INTO_CGROUP\` 让子进程直接在指定的 cgroup v2 中启动。

由于退出信号不再与标志共用一个字，\`clone3()\` 可以接受与旧的 \`CSIGNAL\` 字节重叠的标志：内核头文件写明 \`CLONE_NEWTIME\` 只能用于 \`unshare\` 和 \`clone3\`。（man-pages 6.03 中的 time_namespaces(7) 仍然只把 \`unshare(2)\` 列为创建时间命名空间的方式。）`,
    },
    related: ['clone', 'csignal', 'clone-newtime', 'unshare-syscall', 'time-namespace', 'pid-namespace'],
    sources: [man('clone', 2), SCHED_H, man('time_namespaces', 7)],
  },

  {
    id: 'unshare-syscall',
    category: 'syscall',
    page: 'namespaces',
    name: { en: 'unshare()', 'zh-cn': 'unshare()' },
    aliases: {
      en: ['unshare', 'unshare(2)', 'unshare system call'],
      'zh-cn': ['unshare 系统调用', 'unshare() 系统调用'],
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
  },

  {
    id: 'setns',
    category: 'syscall',
    page: 'namespaces',
    name: { en: 'setns()', 'zh-cn': 'setns()' },
    aliases: {
      en: ['setns', 'setns(2)', 'join a namespace'],
      'zh-cn': ['setns 系统调用', '加入命名空间'],
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

从 Linux 5.8 起，描述符也可以是 PID 文件描述符（\`pidfd_open(2)\`）。此时 \`nstype\` 是若干 \`CLONE_NEW*\` 标志的组合，线程会一步原子地加入目标进程的所有这些命名空间。

不同类型的规则不同。加入 PID 命名空间（只能是调用者当前的或其后代）改变的是调用者今后子进程的去处，而不是调用者自己。加入用户命名空间需要在其中拥有 \`CAP_SYS_ADMIN\`，加入后获得其中的全部能力，不能重新进入当前所在的用户命名空间，多线程进程也不允许这样做。加入挂载命名空间需要 \`CAP_SYS_CHROOT\` 和 \`CAP_SYS_ADMIN\`。其他类型则需要在调用者自己的用户命名空间以及拥有目标命名空间的用户命名空间中都具有 \`CAP_SYS_ADMIN\`。`,
    },
    related: ['proc-pid-ns', 'nsenter', 'unshare-syscall', 'clone', 'namespace', 'pid-namespace', 'user-namespace'],
    sources: [man('setns', 2), man('namespaces', 7), man('pid_namespaces', 7), man('user_namespaces', 7)],
  },

  {
    id: 'unshare-command',
    category: 'command',
    page: 'namespaces',
    name: { en: 'unshare(1)', 'zh-cn': 'unshare 命令' },
    aliases: {
      en: ['unshare', 'unshare(1)', 'unshare command', 'util-linux unshare'],
      'zh-cn': ['unshare 命令', 'unshare(1)'],
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
  },

  {
    id: 'nsenter',
    category: 'command',
    page: 'namespaces',
    name: { en: 'nsenter(1)', 'zh-cn': 'nsenter 命令' },
    aliases: {
      en: ['nsenter', 'nsenter(1)', 'nsenter command', 'util-linux nsenter'],
      'zh-cn': ['nsenter 命令', 'nsenter(1)', '进入命名空间'],
    },
    summary: {
      en: 'A util-linux command that runs a program inside the namespaces of an existing process or of namespace files.',
      'zh-cn': 'util-linux 中的命令，用于在某个已有进程的命名空间（或命名空间文件所指的命名空间）中运行程序。',
    },
    description: {
      en: `\`nsenter\` joins namespaces with \`setns(2)\` and then runs a program (by default \`$SHELL\`). \`--target PID\` (\`-t\`) names a process whose \`/proc/PID/ns/*\` links, root directory and working directory are used. Each namespace option, \`--mount\` (\`-m\`), \`--uts\` (\`-u\`), \`--ipc\` (\`-i\`), \`--net\` (\`-n\`), \`--pid\` (\`-p\`), \`--user\` (\`-U\`), \`--cgroup\` (\`-C\`) and \`--time\` (\`-T\`), enters that namespace of the target, or of \`=FILE\`: a \`/proc/[pid]/ns/\` file or a bind mount of one. \`--all\` (\`-a\`) enters every namespace of the target.

Two behaviours are worth knowing. When it enters a PID namespace, \`nsenter\` forks before running the program, so that the program and its children are in that namespace (\`--no-fork\` turns this off). When it enters a user namespace, it sets UID and GID to 0 unless told otherwise (\`--setuid\`, \`--setgid\`, \`--preserve-credentials\`); with \`--all\`, a user namespace that is the caller's own is skipped.

A typical use is inspecting a container from the host: \`nsenter --target PID --net ip addr\` runs the host's \`ip\` in the container's network namespace. \`--root\` and \`--wd\` set the root and working directory as well.`,
      'zh-cn': `\`nsenter\` 通过 \`setns(2)\` 加入命名空间，然后运行一个程序（默认是 \`$SHELL\`）。\`--target PID\`（\`-t\`）指定一个进程，使用它的 \`/proc/PID/ns/*\` 链接、根目录和工作目录。各个命名空间选项，即 \`--mount\`（\`-m\`）、\`--uts\`（\`-u\`）、\`--ipc\`（\`-i\`）、\`--net\`（\`-n\`）、\`--pid\`（\`-p\`）、\`--user\`（\`-U\`）、\`--cgroup\`（\`-C\`）和 \`--time\`（\`-T\`），进入目标进程的对应命名空间，或者 \`=FILE\` 所指的命名空间：一个 \`/proc/[pid]/ns/\` 文件或它的绑定挂载。\`--all\`（\`-a\`）进入目标进程的全部命名空间。

有两点行为值得了解。进入 PID 命名空间时，\`nsenter\` 会先 fork 再运行程序，使程序及其子进程都位于该命名空间中（\`--no-fork\` 可关闭此行为）。进入用户命名空间时，除非另行指定（\`--setuid\`、\`--setgid\`、\`--preserve-credentials\`），它会把 UID 和 GID 设为 0；使用 \`--all\` 时，如果目标的用户命名空间就是调用者自己的，会跳过它。

典型用法是在宿主机上检查容器：\`nsenter --target PID --net ip addr\` 在容器的网络命名空间中运行宿主机的 \`ip\` 命令。\`--root\` 和 \`--wd\` 还可以设置根目录和工作目录。`,
    },
    related: ['setns', 'unshare-command', 'lsns', 'proc-pid-ns', 'namespace', 'pid-namespace', 'user-namespace'],
    sources: [man('nsenter', 1), man('setns', 2), man('namespaces', 7)],
  },

  {
    id: 'lsns',
    category: 'command',
    page: 'namespaces',
    name: { en: 'lsns(8)', 'zh-cn': 'lsns 命令' },
    aliases: {
      en: ['lsns', 'lsns(8)', 'list namespaces', 'util-linux lsns'],
      'zh-cn': ['lsns 命令', 'lsns(8)', '列出命名空间'],
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
  },
];
