import type { TermInput } from '../../schema/term.ts';
import { CLONE_2, SCHED_H, UNSHARE_2 } from '../../sources/clone-flags.ts';

export default {
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
} satisfies TermInput;
