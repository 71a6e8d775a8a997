import type { TermInput } from '../../schema/term.ts';
import { CLONE_2, SCHED_H } from '../../sources/clone-flags.ts';

export default {
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
} satisfies TermInput;
