import type { TermInput } from '../../schema/term.ts';
import { CLONE_2, SCHED_H } from '../../sources/clone-flags.ts';

export default {
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
} satisfies TermInput;
