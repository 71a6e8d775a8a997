import type { TermInput } from '../../schema/term.ts';
import { CLONE_2, SCHED_H, UNSHARE_2 } from '../../sources/clone-flags.ts';

export default {
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
} satisfies TermInput;
