import type { TermInput } from '../../schema/term.ts';
import { SCHED_H, man } from '../../sources/namespaces.ts';

export default {
  id: 'clone3',
  category: 'syscall',
  page: 'namespaces',
  name: { en: 'clone3()', 'zh-cn': 'clone3()' },
  aliases: {
    en: ['clone3', 'clone3(2)', 'struct clone_args', 'SYS_clone3'],
    'zh-cn': ['clone3 系统调用', 'clone3', 'clone3(2)', 'struct clone_args', 'SYS_clone3'],
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
} satisfies TermInput;
