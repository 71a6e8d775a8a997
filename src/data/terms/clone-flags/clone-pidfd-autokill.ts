import type { TermInput } from '../../schema/term.ts';
import { AUTOREAP_SELFTEST, SCHED_H_MAINLINE } from '../../sources/clone-flags.ts';

/** Newer than man-pages 6.03 and the Linux 6.1 header: facts from the mainline header and selftest. */
export default {
  id: 'clone-pidfd-autokill',
  category: 'clone-flag',
  name: { en: 'CLONE_PIDFD_AUTOKILL', 'zh-cn': 'CLONE_PIDFD_AUTOKILL' },
  value: '0x1000000000',
  header: 'upstream',
  syscalls: ['clone3'],
  aliases: {
    en: ['kill child when pidfd closes', 'pidfd autokill'],
    'zh-cn': ['关闭 pidfd 时杀死子进程', 'pidfd autokill'],
  },
  summary: {
    en: 'Ties the child to the pidfd clone3() returned: when that pidfd is closed, the child is killed.',
    'zh-cn': '把子进程和 clone3() 返回的 pidfd 绑在一起：这个 pidfd 一关闭，子进程就被杀死。',
  },
  description: {
    en:
      'The mainline header defines `CLONE_PIDFD_AUTOKILL` as bit 36 among the flags for clone3(), with the comment "Kill child when clone pidfd closes". A supervisor can use it so that a helper process cannot outlive it: once the pidfd that clone3() returned is closed, the child is killed, and since the flag requires `CLONE_AUTOREAP` it is then reaped without a zombie. Only that pidfd counts: closing a descriptor obtained with pidfd_open() for the same child does nothing.\n\n' +
      'A caller without `CAP_SYS_ADMIN` must add `CLONE_NNP`, which stops the child from gaining privileges through execve(). The Linux 6.1 header does not define this flag, and no kernel release containing it was confirmed here.',
    'zh-cn':
      '主线内核的头文件把 `CLONE_PIDFD_AUTOKILL` 定义为 clone3() 专用标志中的第 36 位，注释是“Kill child when clone pidfd closes”（clone 返回的 pidfd 关闭时杀死子进程）。监管进程可以用它确保辅助进程不会比自己活得更久：clone3() 返回的那个 pidfd 一旦被关闭，子进程就会被杀死；由于这个标志必须与 `CLONE_AUTOREAP` 同用，子进程随后被直接回收，不留僵尸进程。只有这个 pidfd 起作用：关闭用 pidfd_open() 为同一子进程得到的描述符不会有任何效果。\n\n' +
      '没有 `CAP_SYS_ADMIN` 能力的调用者必须同时指定 `CLONE_NNP`，它使子进程无法再通过 execve() 获得新的权限。Linux 6.1 的头文件中还没有这个标志，本站也尚未确认包含它的内核正式版本。',
  },
  constraints: [
    {
      en: 'EINVAL: CLONE_PIDFD_AUTOKILL without CLONE_PIDFD.',
      'zh-cn': 'EINVAL：指定了 CLONE_PIDFD_AUTOKILL，却没有指定 CLONE_PIDFD。',
    },
    {
      en: 'EINVAL: CLONE_PIDFD_AUTOKILL without CLONE_AUTOREAP.',
      'zh-cn': 'EINVAL：指定了 CLONE_PIDFD_AUTOKILL，却没有指定 CLONE_AUTOREAP。',
    },
    {
      en: 'EINVAL: CLONE_PIDFD_AUTOKILL is combined with CLONE_THREAD.',
      'zh-cn': 'EINVAL：CLONE_PIDFD_AUTOKILL 与 CLONE_THREAD 同时指定。',
    },
    {
      en: 'EPERM: CLONE_PIDFD_AUTOKILL without CLONE_NNP, and the caller lacks CAP_SYS_ADMIN.',
      'zh-cn': 'EPERM：指定了 CLONE_PIDFD_AUTOKILL 却没有指定 CLONE_NNP，而调用者没有 CAP_SYS_ADMIN 能力。',
    },
  ],
  related: ['clone-pidfd', 'clone-autoreap', 'clone-nnp', 'clone-thread', 'clone3'],
  sources: [SCHED_H_MAINLINE, AUTOREAP_SELFTEST],
  page: 'clone-flags',
} satisfies TermInput;
