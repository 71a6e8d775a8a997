import type { TermInput } from '../../schema/term.ts';
import { CLONE_2, SCHED_H, UNSHARE_2 } from '../../sources/clone-flags.ts';

export default {
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
} satisfies TermInput;
