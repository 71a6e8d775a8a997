/**
 * The clone flags: CSIGNAL and every CLONE_* flag bit of include/uapi/linux/sched.h, in order of
 * value. Facts come from clone(2), unshare(2), setns(2) and namespaces(7) (man-pages 6.03) and
 * from the header itself.
 */
import type { TermInput } from '../schema/term.ts';

const CLONE_2 = { title: 'clone(2)', url: 'https://man7.org/linux/man-pages/man2/clone.2.html' };
const SCHED_H = {
  title: 'include/uapi/linux/sched.h',
  url: 'https://git.kernel.org/pub/scm/linux/kernel/git/torvalds/linux.git/tree/include/uapi/linux/sched.h',
};
const UNSHARE_2 = { title: 'unshare(2)', url: 'https://man7.org/linux/man-pages/man2/unshare.2.html' };
const SETNS_2 = { title: 'setns(2)', url: 'https://man7.org/linux/man-pages/man2/setns.2.html' };
const NAMESPACES_7 = { title: 'namespaces(7)', url: 'https://man7.org/linux/man-pages/man7/namespaces.7.html' };
const PID_NAMESPACES_7 = {
  title: 'pid_namespaces(7)',
  url: 'https://man7.org/linux/man-pages/man7/pid_namespaces.7.html',
};
const TIME_NAMESPACES_7 = {
  title: 'time_namespaces(7)',
  url: 'https://man7.org/linux/man-pages/man7/time_namespaces.7.html',
};

/** setns(2) ERRORS: the nstype check that applies to every CLONE_NEW* flag. */
const setnsTypeMismatch = (flag: string, en: string, zh: string) => ({
  en: `EINVAL (setns()): nstype is ${flag} but the file descriptor refers to a namespace other than ${en}.`,
  'zh-cn': `EINVAL（setns()）：nstype 为 ${flag}，但文件描述符指向的并不是${zh}。`,
});

