import type { TermInput } from '../../schema/term.ts';
import { AUTOREAP_SELFTEST, SCHED_H_MAINLINE } from '../../sources/clone-flags.ts';

/** Newer than man-pages 6.03 and the Linux 6.1 header: facts from the mainline header and selftest. */
export default {
  id: 'clone-autoreap',
  category: 'clone-flag',
  name: { en: 'CLONE_AUTOREAP', 'zh-cn': 'CLONE_AUTOREAP' },
  value: '0x400000000',
  header: 'upstream',
  syscalls: ['clone3'],
  aliases: {
    en: ['auto-reap child', 'autoreap', 'no zombie child'],
    'zh-cn': ['自动回收子进程', '不留僵尸进程', 'autoreap'],
  },
  summary: {
    en: 'The kernel reaps the child itself when it exits, so it never becomes a zombie and wait() never sees it.',
    'zh-cn': '子进程退出时由内核直接回收，它不会成为僵尸进程，wait() 也看不到它。',
  },
  description: {
    en:
      'The mainline header defines `CLONE_AUTOREAP` as bit 34 among the flags for clone3(), with the comment "Auto-reap child on exit". A child created with it is reaped as soon as it exits: it leaves no zombie, and `waitpid()` on it fails with `ECHILD`. Because no exit signal is sent, `exit_signal` must be 0.\n\n' +
      "To learn how the child ended, combine it with `CLONE_PIDFD`: the pidfd becomes readable when the child exits, and the `PIDFD_GET_INFO` ioctl returns its exit status. Without a pidfd the child is fire-and-forget. The flag is not inherited by the child's own children, and the child is still reaped automatically if it is reparented to a subreaper. The Linux 6.1 header does not define this flag, and no kernel release containing it was confirmed here.",
    'zh-cn':
      '主线内核的头文件把 `CLONE_AUTOREAP` 定义为 clone3() 专用标志中的第 34 位，注释是“Auto-reap child on exit”（子进程退出时自动回收）。用它创建的子进程一退出就被回收：不会留下僵尸进程，对它调用 `waitpid()` 会以 `ECHILD` 失败。由于不会发送退出信号，`exit_signal` 必须为 0。\n\n' +
      '如果想知道子进程如何结束，可以同时指定 `CLONE_PIDFD`：子进程退出时 pidfd 变为可读，`PIDFD_GET_INFO` ioctl 会返回它的退出状态。不带 pidfd 时，子进程就是“启动后不再过问”。这个标志不会被子进程自己的子进程继承；即使子进程被过继给 subreaper，退出时仍会被自动回收。Linux 6.1 的头文件中还没有这个标志，本站也尚未确认包含它的内核正式版本。',
  },
  constraints: [
    {
      en: 'EINVAL: CLONE_AUTOREAP with a non-zero exit_signal.',
      'zh-cn': 'EINVAL：指定了 CLONE_AUTOREAP，而 exit_signal 不为 0。',
    },
    {
      en: 'EINVAL: CLONE_AUTOREAP is combined with CLONE_PARENT.',
      'zh-cn': 'EINVAL：CLONE_AUTOREAP 与 CLONE_PARENT 同时指定。',
    },
    {
      en: 'EINVAL: CLONE_AUTOREAP is combined with CLONE_THREAD.',
      'zh-cn': 'EINVAL：CLONE_AUTOREAP 与 CLONE_THREAD 同时指定。',
    },
  ],
  related: ['clone-pidfd', 'clone-pidfd-autokill', 'clone-nnp', 'clone-parent', 'clone-thread', 'clone3'],
  sources: [SCHED_H_MAINLINE, AUTOREAP_SELFTEST],
  page: 'clone-flags',
} satisfies TermInput;
