import type { TermInput } from '../../schema/term.ts';
import { CLONE_2, SCHED_H } from '../../sources/clone-flags.ts';

export default {
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
} satisfies TermInput;