export const cloneFlags: TermInput[] = [
  {
    id: 'csignal',
    category: 'clone-flag',
    name: { en: 'CSIGNAL', 'zh-cn': 'CSIGNAL' },
    value: '0x000000ff',
    syscalls: ['clone'],
    aliases: {
      en: ['exit signal mask', 'termination signal byte'],
      'zh-cn': ['退出信号掩码', '终止信号字节'],
    },
    summary: {
      en: "Mask for the low byte of clone()'s flags argument, which holds the signal the parent receives when the child terminates.",
      'zh-cn': 'clone() 的 flags 参数最低字节的掩码；这个字节存放子进程终止时发给父进程的信号。',
    },
    description: {
      en:
        '`CSIGNAL` is a mask, not a flag: the low byte of the `flags` argument of `clone()` holds the number of the **termination signal** sent to the parent when the child ends. The example program in clone(2) passes `CLONE_NEWUTS | SIGCHLD` this way. If the byte is 0, the parent gets no signal at all; if it names any signal other than `SIGCHLD`, the parent has to use the `__WALL` or `__WCLONE` option when it waits for the child with wait(2).\n\n' +
        '`clone3()` has no such byte: the signal goes in the separate `cl_args.exit_signal` field, and the header notes that `CSIGNAL` bits are not valid in the `flags` of `struct clone_args`. Because the byte belongs to the signal, `CLONE_NEWTIME` (0x80), whose value falls inside it, cannot be passed to `clone()`.',
      'zh-cn':
        '`CSIGNAL` 不是标志，而是一个掩码：`clone()` 的 `flags` 参数的最低字节存放**终止信号**的编号，子进程结束时内核把这个信号发给父进程。clone(2) 中的示例程序就是这样传入 `CLONE_NEWUTS | SIGCHLD` 的。如果这个字节为 0，父进程不会收到任何信号；如果指定的不是 `SIGCHLD`，父进程在用 wait(2) 等待子进程时必须加上 `__WALL` 或 `__WCLONE` 选项。\n\n' +
        '`clone3()` 没有这个字节：信号写在单独的 `cl_args.exit_signal` 字段里，内核头文件也注明 `struct clone_args` 的 `flags` 中不能出现 `CSIGNAL` 的位。由于这个字节专门留给信号，值落在其中的 `CLONE_NEWTIME`（0x80）无法通过 `clone()` 传入。',
    },
    constraints: [],
    related: ['clone', 'clone3', 'clone-newtime'],
    sources: [CLONE_2, SCHED_H],
    page: 'clone-flags',
  },
  {
    id: 'clone-newtime',
    category: 'clone-flag',
    name: { en: 'CLONE_NEWTIME', 'zh-cn': 'CLONE_NEWTIME' },
    value: '0x00000080',
    syscalls: ['clone3', 'unshare', 'setns'],
    namespace: 'time-namespace',
    aliases: {
      en: ['new time namespace flag', 'time namespace'],
      'zh-cn': ['时间命名空间标志', 'time 命名空间'],
    },
    summary: {
      en: 'Creates a new time namespace; its value lies inside the CSIGNAL byte, so clone() cannot pass it.',
      'zh-cn': '创建新的时间命名空间；它的值位于 CSIGNAL 字节之内，因此不能通过 clone() 传入。',
    },
    description: {
      en:
        '`CLONE_NEWTIME` requests a new time namespace, in which the monotonic and boot-time clocks (`CLOCK_MONOTONIC`, `CLOCK_BOOTTIME`) can have their own offsets. unshare(2) lists it since Linux 5.6. With `unshare()`, the caller itself stays in its current time namespace; only the children it creates afterwards are put in the new one. Using the flag requires `CAP_SYS_ADMIN`.\n\n' +
        'Its value, 0x80, lies in the low byte that `clone()` keeps for the termination signal, so the kernel header marks it as usable with `unshare()` and `clone3()` only. Since Linux 5.8, setns(2) also accepts it as `nstype`, to insist that the file descriptor refers to a time namespace.',
      'zh-cn':
        '`CLONE_NEWTIME` 请求创建新的时间命名空间，在其中单调时钟和启动时钟（`CLOCK_MONOTONIC`、`CLOCK_BOOTTIME`）可以拥有自己的偏移量。unshare(2) 记载它自 Linux 5.6 起可用。通过 `unshare()` 使用时，调用者本身仍留在原来的时间命名空间，只有它之后创建的子进程才会进入新的命名空间。使用该标志需要 `CAP_SYS_ADMIN` 能力。\n\n' +
        '它的值 0x80 落在 `clone()` 留给终止信号的最低字节里，所以内核头文件注明它只能用于 `unshare()` 和 `clone3()`。自 Linux 5.8 起，setns(2) 也接受它作为 `nstype`，用来确保文件描述符指向的是时间命名空间。',
    },
    constraints: [
      {
        en: 'EPERM (unshare()): the caller lacks CAP_SYS_ADMIN, which CLONE_NEWTIME requires.',
        'zh-cn': 'EPERM（unshare()）：调用者没有 CLONE_NEWTIME 所需的 CAP_SYS_ADMIN 能力。',
      },
      setnsTypeMismatch('CLONE_NEWTIME', 'a time namespace', '时间命名空间'),
    ],
    related: ['time-namespace', 'csignal', 'clone3', 'unshare-syscall', 'setns', 'namespace'],
    sources: [CLONE_2, SCHED_H, UNSHARE_2, SETNS_2, TIME_NAMESPACES_7],
    page: 'clone-flags',
  },
  {
    id: 'clone-vm',
    category: 'clone-flag',
    name: { en: 'CLONE_VM', 'zh-cn': 'CLONE_VM' },
    value: '0x00000100',
    since: '2.0',
    syscalls: ['clone', 'clone3', 'unshare'],
    aliases: {
      en: ['share address space', 'shared virtual memory'],
      'zh-cn': ['共享地址空间', '共享虚拟内存'],
    },
    summary: {
      en: 'Runs the child in the same virtual memory as the caller instead of in a copy of it.',
      'zh-cn': '让子进程与调用者运行在同一块虚拟内存中，而不是运行在它的副本里。',
    },
    description: {
      en:
        'With `CLONE_VM`, parent and child share one address space: a memory write by either is visible to the other, and mappings added or removed with mmap(2) or munmap(2) affect both. Without it, the child runs in its own copy of the caller\'s memory as it was at the time of the call, just as after fork(2). Sharing the address space is what threads are made of, and `CLONE_VM` is a prerequisite of `CLONE_SIGHAND` and therefore of `CLONE_THREAD`.\n\n' +
        "Since the memory is shared, the child cannot run on the caller's stack: the caller must set up a separate stack (for clone3(), in `cl_args.stack` and `cl_args.stack_size`). When `CLONE_VM` is given without `CLONE_VFORK`, any alternate signal stack established with sigaltstack(2) is cleared in the child.\n\n" +
        'unshare(2) accepts `CLONE_VM` only from a single-threaded caller, and there it does nothing; as of Linux 3.8, unshare() cannot reverse the sharing.',
      'zh-cn':
        '使用 `CLONE_VM` 时，父子进程共用一个地址空间：任何一方写内存，另一方都能看到；用 mmap(2) 或 munmap(2) 建立或撤销的映射也会同时影响双方。不加这个标志时，子进程运行在调用者内存的一份副本中（即调用那一刻的状态），与 fork(2) 相同。线程正是建立在共享地址空间之上的，`CLONE_VM` 是 `CLONE_SIGHAND` 的前提，因而也是 `CLONE_THREAD` 的前提。\n\n' +
        '由于内存共享，子进程不能使用调用者的栈：调用者必须为它另行准备一块栈（对 clone3() 来说，通过 `cl_args.stack` 和 `cl_args.stack_size` 指定）。如果指定了 `CLONE_VM` 而没有指定 `CLONE_VFORK`，子进程中用 sigaltstack(2) 设置的备用信号栈会被清除。\n\n' +
        'unshare(2) 只在调用者是单线程时才接受 `CLONE_VM`，而且此时它不起任何作用；截至 Linux 3.8，unshare() 无法撤销这种共享。',
    },
    constraints: [
      {
        en: 'EINVAL: CLONE_SIGHAND is given without CLONE_VM (since Linux 2.6.0).',
        'zh-cn': 'EINVAL：指定了 CLONE_SIGHAND 却没有同时指定 CLONE_VM（自 Linux 2.6.0 起）。',
      },
      {
        en: 'EINVAL (unshare()): CLONE_VM is given and the caller is multithreaded.',
        'zh-cn': 'EINVAL（unshare()）：指定了 CLONE_VM，而调用者是多线程的。',
      },
    ],
    related: ['clone-sighand', 'clone-thread', 'clone-vfork', 'clone', 'unshare-syscall'],
    sources: [CLONE_2, SCHED_H, UNSHARE_2],
    page: 'clone-flags',
  },
  {
    id: 'clone-fs',
    category: 'clone-flag',
    name: { en: 'CLONE_FS', 'zh-cn': 'CLONE_FS' },
    value: '0x00000200',
    since: '2.0',
    syscalls: ['clone', 'clone3', 'unshare'],
    aliases: {
      en: ['share filesystem information', 'share cwd, root and umask'],
      'zh-cn': ['共享文件系统信息', '共享工作目录、根目录和 umask'],
    },
    summary: {
      en: 'Shares filesystem information (root directory, current working directory and umask) between the caller and the child.',
      'zh-cn': '让调用者与子进程共享文件系统信息：根目录、当前工作目录和 umask。',
    },
    description: {
      en:
        'With `CLONE_FS`, a chroot(2), chdir(2) or umask(2) call made by either process also changes the root directory, working directory or umask of the other. Without it, the child starts with a copy of these attributes, and later changes stay private to each process. `unshare(CLONE_FS)` undoes the sharing for the caller.\n\n' +
        'The flag does not mix with some namespaces. A clone call rejects it together with `CLONE_NEWNS`, and (since Linux 3.9) together with `CLONE_NEWUSER`. unshare(2) adds it automatically for `CLONE_NEWNS` and, since Linux 3.9, for `CLONE_NEWUSER`. setns(2) refuses to move a process that shares this state with another process into a new user or mount namespace.',
      'zh-cn':
        '使用 `CLONE_FS` 时，任一进程调用 chroot(2)、chdir(2) 或 umask(2)，都会同时改变另一进程的根目录、工作目录或 umask。不加这个标志时，子进程得到这些属性的一份副本，此后双方的修改互不影响。`unshare(CLONE_FS)` 可以让调用者解除这种共享。\n\n' +
        '这个标志与某些命名空间互相冲突。clone 调用不允许它与 `CLONE_NEWNS` 同时出现，也不允许它与 `CLONE_NEWUSER` 同时出现（自 Linux 3.9 起）。unshare(2) 在指定 `CLONE_NEWNS` 时会自动加上它，自 Linux 3.9 起指定 `CLONE_NEWUSER` 时也会。如果进程与其他进程共享这些状态，setns(2) 不允许它加入新的用户命名空间或挂载命名空间。',
    },
    constraints: [
      {
        en: 'EINVAL: CLONE_FS is combined with CLONE_NEWNS.',
        'zh-cn': 'EINVAL：CLONE_FS 与 CLONE_NEWNS 同时指定。',
      },
      {
        en: 'EINVAL: CLONE_FS is combined with CLONE_NEWUSER (since Linux 3.9).',
        'zh-cn': 'EINVAL：CLONE_FS 与 CLONE_NEWUSER 同时指定（自 Linux 3.9 起）。',
      },
      {
        en: 'EINVAL (setns()): the caller shares its CLONE_FS state (in particular the root directory) with other processes and tries to join a new user namespace.',
        'zh-cn': 'EINVAL（setns()）：调用者与其他进程共享 CLONE_FS 状态（尤其是根目录），却试图加入新的用户命名空间。',
      },
    ],
    related: ['clone-newns', 'clone-newuser', 'clone-files', 'unshare-syscall', 'setns'],
    sources: [CLONE_2, SCHED_H, UNSHARE_2, SETNS_2],
    page: 'clone-flags',
  },
  {
    id: 'clone-files',
    category: 'clone-flag',
    name: { en: 'CLONE_FILES', 'zh-cn': 'CLONE_FILES' },
    value: '0x00000400',
    since: '2.0',
    syscalls: ['clone', 'clone3', 'unshare'],
    aliases: {
      en: ['share file descriptor table', 'shared fd table'],
      'zh-cn': ['共享文件描述符表', '共享 fd 表'],
    },
    summary: {
      en: 'Makes the caller and the child use one file descriptor table.',
      'zh-cn': '让调用者与子进程共用同一张文件描述符表。',
    },
    description: {
      en:
        'With `CLONE_FILES`, a file descriptor opened by one process is valid in the other as well, and closing a descriptor or changing its flags with the fcntl(2) `F_SETFD` operation affects both. A process that shares the table and calls execve(2) gets a private copy of it.\n\n' +
        'Without the flag, the child receives a copy of the table as it stood at the time of the call. The copied descriptors still refer to the same open file descriptions, so file offsets and file status flags remain shared. `unshare(CLONE_FILES)` gives the caller a private table after the fact.',
      'zh-cn':
        '使用 `CLONE_FILES` 时，一个进程打开的文件描述符在另一个进程中同样有效；关闭描述符或用 fcntl(2) 的 `F_SETFD` 操作修改其标志，也会同时影响双方。共享该表的进程一旦调用 execve(2)，就会得到一份自己的副本。\n\n' +
        '不加这个标志时，子进程得到调用那一刻描述符表的副本。复制出来的描述符仍然指向相同的打开文件描述（open file description），因此文件偏移量和文件状态标志依旧是共享的。事后调用 `unshare(CLONE_FILES)` 可以让调用者拥有私有的描述符表。',
    },
    constraints: [],
    related: ['clone-fs', 'clone-vm', 'unshare-syscall'],
    sources: [CLONE_2, SCHED_H, UNSHARE_2],
    page: 'clone-flags',
  },
  {
    id: 'clone-sighand',
    category: 'clone-flag',
    name: { en: 'CLONE_SIGHAND', 'zh-cn': 'CLONE_SIGHAND' },
    value: '0x00000800',
    since: '2.0',
    syscalls: ['clone', 'clone3', 'unshare'],
    aliases: {
      en: ['share signal handlers', 'shared signal handler table'],
      'zh-cn': ['共享信号处理函数', '共享信号处理表'],
    },
    summary: {
      en: 'Makes the caller and the child share one table of signal handlers.',
      'zh-cn': '让调用者与子进程共用同一张信号处理函数表。',
    },
    description: {
      en:
        'With `CLONE_SIGHAND`, a sigaction(2) call in either process changes the handling of that signal in both. Signal masks and sets of pending signals are still separate, so each process can block or unblock signals with sigprocmask(2) on its own. Without the flag, the child starts with a copy of the handlers, and later changes do not cross over.\n\n' +
        'Since Linux 2.6.0 the flag requires `CLONE_VM`, and `CLONE_THREAD` in turn requires it (since Linux 2.5.35). It cannot be combined with `CLONE_CLEAR_SIGHAND`. unshare(2) accepts it only from a single-threaded caller, where it has no effect.',
      'zh-cn':
        '使用 `CLONE_SIGHAND` 时，任一进程调用 sigaction(2) 修改某个信号的处理方式，另一进程也随之改变。不过信号掩码和待处理信号集仍然各自独立，每个进程都可以用 sigprocmask(2) 单独阻塞或解除阻塞信号。不加这个标志时，子进程得到处理函数的一份副本，之后的修改互不影响。\n\n' +
        '自 Linux 2.6.0 起，这个标志要求同时指定 `CLONE_VM`；反过来，`CLONE_THREAD` 又要求指定它（自 Linux 2.5.35 起）。它不能与 `CLONE_CLEAR_SIGHAND` 同时使用。unshare(2) 只在调用者是单线程时接受它，而且此时它不起作用。',
    },
    constraints: [
      {
        en: 'EINVAL: CLONE_SIGHAND is given without CLONE_VM (since Linux 2.6.0).',
        'zh-cn': 'EINVAL：指定了 CLONE_SIGHAND 却没有同时指定 CLONE_VM（自 Linux 2.6.0 起）。',
      },
      {
        en: 'EINVAL: CLONE_THREAD is given without CLONE_SIGHAND (since Linux 2.5.35).',
        'zh-cn': 'EINVAL：指定了 CLONE_THREAD 却没有同时指定 CLONE_SIGHAND（自 Linux 2.5.35 起）。',
      },
      {
        en: 'EINVAL: CLONE_SIGHAND is combined with CLONE_CLEAR_SIGHAND.',
        'zh-cn': 'EINVAL：CLONE_SIGHAND 与 CLONE_CLEAR_SIGHAND 同时指定。',
      },
      {
        en: 'EINVAL (unshare()): CLONE_SIGHAND is given and the caller is multithreaded.',
        'zh-cn': 'EINVAL（unshare()）：指定了 CLONE_SIGHAND，而调用者是多线程的。',
      },
    ],
    related: ['clone-vm', 'clone-thread', 'clone-clear-sighand', 'unshare-syscall'],
    sources: [CLONE_2, SCHED_H, UNSHARE_2],
    page: 'clone-flags',
  },
  {
    id: 'clone-pidfd',
    category: 'clone-flag',
    name: { en: 'CLONE_PIDFD', 'zh-cn': 'CLONE_PIDFD' },
    value: '0x00001000',
    since: '5.2',
    syscalls: ['clone', 'clone3'],
    aliases: {
      en: ['pidfd from clone', 'PID file descriptor for child'],
      'zh-cn': ['PID 文件描述符', '创建子进程时获取 pidfd'],
    },
    summary: {
      en: 'Hands the parent a PID file descriptor that refers to the new child.',
      'zh-cn': '让父进程得到一个指向新子进程的 PID 文件描述符。',
    },
    description: {
      en:
        "With `CLONE_PIDFD`, the kernel allocates a PID file descriptor for the child, with close-on-exec set, and stores it in the parent's memory: at `cl_args.pidfd` for clone3(), or at the location given by `parent_tid` for clone(). It can be used for everything pidfd_open(2) describes; since Linux 5.8, for instance, setns(2) accepts such a descriptor to join the child's namespaces.\n\n" +
        'Because clone() reuses `parent_tid` for the descriptor, the flag cannot be combined with `CLONE_PARENT_SETTID` there. It cannot currently be combined with `CLONE_THREAD` either, so the descriptor always refers to a thread-group leader. The bit once belonged to `CLONE_PID` (Linux 2.0 to 2.5.15), which the kernel silently ignored after its removal until the bit was recycled.',
      'zh-cn':
        '使用 `CLONE_PIDFD` 时，内核为子进程分配一个 PID 文件描述符（已设置 close-on-exec），并把它写入父进程的内存：clone3() 写到 `cl_args.pidfd`，clone() 写到 `parent_tid` 所指的位置。这个描述符可以用于 pidfd_open(2) 所描述的各种用途；例如自 Linux 5.8 起，setns(2) 可以借助它加入子进程的命名空间。\n\n' +
        '由于 clone() 借用 `parent_tid` 返回描述符，在 clone() 中它不能与 `CLONE_PARENT_SETTID` 同时使用。目前它也不能与 `CLONE_THREAD` 同时使用，所以这个描述符指向的总是线程组组长。这一位过去属于 `CLONE_PID`（Linux 2.0 至 2.5.15），该标志删除后内核一直默默忽略这一位，直到它被重新利用。',
    },
    constraints: [
      {
        en: 'EINVAL: CLONE_PIDFD is combined with CLONE_THREAD.',
        'zh-cn': 'EINVAL：CLONE_PIDFD 与 CLONE_THREAD 同时指定。',
      },
      {
        en: 'EINVAL (clone() only): CLONE_PIDFD is combined with CLONE_PARENT_SETTID.',
        'zh-cn': 'EINVAL（仅 clone()）：CLONE_PIDFD 与 CLONE_PARENT_SETTID 同时指定。',
      },
      {
        en: 'EINVAL (clone() only): CLONE_PIDFD is combined with CLONE_DETACHED.',
        'zh-cn': 'EINVAL（仅 clone()）：CLONE_PIDFD 与 CLONE_DETACHED 同时指定。',
      },
    ],
    related: ['clone-parent-settid', 'clone-detached', 'clone-thread', 'clone3', 'setns'],
    sources: [CLONE_2, SCHED_H, SETNS_2],
    page: 'clone-flags',
  },
  {
    id: 'clone-ptrace',
    category: 'clone-flag',
    name: { en: 'CLONE_PTRACE', 'zh-cn': 'CLONE_PTRACE' },
    value: '0x00002000',
    since: '2.2',
    syscalls: ['clone', 'clone3'],
    aliases: {
      en: ['trace the child too', 'continue tracing in child'],
      'zh-cn': ['同时跟踪子进程', '在子进程中继续跟踪'],
    },
    summary: {
      en: 'If the caller is being traced, the child is traced as well.',
      'zh-cn': '如果调用者正被跟踪，子进程也会一并被跟踪。',
    },
    description: {
      en: 'With `CLONE_PTRACE`, a ptrace(2) tracing session carries over to the new process: when the caller is being traced, the child is traced too. Its counterpart is `CLONE_UNTRACED`, which stops a tracer from forcing `CLONE_PTRACE` on a child.',
      'zh-cn': '使用 `CLONE_PTRACE` 时，ptrace(2) 的跟踪会延续到新进程：如果调用者正被跟踪，子进程也会被跟踪。与之相对的是 `CLONE_UNTRACED`，它阻止跟踪者对子进程强制施加 `CLONE_PTRACE`。',
    },
    constraints: [],
    related: ['clone-untraced', 'clone'],
    sources: [CLONE_2, SCHED_H],
    page: 'clone-flags',
  },
  {
    id: 'clone-vfork',
    category: 'clone-flag',
    name: { en: 'CLONE_VFORK', 'zh-cn': 'CLONE_VFORK' },
    value: '0x00004000',
    since: '2.2',
    syscalls: ['clone', 'clone3'],
    aliases: {
      en: ['vfork semantics', 'suspend parent until exec'],
      'zh-cn': ['vfork 语义', '挂起父进程直到 exec'],
    },
    summary: {
      en: 'Suspends the caller until the child calls execve(2) or _exit(2), as vfork(2) does.',
      'zh-cn': '像 vfork(2) 那样挂起调用者，直到子进程调用 execve(2) 或 _exit(2)。',
    },
    description: {
      en:
        'With `CLONE_VFORK`, the calling process is held until the child gives up its virtual memory resources by calling execve(2) or _exit(2), which is how vfork(2) behaves. Without it, both processes can be scheduled as soon as the call returns, and a program must not count on either one running first.\n\n' +
        'clone(2) notes one interaction with `CLONE_VM`: if `CLONE_VM` is given without `CLONE_VFORK`, the child loses any alternate signal stack set up with sigaltstack(2).',
      'zh-cn':
        '使用 `CLONE_VFORK` 时，调用进程会一直暂停，直到子进程调用 execve(2) 或 _exit(2) 释放其虚拟内存资源，这正是 vfork(2) 的行为。不加这个标志时，调用返回后两个进程都可以被调度，程序不应假定谁先运行。\n\n' +
        'clone(2) 提到了它与 `CLONE_VM` 的一个关系：如果指定了 `CLONE_VM` 而没有指定 `CLONE_VFORK`，子进程中用 sigaltstack(2) 设置的备用信号栈会被清除。',
    },
    constraints: [],
    related: ['clone-vm', 'clone'],
    sources: [CLONE_2, SCHED_H],
    page: 'clone-flags',
  },
  {
    id: 'clone-parent',
    category: 'clone-flag',
    name: { en: 'CLONE_PARENT', 'zh-cn': 'CLONE_PARENT' },
    value: '0x00008000',
    since: '2.3.12',
    syscalls: ['clone', 'clone3'],
    aliases: {
      en: ['same parent as caller', 'create a sibling process'],
      'zh-cn': ['与调用者同一个父进程', '创建兄弟进程'],
    },
    summary: {
      en: "Makes the caller's parent, rather than the caller, the parent of the new child.",
      'zh-cn': '让新子进程的父进程是调用者的父进程，而不是调用者本身。',
    },
    description: {
      en:
        "With `CLONE_PARENT`, getppid(2) in the child returns the same value as in the caller, so the new process becomes the caller's sibling. That shared parent, not the caller, is the one signaled when the child terminates. Without the flag, the caller is the parent, as with fork(2). Threads created with `CLONE_THREAD` get the same treatment.\n\n" +
        'Init processes may not use it: neither PID 1 of the initial PID namespace nor the init process of any other PID namespace. The rule keeps the process tree single-rooted and prevents unreapable zombies in the initial PID namespace. The flag also cannot be combined with `CLONE_NEWPID` or `CLONE_NEWUSER`.',
      'zh-cn':
        '使用 `CLONE_PARENT` 时，子进程中 getppid(2) 的返回值与调用者中的相同，新进程因此成为调用者的兄弟进程。子进程终止时收到信号的是这个共同的父进程，而不是调用者。不加这个标志时，父进程就是调用者，与 fork(2) 相同。用 `CLONE_THREAD` 创建的线程也是如此。\n\n' +
        'init 进程不能使用它：初始 PID 命名空间中的 1 号进程不行，其他 PID 命名空间的 init 进程也不行。这条规则保证进程树只有一个根，并避免在初始 PID 命名空间中出现无法回收的僵尸进程。它也不能与 `CLONE_NEWPID` 或 `CLONE_NEWUSER` 同时使用。',
    },
    constraints: [
      {
        en: 'EINVAL: CLONE_PARENT is combined with CLONE_NEWPID or CLONE_NEWUSER.',
        'zh-cn': 'EINVAL：CLONE_PARENT 与 CLONE_NEWPID 或 CLONE_NEWUSER 同时指定。',
      },
      {
        en: 'EINVAL: CLONE_PARENT is given and the caller is an init process (since Linux 2.6.32).',
        'zh-cn': 'EINVAL：调用者是 init 进程却指定了 CLONE_PARENT（自 Linux 2.6.32 起）。',
      },
    ],
    related: ['clone-thread', 'clone-newpid', 'clone-newuser', 'pid-namespace'],
    sources: [CLONE_2, SCHED_H],
    page: 'clone-flags',
  },
  {
    id: 'clone-thread',
    category: 'clone-flag',
    name: { en: 'CLONE_THREAD', 'zh-cn': 'CLONE_THREAD' },
    value: '0x00010000',
    since: '2.4.0',
    syscalls: ['clone', 'clone3', 'unshare'],
    aliases: {
      en: ['create a thread', 'same thread group'],
      'zh-cn': ['创建线程', '同一线程组'],
    },
    summary: {
      en: "Puts the child in the caller's thread group, so that it is a thread of the same process.",
      'zh-cn': '把子进程放进调用者所在的线程组，使它成为同一进程中的一个线程。',
    },
    description: {
      en:
        "With `CLONE_THREAD`, the child joins the caller's thread group: getpid(2) returns the group's shared thread group ID (TGID) in every member, while each thread keeps its own thread ID (TID), which gettid(2) returns. The new thread has the same parent as the caller. When it ends, no termination signal is sent and wait(2) cannot collect its status; the parent of the group is signaled only after all threads have ended. If any thread calls execve(2), every thread except the group leader is terminated and the new program runs in the leader.\n\n" +
        'The flag requires `CLONE_SIGHAND` (since Linux 2.5.35), which itself requires `CLONE_VM`, so threads always share memory and signal handlers; each thread still has its own signal mask. It cannot be combined with `CLONE_NEWPID`, `CLONE_NEWUSER` or `CLONE_PIDFD`, and it fails after the process has used unshare(2) with `CLONE_NEWPID` or setns(2) to join a PID namespace. unshare(2) accepts it only from a single-threaded caller, where it has no effect.',
      'zh-cn':
        '使用 `CLONE_THREAD` 时，子进程加入调用者的线程组：组内每个成员调用 getpid(2) 得到的都是共同的线程组 ID（TGID），而每个线程又有自己的线程 ID（TID），可用 gettid(2) 获取。新线程的父进程与调用者相同。它结束时不会发送终止信号，也无法用 wait(2) 获取其状态；只有当所有线程都结束后，线程组的父进程才会收到信号。任一线程调用 execve(2) 时，除线程组组长外的所有线程都会被终止，新程序在组长中运行。\n\n' +
        '这个标志要求同时指定 `CLONE_SIGHAND`（自 Linux 2.5.35 起），而后者又要求 `CLONE_VM`，因此线程总是共享内存和信号处理函数；不过每个线程仍有自己的信号掩码。它不能与 `CLONE_NEWPID`、`CLONE_NEWUSER` 或 `CLONE_PIDFD` 同时使用；进程如果已经用 unshare(2) 配合 `CLONE_NEWPID`，或用 setns(2) 加入了某个 PID 命名空间，再指定它也会失败。unshare(2) 只在调用者是单线程时接受它，而且此时它不起作用。',
    },
    constraints: [
      {
        en: 'EINVAL: CLONE_THREAD is given without CLONE_SIGHAND (since Linux 2.5.35).',
        'zh-cn': 'EINVAL：指定了 CLONE_THREAD 却没有同时指定 CLONE_SIGHAND（自 Linux 2.5.35 起）。',
      },
      {
        en: 'EINVAL: CLONE_THREAD is combined with CLONE_NEWPID or CLONE_NEWUSER.',
        'zh-cn': 'EINVAL：CLONE_THREAD 与 CLONE_NEWPID 或 CLONE_NEWUSER 同时指定。',
      },
      {
        en: 'EINVAL: CLONE_THREAD is combined with CLONE_PIDFD.',
        'zh-cn': 'EINVAL：CLONE_THREAD 与 CLONE_PIDFD 同时指定。',
      },
      {
        en: 'EINVAL: CLONE_THREAD is given, but the caller earlier called unshare(2) with CLONE_NEWPID or used setns(2) to join a PID namespace.',
        'zh-cn': 'EINVAL：指定了 CLONE_THREAD，但调用者此前用 CLONE_NEWPID 调用过 unshare(2)，或用 setns(2) 加入过某个 PID 命名空间。',
      },
      {
        en: 'EINVAL (unshare()): CLONE_THREAD is given and the caller is multithreaded.',
        'zh-cn': 'EINVAL（unshare()）：指定了 CLONE_THREAD，而调用者是多线程的。',
      },
    ],
    related: ['clone-sighand', 'clone-vm', 'clone-parent', 'clone-newpid', 'clone-pidfd'],
    sources: [CLONE_2, SCHED_H, UNSHARE_2],
    page: 'clone-flags',
  },
  {
    id: 'clone-newns',
    category: 'clone-flag',
    name: { en: 'CLONE_NEWNS', 'zh-cn': 'CLONE_NEWNS' },
    value: '0x00020000',
    since: '2.4.19',
    syscalls: ['clone', 'clone3', 'unshare', 'setns'],
    namespace: 'mount-namespace',
    aliases: {
      en: ['new mount namespace flag', 'mount namespace'],
      'zh-cn': ['挂载命名空间标志', 'mount 命名空间'],
    },
    summary: {
      en: 'Starts the child (or moves the caller) in a new mount namespace initialized with a copy of the current one.',
      'zh-cn': '让子进程在新的挂载命名空间中启动（或让调用者进入新的挂载命名空间），其内容复制自当前命名空间。',
    },
    description: {
      en:
        "With `CLONE_NEWNS`, the child starts in a new mount namespace that begins as a copy of the parent's; without it, the child lives in the parent's mount namespace. `unshare(CLONE_NEWNS)` gives the caller a private copy in the same way and automatically adds `CLONE_FS`. Both need `CAP_SYS_ADMIN`. Unlike the other namespace flags, its name does not spell out the namespace type.\n\n" +
        'It cannot be combined with `CLONE_FS` in a clone call. setns(2) accepts it as `nstype` (since Linux 3.8) to require that the file descriptor refers to a mount namespace; joining one needs `CAP_SYS_CHROOT` and `CAP_SYS_ADMIN` in the caller\'s own user namespace and `CAP_SYS_ADMIN` in the user namespace that owns the target.',
      'zh-cn':
        '使用 `CLONE_NEWNS` 时，子进程在一个新的挂载命名空间中启动，它最初是父进程挂载命名空间的副本；不加这个标志时，子进程与父进程处于同一个挂载命名空间。`unshare(CLONE_NEWNS)` 以同样的方式让调用者获得私有副本，并会自动加上 `CLONE_FS`。两种用法都需要 `CAP_SYS_ADMIN` 能力。与其他命名空间标志不同，它的名字里没有写出命名空间的类型。\n\n' +
        '在 clone 调用中它不能与 `CLONE_FS` 同时使用。setns(2) 接受它作为 `nstype`（自 Linux 3.8 起），用来要求文件描述符指向挂载命名空间；加入挂载命名空间时，调用者需要在自己的用户命名空间中拥有 `CAP_SYS_CHROOT` 和 `CAP_SYS_ADMIN`，并在拥有目标命名空间的用户命名空间中拥有 `CAP_SYS_ADMIN`。',
    },
    constraints: [
      {
        en: 'EINVAL: CLONE_NEWNS is combined with CLONE_FS.',
        'zh-cn': 'EINVAL：CLONE_NEWNS 与 CLONE_FS 同时指定。',
      },
      {
        en: 'EPERM: CLONE_NEWNS is given by a process without CAP_SYS_ADMIN.',
        'zh-cn': 'EPERM：没有 CAP_SYS_ADMIN 能力的进程指定了 CLONE_NEWNS。',
      },
      setnsTypeMismatch('CLONE_NEWNS', 'a mount namespace', '挂载命名空间'),
    ],
    related: ['mount-namespace', 'clone-fs', 'unshare-syscall', 'setns', 'unshare-command', 'nsenter', 'namespace'],
    sources: [CLONE_2, SCHED_H, UNSHARE_2, SETNS_2],
    page: 'clone-flags',
  },
  {
    id: 'clone-sysvsem',
    category: 'clone-flag',
    name: { en: 'CLONE_SYSVSEM', 'zh-cn': 'CLONE_SYSVSEM' },
    value: '0x00040000',
    since: '2.5.10',
    syscalls: ['clone', 'clone3', 'unshare'],
    aliases: {
      en: ['share semaphore undo list', 'share semadj values'],
      'zh-cn': ['共享信号量撤销列表', '共享 semadj 值'],
    },
    summary: {
      en: 'Makes the caller and the child share one list of System V semaphore adjustment (semadj) values.',
      'zh-cn': '让调用者与子进程共用同一份 System V 信号量调整值（semadj）列表。',
    },
    description: {
      en:
        'The header describes this flag as sharing System V `SEM_UNDO` semantics. With `CLONE_SYSVSEM`, the caller and the child keep a single list of semaphore adjustment (semadj) values, see semop(2), which collects the adjustments of every process sharing it; the adjustments are carried out only when the last of those processes exits or stops sharing the list through unshare(2). Without the flag, the child starts with its own, empty list.\n\n' +
        '`unshare(CLONE_SYSVSEM)` (since Linux 2.6.26) gives the caller a new, empty list; if no other process still refers to the old list, its adjustments are applied at that moment. The flag cannot be combined with `CLONE_NEWIPC` in a clone call, and `unshare(CLONE_NEWIPC)` implies it.',
      'zh-cn':
        '内核头文件把这个标志描述为共享 System V 的 `SEM_UNDO` 语义。使用 `CLONE_SYSVSEM` 时，调用者与子进程共用一份信号量调整值（semadj，见 semop(2)）列表，其中累积了所有共享进程的调整值；只有当最后一个共享该列表的进程退出，或通过 unshare(2) 不再共享它时，这些调整才会真正执行。不加这个标志时，子进程拥有自己的、初始为空的列表。\n\n' +
        '`unshare(CLONE_SYSVSEM)`（自 Linux 2.6.26 起）让调用者得到一份新的空列表；如果已经没有其他进程引用旧列表，旧列表中的调整会在此时执行。在 clone 调用中它不能与 `CLONE_NEWIPC` 同时使用，而 `unshare(CLONE_NEWIPC)` 会自动隐含它。',
    },
    constraints: [
      {
        en: 'EINVAL: CLONE_SYSVSEM is combined with CLONE_NEWIPC.',
        'zh-cn': 'EINVAL：CLONE_SYSVSEM 与 CLONE_NEWIPC 同时指定。',
      },
    ],
    related: ['clone-newipc', 'ipc-namespace', 'unshare-syscall'],
    sources: [CLONE_2, SCHED_H, UNSHARE_2],
    page: 'clone-flags',
  },
  {
    id: 'clone-settls',
    category: 'clone-flag',
    name: { en: 'CLONE_SETTLS', 'zh-cn': 'CLONE_SETTLS' },
    value: '0x00080000',
    since: '2.5.32',
    syscalls: ['clone', 'clone3'],
    aliases: {
      en: ['set thread-local storage', 'TLS for the new thread'],
      'zh-cn': ['设置线程局部存储', '新线程的 TLS'],
    },
    summary: {
      en: "Sets the child's thread-local storage (TLS) descriptor from the tls argument.",
      'zh-cn': '用 tls 参数设置子进程的线程局部存储（TLS）描述符。',
    },
    description: {
      en:
        "With `CLONE_SETTLS`, the child's TLS descriptor is set from `tls` (clone()) or `cl_args.tls` (clone3()). What the value means depends on the architecture: on x86 it points to a `struct user_desc` (see set_thread_area(2)), on x86-64 it is the new base of the `%fs` register, and on architectures with a dedicated TLS register it is that register's new value.\n\n" +
        'Using it correctly takes detailed knowledge of the architecture, and clone(2) advises leaving it to libraries that implement threading.',
      'zh-cn':
        '使用 `CLONE_SETTLS` 时，子进程的 TLS 描述符由 `tls`（clone()）或 `cl_args.tls`（clone3()）设置。这个值的含义取决于体系结构：在 x86 上它指向一个 `struct user_desc`（见 set_thread_area(2)）；在 x86-64 上它是 `%fs` 寄存器的新基址；在有专用 TLS 寄存器的体系结构上，它就是该寄存器的新值。\n\n' +
        '正确使用它需要对体系结构有深入了解，clone(2) 建议只在实现线程的库中使用。',
    },
    constraints: [],
    related: ['clone-thread', 'clone-vm', 'clone3'],
    sources: [CLONE_2, SCHED_H],
    page: 'clone-flags',
  },
  {
    id: 'clone-parent-settid',
    category: 'clone-flag',
    name: { en: 'CLONE_PARENT_SETTID', 'zh-cn': 'CLONE_PARENT_SETTID' },
    value: '0x00100000',
    since: '2.5.49',
    syscalls: ['clone', 'clone3'],
    aliases: {
      en: ['store child TID in parent'],
      'zh-cn': ['在父进程中保存子线程 ID'],
    },
    summary: {
      en: "Stores the child's thread ID in the parent's memory before the clone call returns.",
      'zh-cn': '在 clone 调用返回之前，把子进程的线程 ID 写入父进程的内存。',
    },
    description: {
      en:
        "With `CLONE_PARENT_SETTID`, the kernel writes the child's thread ID to `parent_tid` (clone()) or `cl_args.parent_tid` (clone3()) in the parent's memory, and the write is complete before the call returns to user space. In Linux 2.5.32 to 2.5.48 a flag called `CLONE_SETTID` did this job.\n\n" +
        'In clone(), `parent_tid` also receives the PID file descriptor when `CLONE_PIDFD` is set, so the two flags cannot be used together there; clone3() has a separate `pidfd` field.',
      'zh-cn':
        '使用 `CLONE_PARENT_SETTID` 时，内核把子进程的线程 ID 写入父进程内存中的 `parent_tid`（clone()）或 `cl_args.parent_tid`（clone3()），并保证在调用返回用户态之前写入完成。在 Linux 2.5.32 至 2.5.48 中，这项工作由一个名为 `CLONE_SETTID` 的标志完成。\n\n' +
        '在 clone() 中，设置 `CLONE_PIDFD` 时 `parent_tid` 还要用来接收 PID 文件描述符，所以这两个标志在 clone() 中不能同时使用；clone3() 则有单独的 `pidfd` 字段。',
    },
    constraints: [
      {
        en: 'EINVAL (clone() only): CLONE_PARENT_SETTID is combined with CLONE_PIDFD.',
        'zh-cn': 'EINVAL（仅 clone()）：CLONE_PARENT_SETTID 与 CLONE_PIDFD 同时指定。',
      },
    ],
    related: ['clone-child-settid', 'clone-child-cleartid', 'clone-pidfd'],
    sources: [CLONE_2, SCHED_H],
    page: 'clone-flags',
  },
  {
    id: 'clone-child-cleartid',
    category: 'clone-flag',
    name: { en: 'CLONE_CHILD_CLEARTID', 'zh-cn': 'CLONE_CHILD_CLEARTID' },
    value: '0x00200000',
    since: '2.5.49',
    syscalls: ['clone', 'clone3'],
    aliases: {
      en: ['clear TID on exit', 'futex wake on thread exit'],
      'zh-cn': ['退出时清除线程 ID', '线程退出时唤醒 futex'],
    },
    summary: {
      en: "When the child exits, zeroes its stored thread ID in the child's memory and wakes the futex at that address.",
      'zh-cn': '子进程退出时，把子进程内存中保存的线程 ID 清零，并唤醒该地址上的 futex。',
    },
    description: {
      en: "With `CLONE_CHILD_CLEARTID`, when the child exits the kernel writes zero to `child_tid` (clone()) or `cl_args.child_tid` (clone3()) in the child's memory and does a futex wakeup on that address. The address can be changed later with set_tid_address(2). clone(2) notes that threading libraries use this flag.",
      'zh-cn': '使用 `CLONE_CHILD_CLEARTID` 时，子进程退出时内核会把子进程内存中的 `child_tid`（clone()）或 `cl_args.child_tid`（clone3()）清零，并对该地址执行一次 futex 唤醒。这个地址以后可以用 set_tid_address(2) 修改。clone(2) 指出线程库会用到这个标志。',
    },
    constraints: [],
    related: ['clone-child-settid', 'clone-parent-settid', 'clone-thread'],
    sources: [CLONE_2, SCHED_H],
    page: 'clone-flags',
  },
  {
    id: 'clone-detached',
    category: 'clone-flag',
    name: { en: 'CLONE_DETACHED', 'zh-cn': 'CLONE_DETACHED' },
    value: '0x00400000',
    syscalls: ['clone'],
    aliases: {
      en: ['obsolete detached flag'],
      'zh-cn': ['已废弃的 detached 标志'],
    },
    summary: {
      en: 'A historical flag with no effect today: clone() usually ignores it and clone3() rejects it.',
      'zh-cn': '一个如今已不起作用的历史标志：clone() 通常会忽略它，clone3() 则直接拒绝它。',
    },
    description: {
      en:
        'For a time during Linux 2.5 development, `CLONE_DETACHED` kept the parent from being signaled when the child ended. Its effect was later folded into `CLONE_THREAD`: by Linux 2.6.0 the flag did nothing, and from Linux 2.6.2 it no longer had to accompany `CLONE_THREAD`. The header still defines it, with the comment "Unused, ignored".\n\n' +
        'clone() normally ignores the bit, but fails when it is combined with `CLONE_PIDFD`, and clone3() refuses it outright. These errors keep the bit free for future PID file descriptor features.',
      'zh-cn':
        '在 Linux 2.5 开发期间，`CLONE_DETACHED` 曾用于让父进程在子进程结束时不收到信号。后来它的作用并入了 `CLONE_THREAD`：到 Linux 2.6.0 时这个标志已不起作用，从 Linux 2.6.2 起也不再需要与 `CLONE_THREAD` 一起指定。内核头文件至今仍定义着它，注释为 “Unused, ignored”。\n\n' +
        'clone() 通常会忽略这一位，但若与 `CLONE_PIDFD` 同时指定就会失败；clone3() 则一律拒绝它。这些报错是为了把这一位留给将来的 PID 文件描述符功能。',
    },
    constraints: [
      {
        en: 'EINVAL (clone3() only): CLONE_DETACHED is given at all.',
        'zh-cn': 'EINVAL（仅 clone3()）：只要指定了 CLONE_DETACHED 就会出错。',
      },
      {
        en: 'EINVAL (clone() only): CLONE_DETACHED is combined with CLONE_PIDFD.',
        'zh-cn': 'EINVAL（仅 clone()）：CLONE_DETACHED 与 CLONE_PIDFD 同时指定。',
      },
    ],
    related: ['clone-thread', 'clone-pidfd', 'clone3'],
    sources: [CLONE_2, SCHED_H],
    page: 'clone-flags',
  },
  {
    id: 'clone-untraced',
    category: 'clone-flag',
    name: { en: 'CLONE_UNTRACED', 'zh-cn': 'CLONE_UNTRACED' },
    value: '0x00800000',
    since: '2.5.46',
    syscalls: ['clone', 'clone3'],
    aliases: {
      en: ['prevent forced tracing'],
      'zh-cn': ['禁止强制跟踪'],
    },
    summary: {
      en: 'Stops a tracing process from forcing CLONE_PTRACE on the new child.',
      'zh-cn': '阻止跟踪进程对新子进程强制施加 CLONE_PTRACE。',
    },
    description: {
      en: 'With `CLONE_UNTRACED`, a process that is tracing the caller with ptrace(2) cannot force `CLONE_PTRACE` on the new child. It is the counterpart of `CLONE_PTRACE`, which lets tracing continue into the child.',
      'zh-cn': '使用 `CLONE_UNTRACED` 时，正在用 ptrace(2) 跟踪调用者的进程无法对新子进程强制施加 `CLONE_PTRACE`。它与 `CLONE_PTRACE` 相对，后者让跟踪延续到子进程。',
    },
    constraints: [],
    related: ['clone-ptrace'],
    sources: [CLONE_2, SCHED_H],
    page: 'clone-flags',
  },
  {
    id: 'clone-child-settid',
    category: 'clone-flag',
    name: { en: 'CLONE_CHILD_SETTID', 'zh-cn': 'CLONE_CHILD_SETTID' },
    value: '0x01000000',
    since: '2.5.49',
    syscalls: ['clone', 'clone3'],
    aliases: {
      en: ['store TID in child'],
      'zh-cn': ['在子进程中保存线程 ID'],
    },
    summary: {
      en: "Stores the child's thread ID in the child's own memory.",
      'zh-cn': '把子进程的线程 ID 写入子进程自己的内存。',
    },
    description: {
      en: "With `CLONE_CHILD_SETTID`, the kernel writes the child's thread ID to `child_tid` (clone()) or `cl_args.child_tid` (clone3()) in the child's memory. The write is finished before the call returns to user space in the child, but it may not be finished yet when the call returns in the parent, which matters if `CLONE_VM` lets the parent see that memory.",
      'zh-cn': '使用 `CLONE_CHILD_SETTID` 时，内核把子进程的线程 ID 写入子进程内存中的 `child_tid`（clone()）或 `cl_args.child_tid`（clone3()）。在子进程中，调用返回用户态之前写入一定已经完成；但在父进程中调用返回时，写入可能尚未完成。如果同时使用了 `CLONE_VM`、父进程也能看到这块内存，就要注意这一点。',
    },
    constraints: [],
    related: ['clone-parent-settid', 'clone-child-cleartid', 'clone-vm'],
    sources: [CLONE_2, SCHED_H],
    page: 'clone-flags',
  },
  {
    id: 'clone-newcgroup',
    category: 'clone-flag',
    name: { en: 'CLONE_NEWCGROUP', 'zh-cn': 'CLONE_NEWCGROUP' },
    value: '0x02000000',
    since: '4.6',
    syscalls: ['clone', 'clone3', 'unshare', 'setns'],
    namespace: 'cgroup-namespace',
    aliases: {
      en: ['new cgroup namespace flag', 'cgroup namespace'],
      'zh-cn': ['cgroup 命名空间标志', 'cgroup 命名空间'],
    },
    summary: {
      en: 'Starts the child (or moves the caller) in a new cgroup namespace.',
      'zh-cn': '让子进程在新的 cgroup 命名空间中启动（或让调用者进入新的 cgroup 命名空间）。',
    },
    description: {
      en:
        "With `CLONE_NEWCGROUP`, the child starts in a new cgroup namespace instead of the caller's; namespaces(7) lists the cgroup root directory as what this namespace type isolates. `unshare(CLONE_NEWCGROUP)` does the same for the caller. Both need `CAP_SYS_ADMIN`.\n\n" +
        "The bit used to be `CLONE_STOPPED`, which was deprecated from Linux 2.6.25, removed in 2.6.38 and silently ignored until the bit was reused in Linux 4.6. setns(2) accepts the flag as `nstype` (since Linux 4.6); joining a cgroup namespace does not change the caller's cgroup memberships.",
      'zh-cn':
        '使用 `CLONE_NEWCGROUP` 时，子进程在新的 cgroup 命名空间中启动，而不是留在调用者的 cgroup 命名空间里；根据 namespaces(7)，这类命名空间隔离的是 cgroup 根目录。`unshare(CLONE_NEWCGROUP)` 对调用者本身做同样的事。两种用法都需要 `CAP_SYS_ADMIN` 能力。\n\n' +
        '这一位原先属于 `CLONE_STOPPED`：它自 Linux 2.6.25 起被弃用，在 2.6.38 中被彻底移除，之后内核默默忽略这一位，直到 Linux 4.6 把它重新用作本标志。setns(2) 接受它作为 `nstype`（自 Linux 4.6 起）；用 setns() 加入 cgroup 命名空间并不会改变调用者所属的 cgroup。',
    },
    constraints: [
      {
        en: 'EPERM: CLONE_NEWCGROUP is given by a process without CAP_SYS_ADMIN.',
        'zh-cn': 'EPERM：没有 CAP_SYS_ADMIN 能力的进程指定了 CLONE_NEWCGROUP。',
      },
      setnsTypeMismatch('CLONE_NEWCGROUP', 'a cgroup namespace', ' cgroup 命名空间'),
    ],
    related: ['cgroup-namespace', 'clone-into-cgroup', 'unshare-syscall', 'setns', 'unshare-command', 'nsenter', 'namespace'],
    sources: [CLONE_2, SCHED_H, UNSHARE_2, SETNS_2, NAMESPACES_7],
    page: 'clone-flags',
  },
  {
    id: 'clone-newuts',
    category: 'clone-flag',
    name: { en: 'CLONE_NEWUTS', 'zh-cn': 'CLONE_NEWUTS' },
    value: '0x04000000',
    since: '2.6.19',
    syscalls: ['clone', 'clone3', 'unshare', 'setns'],
    namespace: 'uts-namespace',
    aliases: {
      en: ['new UTS namespace flag', 'hostname namespace'],
      'zh-cn': ['UTS 命名空间标志', '主机名命名空间'],
    },
    summary: {
      en: 'Starts the child (or moves the caller) in a new UTS namespace, with its own hostname and NIS domain name.',
      'zh-cn': '让子进程在新的 UTS 命名空间中启动（或让调用者进入新的 UTS 命名空间），它拥有独立的主机名和 NIS 域名。',
    },
    description: {
      en:
        "With `CLONE_NEWUTS`, the child starts in a new UTS namespace whose identifiers are copied from the caller's, so it can change its hostname without affecting processes outside. The example program in clone(2) does exactly that: it creates a child with `CLONE_NEWUTS | SIGCHLD`, and the child calls sethostname(2). `unshare(CLONE_NEWUTS)` does the same for the caller. Both need `CAP_SYS_ADMIN`, and the kernel must be built with `CONFIG_UTS_NS`.\n\n" +
        'setns(2) accepts the flag as `nstype` (since Linux 3.0).',
      'zh-cn':
        '使用 `CLONE_NEWUTS` 时，子进程在新的 UTS 命名空间中启动，其标识符复制自调用者的 UTS 命名空间，因此它修改主机名不会影响命名空间之外的进程。clone(2) 中的示例程序正是这样做的：它用 `CLONE_NEWUTS | SIGCHLD` 创建子进程，再由子进程调用 sethostname(2)。`unshare(CLONE_NEWUTS)` 对调用者本身做同样的事。两种用法都需要 `CAP_SYS_ADMIN` 能力，并且内核必须启用 `CONFIG_UTS_NS` 选项。\n\n' +
        'setns(2) 接受它作为 `nstype`（自 Linux 3.0 起）。',
    },
    constraints: [
      {
        en: 'EINVAL: CLONE_NEWUTS is given, but the kernel was built without CONFIG_UTS_NS.',
        'zh-cn': 'EINVAL：指定了 CLONE_NEWUTS，但内核编译时没有启用 CONFIG_UTS_NS。',
      },
      {
        en: 'EPERM: CLONE_NEWUTS is given by a process without CAP_SYS_ADMIN.',
        'zh-cn': 'EPERM：没有 CAP_SYS_ADMIN 能力的进程指定了 CLONE_NEWUTS。',
      },
      setnsTypeMismatch('CLONE_NEWUTS', 'a UTS namespace', ' UTS 命名空间'),
    ],
    related: ['uts-namespace', 'unshare-syscall', 'setns', 'unshare-command', 'nsenter', 'namespace'],
    sources: [CLONE_2, SCHED_H, UNSHARE_2, SETNS_2, NAMESPACES_7],
    page: 'clone-flags',
  },
  {
    id: 'clone-newipc',
    category: 'clone-flag',
    name: { en: 'CLONE_NEWIPC', 'zh-cn': 'CLONE_NEWIPC' },
    value: '0x08000000',
    since: '2.6.19',
    syscalls: ['clone', 'clone3', 'unshare', 'setns'],
    namespace: 'ipc-namespace',
    aliases: {
      en: ['new IPC namespace flag', 'IPC namespace'],
      'zh-cn': ['IPC 命名空间标志', 'IPC 命名空间'],
    },
    summary: {
      en: 'Starts the child (or moves the caller) in a new IPC namespace.',
      'zh-cn': '让子进程在新的 IPC 命名空间中启动（或让调用者进入新的 IPC 命名空间）。',
    },
    description: {
      en:
        'With `CLONE_NEWIPC`, the child starts in a new IPC namespace, which according to namespaces(7) isolates System V IPC objects and POSIX message queues. `unshare(CLONE_NEWIPC)` gives the caller a private IPC namespace and automatically adds `CLONE_SYSVSEM`. Both need `CAP_SYS_ADMIN`, and the kernel must be built with `CONFIG_SYSVIPC` and `CONFIG_IPC_NS`.\n\n' +
        'It cannot be combined with `CLONE_SYSVSEM` in a clone call. setns(2) accepts it as `nstype` (since Linux 3.0).',
      'zh-cn':
        '使用 `CLONE_NEWIPC` 时，子进程在新的 IPC 命名空间中启动；根据 namespaces(7)，这类命名空间隔离的是 System V IPC 对象和 POSIX 消息队列。`unshare(CLONE_NEWIPC)` 让调用者获得私有的 IPC 命名空间，并自动加上 `CLONE_SYSVSEM`。两种用法都需要 `CAP_SYS_ADMIN` 能力，并且内核必须启用 `CONFIG_SYSVIPC` 和 `CONFIG_IPC_NS` 选项。\n\n' +
        '在 clone 调用中它不能与 `CLONE_SYSVSEM` 同时使用。setns(2) 接受它作为 `nstype`（自 Linux 3.0 起）。',
    },
    constraints: [
      {
        en: 'EINVAL: CLONE_NEWIPC is combined with CLONE_SYSVSEM.',
        'zh-cn': 'EINVAL：CLONE_NEWIPC 与 CLONE_SYSVSEM 同时指定。',
      },
      {
        en: 'EINVAL: CLONE_NEWIPC is given, but the kernel was built without CONFIG_SYSVIPC and CONFIG_IPC_NS.',
        'zh-cn': 'EINVAL：指定了 CLONE_NEWIPC，但内核编译时没有启用 CONFIG_SYSVIPC 和 CONFIG_IPC_NS。',
      },
      {
        en: 'EPERM: CLONE_NEWIPC is given by a process without CAP_SYS_ADMIN.',
        'zh-cn': 'EPERM：没有 CAP_SYS_ADMIN 能力的进程指定了 CLONE_NEWIPC。',
      },
      setnsTypeMismatch('CLONE_NEWIPC', 'an IPC namespace', ' IPC 命名空间'),
    ],
    related: ['ipc-namespace', 'clone-sysvsem', 'unshare-syscall', 'setns', 'unshare-command', 'nsenter', 'namespace'],
    sources: [CLONE_2, SCHED_H, UNSHARE_2, SETNS_2, NAMESPACES_7],
    page: 'clone-flags',
  },
  {
    id: 'clone-newuser',
    category: 'clone-flag',
    name: { en: 'CLONE_NEWUSER', 'zh-cn': 'CLONE_NEWUSER' },
    value: '0x10000000',
    since: '2.6.23',
    syscalls: ['clone', 'clone3', 'unshare', 'setns'],
    namespace: 'user-namespace',
    aliases: {
      en: ['new user namespace flag', 'unprivileged namespace creation'],
      'zh-cn': ['用户命名空间标志', 'user 命名空间'],
    },
    summary: {
      en: 'Starts the child (or moves the caller) in a new user namespace; since Linux 3.8 this needs no privilege.',
      'zh-cn': '让子进程在新的用户命名空间中启动（或让调用者进入新的用户命名空间）；自 Linux 3.8 起无需任何特权。',
    },
    description: {
      en:
        'With `CLONE_NEWUSER`, the child starts in a new user namespace, which isolates user and group IDs. Its history spans several releases: the flag first became meaningful for clone() in Linux 2.6.23, its current clone() semantics arrived in 3.5, and the last pieces that make user namespaces fully usable came in 3.8. Before 3.8 it required `CAP_SYS_ADMIN`, `CAP_SETUID` and `CAP_SETGID`; since 3.8 no privilege is needed. The new namespace grants its creator a full set of capabilities, so an unshare() call that creates a user namespace together with other namespaces needs no `CAP_SYS_ADMIN` in the original namespace.\n\n' +
        "The caller's effective user and group IDs must be mapped in the parent user namespace, and (since Linux 3.9) the caller must not be in a chroot environment. The flag cannot be combined with `CLONE_THREAD` or `CLONE_PARENT`, nor, since Linux 3.9, with `CLONE_FS`. With unshare(2) (since Linux 3.8) the caller must not be threaded; the flag implies `CLONE_THREAD` and, since Linux 3.9, `CLONE_FS`.\n\n" +
        'setns(2) accepts it as `nstype` (since Linux 3.8). Joining needs `CAP_SYS_ADMIN` in the target user namespace, and is refused for a multithreaded caller, for a caller that shares its `CLONE_FS` state, and for an attempt to re-enter the current user namespace.',
      'zh-cn':
        '使用 `CLONE_NEWUSER` 时，子进程在新的用户命名空间中启动，这类命名空间隔离的是用户 ID 和组 ID。它的演进跨越了好几个版本：Linux 2.6.23 起这个标志对 clone() 开始有意义，3.5 引入了现在的 clone() 语义，3.8 补齐了让用户命名空间完全可用的最后几部分。3.8 之前使用它需要 `CAP_SYS_ADMIN`、`CAP_SETUID` 和 `CAP_SETGID` 三项能力；自 3.8 起不再需要任何特权。创建者在新命名空间中拥有全部能力，因此在一次 unshare() 调用中同时创建用户命名空间和其他命名空间时，不需要在原命名空间中拥有 `CAP_SYS_ADMIN`。\n\n' +
        '调用者的有效用户 ID 和有效组 ID 必须在父用户命名空间中有映射；并且（自 Linux 3.9 起）调用者不能处于 chroot 环境中。它不能与 `CLONE_THREAD` 或 `CLONE_PARENT` 同时使用，自 Linux 3.9 起也不能与 `CLONE_FS` 同时使用。通过 unshare(2) 使用时（自 Linux 3.8 起），调用者不能是多线程的；该标志会隐含 `CLONE_THREAD`，自 Linux 3.9 起还隐含 `CLONE_FS`。\n\n' +
        'setns(2) 接受它作为 `nstype`（自 Linux 3.8 起）。加入用户命名空间需要在目标命名空间中拥有 `CAP_SYS_ADMIN`；多线程的调用者、与他人共享 `CLONE_FS` 状态的调用者，以及试图重新进入自己当前所在用户命名空间的调用，都会被拒绝。',
    },
    constraints: [
      {
        en: 'EINVAL: CLONE_NEWUSER is combined with CLONE_THREAD or CLONE_PARENT.',
        'zh-cn': 'EINVAL：CLONE_NEWUSER 与 CLONE_THREAD 或 CLONE_PARENT 同时指定。',
      },
      {
        en: 'EINVAL: CLONE_NEWUSER is combined with CLONE_FS (since Linux 3.9).',
        'zh-cn': 'EINVAL：CLONE_NEWUSER 与 CLONE_FS 同时指定（自 Linux 3.9 起）。',
      },
      {
        en: 'EINVAL: CLONE_NEWUSER is given, but the kernel was built without CONFIG_USER_NS.',
        'zh-cn': 'EINVAL：指定了 CLONE_NEWUSER，但内核编译时没有启用 CONFIG_USER_NS。',
      },
      {
        en: 'ENOSPC: the call would exceed the limit on the number of nested user namespaces (since Linux 4.9; from Linux 3.11 to 4.8 the error was EUSERS).',
        'zh-cn': 'ENOSPC：调用会超出嵌套用户命名空间数量的上限（自 Linux 4.9 起；Linux 3.11 至 4.8 中报告的错误是 EUSERS）。',
      },
      {
        en: 'ENOSPC: creating the user namespace would exceed the limit set by the corresponding file in /proc/sys/user (since Linux 4.9).',
        'zh-cn': 'ENOSPC：创建用户命名空间会超出 /proc/sys/user 中相应文件所规定的上限（自 Linux 4.9 起）。',
      },
      {
        en: "EPERM: the caller's effective user ID or effective group ID has no mapping in the parent user namespace.",
        'zh-cn': 'EPERM：调用者的有效用户 ID 或有效组 ID 在父用户命名空间中没有映射。',
      },
      {
        en: 'EPERM: the caller is in a chroot environment, i.e. its root directory is not the root of its mount namespace (since Linux 3.9).',
        'zh-cn': 'EPERM：调用者处于 chroot 环境中，即它的根目录与所在挂载命名空间的根目录不一致（自 Linux 3.9 起）。',
      },
      {
        en: 'EINVAL (setns()): the caller tries to join the user namespace it is already a member of.',
        'zh-cn': 'EINVAL（setns()）：调用者试图加入自己已经所在的用户命名空间。',
      },
      {
        en: 'EINVAL (setns()): the caller is multithreaded and tries to join a new user namespace.',
        'zh-cn': 'EINVAL（setns()）：调用者是多线程的，却试图加入新的用户命名空间。',
      },
      {
        en: 'EINVAL (setns()): the caller shares its CLONE_FS state (in particular the root directory) with other processes and tries to join a new user namespace.',
        'zh-cn': 'EINVAL（setns()）：调用者与其他进程共享 CLONE_FS 状态（尤其是根目录），却试图加入新的用户命名空间。',
      },
      setnsTypeMismatch('CLONE_NEWUSER', 'a user namespace', '用户命名空间'),
    ],
    related: [
      'user-namespace',
      'clone-fs',
      'clone-thread',
      'clone-parent',
      'unshare-syscall',
      'setns',
      'unshare-command',
      'nsenter',
      'namespace',
    ],
    sources: [CLONE_2, SCHED_H, UNSHARE_2, SETNS_2, NAMESPACES_7],
    page: 'clone-flags',
  },
  {
    id: 'clone-newpid',
    category: 'clone-flag',
    name: { en: 'CLONE_NEWPID', 'zh-cn': 'CLONE_NEWPID' },
    value: '0x20000000',
    since: '2.6.24',
    syscalls: ['clone', 'clone3', 'unshare', 'setns'],
    namespace: 'pid-namespace',
    aliases: {
      en: ['new PID namespace flag', 'PID namespace'],
      'zh-cn': ['PID 命名空间标志', 'PID 命名空间'],
    },
    summary: {
      en: "Creates the child in a new PID namespace; with unshare(), only the caller's later children enter it.",
      'zh-cn': '让子进程在新的 PID 命名空间中创建；通过 unshare() 使用时，只有调用者之后创建的子进程才会进入它。',
    },
    description: {
      en:
        'With `CLONE_NEWPID`, the child is created in a new PID namespace, where it has PID 1 and is the init process of that namespace. `unshare(CLONE_NEWPID)` (since Linux 3.8) works differently: the caller does not move, and the first child it creates afterwards becomes PID 1 in the new namespace. Both need `CAP_SYS_ADMIN`, and the kernel must be built with `CONFIG_PID_NS`.\n\n' +
        'The flag cannot be combined with `CLONE_THREAD` or `CLONE_PARENT`; unshare() implies `CLONE_THREAD` for it, and once a process has unshared or joined a PID namespace it can no longer create threads with `CLONE_THREAD`. Since Linux 3.7 the nesting depth of PID namespaces is limited. With clone3(), the `set_tid` array (since Linux 5.5) can choose the PID of the child in the new namespace and in its ancestors.\n\n' +
        "setns(2) accepts it as `nstype` (since Linux 3.8), but only for a namespace that is the caller's current PID namespace or a descendant of it. As with unshare(), joining changes where the caller's future children are placed, not the caller's own PID namespace.",
      'zh-cn':
        '使用 `CLONE_NEWPID` 时，子进程在新的 PID 命名空间中创建，它在其中的 PID 为 1，是该命名空间的 init 进程。`unshare(CLONE_NEWPID)`（自 Linux 3.8 起）的行为不同：调用者本身不会移动，它之后创建的第一个子进程才会成为新命名空间中的 1 号进程。两种用法都需要 `CAP_SYS_ADMIN` 能力，并且内核必须启用 `CONFIG_PID_NS` 选项。\n\n' +
        '它不能与 `CLONE_THREAD` 或 `CLONE_PARENT` 同时使用；unshare() 使用它时会隐含 `CLONE_THREAD`；进程一旦通过 unshare 或 setns 进入过 PID 命名空间，就不能再用 `CLONE_THREAD` 创建线程。自 Linux 3.7 起，PID 命名空间的嵌套深度是有上限的。使用 clone3() 时，可以通过 `set_tid` 数组（自 Linux 5.5 起）指定子进程在新命名空间及其祖先命名空间中的 PID。\n\n' +
        'setns(2) 接受它作为 `nstype`（自 Linux 3.8 起），但目标只能是调用者当前的 PID 命名空间或其后代。与 unshare() 一样，加入 PID 命名空间改变的是调用者之后创建的子进程所在的命名空间，而不是调用者自己的 PID 命名空间。',
    },
    constraints: [
      {
        en: 'EINVAL: CLONE_NEWPID is combined with CLONE_THREAD or CLONE_PARENT.',
        'zh-cn': 'EINVAL：CLONE_NEWPID 与 CLONE_THREAD 或 CLONE_PARENT 同时指定。',
      },
      {
        en: 'EINVAL: CLONE_NEWPID is given, but the kernel was built without CONFIG_PID_NS.',
        'zh-cn': 'EINVAL：指定了 CLONE_NEWPID，但内核编译时没有启用 CONFIG_PID_NS。',
      },
      {
        en: 'ENOSPC: CLONE_NEWPID would exceed the limit on the nesting depth of PID namespaces (since Linux 3.7).',
        'zh-cn': 'ENOSPC：指定 CLONE_NEWPID 会超出 PID 命名空间的嵌套深度上限（自 Linux 3.7 起）。',
      },
      {
        en: 'EPERM: CLONE_NEWPID is given by a process without CAP_SYS_ADMIN.',
        'zh-cn': 'EPERM：没有 CAP_SYS_ADMIN 能力的进程指定了 CLONE_NEWPID。',
      },
      {
        en: 'EINVAL (unshare()): CLONE_NEWPID is given, but the process has already called unshare() with CLONE_NEWPID.',
        'zh-cn': 'EINVAL（unshare()）：指定了 CLONE_NEWPID，但该进程此前已经用 CLONE_NEWPID 调用过 unshare()。',
      },
      {
        en: 'EINVAL (setns()): the caller tries to join an ancestor (parent, grandparent, …) PID namespace.',
        'zh-cn': 'EINVAL（setns()）：调用者试图加入祖先（父、祖父……）PID 命名空间。',
      },
      setnsTypeMismatch('CLONE_NEWPID', 'a PID namespace', ' PID 命名空间'),
    ],
    related: [
      'pid-namespace',
      'clone-thread',
      'clone-parent',
      'clone3',
      'unshare-syscall',
      'setns',
      'unshare-command',
      'nsenter',
      'namespace',
    ],
    sources: [CLONE_2, SCHED_H, UNSHARE_2, SETNS_2, PID_NAMESPACES_7],
    page: 'clone-flags',
  },
  {
    id: 'clone-newnet',
    category: 'clone-flag',
    name: { en: 'CLONE_NEWNET', 'zh-cn': 'CLONE_NEWNET' },
    value: '0x40000000',
    since: '2.6.24',
    syscalls: ['clone', 'clone3', 'unshare', 'setns'],
    namespace: 'network-namespace',
    aliases: {
      en: ['new network namespace flag', 'net namespace'],
      'zh-cn': ['网络命名空间标志', 'network 命名空间'],
    },
    summary: {
      en: 'Starts the child (or moves the caller) in a new network namespace.',
      'zh-cn': '让子进程在新的网络命名空间中启动（或让调用者进入新的网络命名空间）。',
    },
    description: {
      en:
        'With `CLONE_NEWNET`, the child starts in a new network namespace, which according to namespaces(7) isolates network devices, protocol stacks, ports and so on. `unshare(CLONE_NEWNET)` moves the caller into a new network namespace. Both need `CAP_SYS_ADMIN`, and the kernel must be built with `CONFIG_NET_NS`. clone(2) adds that, although the flag dates from Linux 2.6.24, its implementation was completed only by about Linux 2.6.29.\n\n' +
        'setns(2) accepts it as `nstype` (since Linux 3.0).',
      'zh-cn':
        '使用 `CLONE_NEWNET` 时，子进程在新的网络命名空间中启动；根据 namespaces(7)，这类命名空间隔离的是网络设备、协议栈、端口等。`unshare(CLONE_NEWNET)` 则把调用者移入一个新的网络命名空间。两种用法都需要 `CAP_SYS_ADMIN` 能力，并且内核必须启用 `CONFIG_NET_NS` 选项。clone(2) 还指出，这个标志虽然始于 Linux 2.6.24，但大约到 Linux 2.6.29 才完整实现。\n\n' +
        'setns(2) 接受它作为 `nstype`（自 Linux 3.0 起）。',
    },
    constraints: [
      {
        en: 'EINVAL: CLONE_NEWNET is given, but the kernel was built without CONFIG_NET_NS.',
        'zh-cn': 'EINVAL：指定了 CLONE_NEWNET，但内核编译时没有启用 CONFIG_NET_NS。',
      },
      {
        en: 'EPERM: CLONE_NEWNET is given by a process without CAP_SYS_ADMIN.',
        'zh-cn': 'EPERM：没有 CAP_SYS_ADMIN 能力的进程指定了 CLONE_NEWNET。',
      },
      setnsTypeMismatch('CLONE_NEWNET', 'a network namespace', '网络命名空间'),
    ],
    related: ['network-namespace', 'unshare-syscall', 'setns', 'unshare-command', 'nsenter', 'namespace'],
    sources: [CLONE_2, SCHED_H, UNSHARE_2, SETNS_2, NAMESPACES_7],
    page: 'clone-flags',
  },
  {
    id: 'clone-io',
    category: 'clone-flag',
    name: { en: 'CLONE_IO', 'zh-cn': 'CLONE_IO' },
    value: '0x80000000',
    since: '2.6.25',
    syscalls: ['clone', 'clone3'],
    aliases: {
      en: ['share I/O context'],
      'zh-cn': ['共享 I/O 上下文'],
    },
    summary: {
      en: "Makes the child share the caller's I/O context, so that the I/O scheduler treats them as one.",
      'zh-cn': '让子进程共享调用者的 I/O 上下文，使 I/O 调度器把它们当作一个整体。',
    },
    description: {
      en:
        "The I/O context is the unit the disk I/O scheduler uses to model a process's I/O. With `CLONE_IO`, the child shares the caller's context, so the two share disk time, and with some I/O schedulers their disk accesses may be interleaved. Without it, the child gets its own context, as with fork(2). clone(2) recommends it for better I/O performance when several threads do I/O on behalf of the same process, for example with aio_read(3).\n\n" +
        'On a kernel built without `CONFIG_BLOCK`, the flag does nothing.',
      'zh-cn':
        'I/O 上下文是磁盘 I/O 调度器用来描述一个进程 I/O 行为的单位。使用 `CLONE_IO` 时，子进程与调用者共享同一个上下文，两者共同分享磁盘时间；对某些 I/O 调度器来说，它们的磁盘访问还可以交错进行。不加这个标志时，子进程拥有自己的上下文，与 fork(2) 相同。当多个线程代表同一个进程执行 I/O（例如使用 aio_read(3)）时，clone(2) 建议使用它以获得更好的 I/O 性能。\n\n' +
        '如果内核编译时没有启用 `CONFIG_BLOCK`，这个标志不起任何作用。',
    },
    constraints: [],
    related: ['clone-thread', 'clone'],
    sources: [CLONE_2, SCHED_H],
    page: 'clone-flags',
  },
  {
    id: 'clone-clear-sighand',
    category: 'clone-flag',
    name: { en: 'CLONE_CLEAR_SIGHAND', 'zh-cn': 'CLONE_CLEAR_SIGHAND' },
    value: '0x100000000',
    since: '5.5',
    syscalls: ['clone3'],
    aliases: {
      en: ['reset signal handlers in child', 'clear signal handlers'],
      'zh-cn': ['在子进程中重置信号处理函数', '清除信号处理函数'],
    },
    summary: {
      en: 'Resets every signal that the parent handles to its default disposition (SIG_DFL) in the child.',
      'zh-cn': '在子进程中，把父进程设置了处理函数的信号全部恢复为默认处置（SIG_DFL）。',
    },
    description: {
      en:
        'By default a child inherits its parent\'s signal dispositions. With `CLONE_CLEAR_SIGHAND`, every signal for which the parent has installed a handler is reset to `SIG_DFL` in the child. Its value lies above bit 31, and the header lists it among the flags for clone3(), whose `flags` field is 64 bits wide.\n\n' +
        'Sharing the handler table and clearing it at the same time makes no sense, so the flag is refused together with `CLONE_SIGHAND`.',
      'zh-cn':
        '默认情况下，子进程继承父进程的信号处置。使用 `CLONE_CLEAR_SIGHAND` 时，凡是父进程安装了处理函数的信号，在子进程中都会恢复为 `SIG_DFL`。它的值高于第 31 位，内核头文件把它列为 clone3() 专用的标志，clone3() 的 `flags` 字段有 64 位宽。\n\n' +
        '既共享处理函数表又要清除它是自相矛盾的，因此它不能与 `CLONE_SIGHAND` 同时使用。',
    },
    constraints: [
      {
        en: 'EINVAL: CLONE_CLEAR_SIGHAND is combined with CLONE_SIGHAND.',
        'zh-cn': 'EINVAL：CLONE_CLEAR_SIGHAND 与 CLONE_SIGHAND 同时指定。',
      },
    ],
    related: ['clone-sighand', 'clone3'],
    sources: [CLONE_2, SCHED_H],
    page: 'clone-flags',
  },
  {
    id: 'clone-into-cgroup',
    category: 'clone-flag',
    name: { en: 'CLONE_INTO_CGROUP', 'zh-cn': 'CLONE_INTO_CGROUP' },
    value: '0x200000000',
    since: '5.7',
    syscalls: ['clone3'],
    aliases: {
      en: ['spawn into a cgroup', 'clone into cgroup v2'],
      'zh-cn': ['直接创建到指定 cgroup', '在 cgroup v2 中创建进程'],
    },
    summary: {
      en: 'Creates the child directly in the version 2 cgroup referred to by the file descriptor in cl_args.cgroup.',
      'zh-cn': '让子进程直接在 cl_args.cgroup 中文件描述符所指的 cgroup v2 里创建。',
    },
    description: {
      en:
        "By default a child starts in its parent's version 2 cgroup. With `CLONE_INTO_CGROUP`, clone3() places it in the cgroup referred to by the file descriptor in `cl_args.cgroup`, which is obtained by opening a cgroup v2 directory with `O_RDONLY` or `O_PATH`. The usual cgroups(7) rules for putting a process into a version 2 cgroup still apply, and the flag has no effect on version 1 cgroups. Its value lies above bit 31, and the header lists it among the flags for clone3().\n\n" +
        'A service manager can use it to start each service directly in its own cgroup, which avoids the accounting jitter of creating the child in the parent\'s cgroup first, and is much cheaper than moving the child afterwards. It can also create a frozen child by targeting a frozen cgroup, and lets a threaded program set up its cgroup layout before it spawns each thread into place.',
      'zh-cn':
        '默认情况下，子进程与父进程处于同一个 cgroup v2 中。使用 `CLONE_INTO_CGROUP` 时，clone3() 会把子进程放进 `cl_args.cgroup` 中文件描述符所指的 cgroup；这个描述符可以用 `O_RDONLY` 或 `O_PATH` 打开 cgroup v2 目录得到。cgroups(7) 中关于把进程放入 cgroup v2 的各项限制依然适用，而且这个标志只对 cgroup v2 有效。它的值高于第 31 位，内核头文件把它列为 clone3() 专用的标志。\n\n' +
        '服务管理器可以用它把每个服务直接创建在专属的 cgroup 中，既避免了先在父进程的 cgroup 中创建再迁移所带来的统计抖动，开销也比事后迁移小得多。它还可以通过指定一个已冻结的 cgroup 来创建处于冻结状态的子进程，也能让多线程程序先规划好 cgroup 布局，再把每个线程直接创建到目标位置。',
    },
    constraints: [
      {
        en: 'EACCES (clone3() only): the restrictions described in cgroups(7) on placing the child in the version 2 cgroup given by cl_args.cgroup are not met.',
        'zh-cn': 'EACCES（仅 clone3()）：不满足 cgroups(7) 中关于把子进程放入 cl_args.cgroup 所指 cgroup v2 的限制。',
      },
      {
        en: 'EBUSY (clone3() only): the version 2 cgroup given by cl_args.cgroup has a domain controller enabled.',
        'zh-cn': 'EBUSY（仅 clone3()）：cl_args.cgroup 所指的 cgroup v2 启用了域控制器（domain controller）。',
      },
      {
        en: 'EOPNOTSUPP (clone3() only): the version 2 cgroup given by cl_args.cgroup is in the domain invalid state.',
        'zh-cn': 'EOPNOTSUPP（仅 clone3()）：cl_args.cgroup 所指的 cgroup v2 处于 domain invalid 状态。',
      },
    ],
    related: ['clone3', 'clone-newcgroup', 'cgroup-namespace'],
    sources: [CLONE_2, SCHED_H],
    page: 'clone-flags',
  },
];
