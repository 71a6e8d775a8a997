import type { TermInput } from '../../schema/term.ts';
import { man } from '../../sources/namespaces.ts';

/** The eight namespace terms, each related to this one. */
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

export default {
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
} satisfies TermInput;
