import type { TermInput } from '../../schema/term.ts';
import { CLONE_2, SCHED_H } from '../../sources/clone-flags.ts';

export default {
  id: 'clone-io',
  category: 'clone-flag',
  name: { en: 'CLONE_IO', 'zh-cn': 'CLONE_IO' },
  value: '0x80000000',
  since: '2.6.25',
  syscalls: ['clone', 'clone3'],
  aliases: {
    en: ['share I/O context'],
    'zh-cn': ['共享 I/O 上下文'],
  },
  summary: {
    en: "Makes the child share the caller's I/O context, so that the I/O scheduler treats them as one.",
    'zh-cn': '让子进程共享调用者的 I/O 上下文，使 I/O 调度器把它们当作一个整体。',
  },
  description: {
    en:
      "The I/O context is the unit the disk I/O scheduler uses to model a process's I/O. With `CLONE_IO`, the child shares the caller's context, so the two share disk time, and with some I/O schedulers their disk accesses may be interleaved. Without it, the child gets its own context, as with fork(2). clone(2) recommends it for better I/O performance when several threads do I/O on behalf of the same process, for example with aio_read(3).\n\n" +
      'On a kernel built without `CONFIG_BLOCK`, the flag does nothing.',
    'zh-cn':
      'I/O 上下文是磁盘 I/O 调度器用来描述一个进程 I/O 行为的单位。使用 `CLONE_IO` 时，子进程与调用者共享同一个上下文，两者共同分享磁盘时间；对某些 I/O 调度器来说，它们的磁盘访问还可以交错进行。不加这个标志时，子进程拥有自己的上下文，与 fork(2) 相同。当多个线程代表同一个进程执行 I/O（例如使用 aio_read(3)）时，clone(2) 建议使用它以获得更好的 I/O 性能。\n\n' +
      '如果内核编译时没有启用 `CONFIG_BLOCK`，这个标志不起任何作用。',
  },
  constraints: [],
  related: ['clone-thread', 'clone'],
  sources: [CLONE_2, SCHED_H],
  page: 'clone-flags',
} satisfies TermInput;
