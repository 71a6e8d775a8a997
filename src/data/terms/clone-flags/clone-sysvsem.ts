import type { TermInput } from '../../schema/term.ts';
import { CLONE_2, SCHED_H, UNSHARE_2 } from '../../sources/clone-flags.ts';

export default {
  id: 'clone-sysvsem',
  category: 'clone-flag',
  name: { en: 'CLONE_SYSVSEM', 'zh-cn': 'CLONE_SYSVSEM' },
  value: '0x00040000',
  since: '2.5.10',
  syscalls: ['clone', 'clone3', 'unshare'],
  aliases: {
    en: ['share semaphore undo list', 'share semadj values'],
    'zh-cn': ['共享信号量撤销列表', '共享 semadj 值'],
  },
  summary: {
    en: 'Makes the caller and the child share one list of System V semaphore adjustment (semadj) values.',
    'zh-cn': '让调用者与子进程共用同一份 System V 信号量调整值（semadj）列表。',
  },
  description: {
    en:
      'The header describes this flag as sharing System V `SEM_UNDO` semantics. With `CLONE_SYSVSEM`, the caller and the child keep a single list of semaphore adjustment (semadj) values, see semop(2), which collects the adjustments of every process sharing it; the adjustments are carried out only when the last of those processes exits or stops sharing the list through unshare(2). Without the flag, the child starts with its own, empty list.\n\n' +
      '`unshare(CLONE_SYSVSEM)` (since Linux 2.6.26) gives the caller a new, empty list; if no other process still refers to the old list, its adjustments are applied at that moment. The flag cannot be combined with `CLONE_NEWIPC` in a clone call, and `unshare(CLONE_NEWIPC)` implies it.',
    'zh-cn':
      '内核头文件把这个标志描述为共享 System V 的 `SEM_UNDO` 语义。使用 `CLONE_SYSVSEM` 时，调用者与子进程共用一份信号量调整值（semadj，见 semop(2)）列表，其中累积了所有共享进程的调整值；只有当最后一个共享该列表的进程退出，或通过 unshare(2) 不再共享它时，这些调整才会真正执行。不加这个标志时，子进程拥有自己的、初始为空的列表。\n\n' +
      '`unshare(CLONE_SYSVSEM)`（自 Linux 2.6.26 起）让调用者得到一份新的空列表；如果已经没有其他进程引用旧列表，旧列表中的调整会在此时执行。在 clone 调用中它不能与 `CLONE_NEWIPC` 同时使用，而 `unshare(CLONE_NEWIPC)` 会自动隐含它。',
  },
  constraints: [
    {
      en: 'EINVAL: CLONE_SYSVSEM is combined with CLONE_NEWIPC.',
      'zh-cn': 'EINVAL：CLONE_SYSVSEM 与 CLONE_NEWIPC 同时指定。',
    },
  ],
  related: ['clone-newipc', 'ipc-namespace', 'unshare-syscall'],
  sources: [CLONE_2, SCHED_H, UNSHARE_2],
  page: 'clone-flags',
} satisfies TermInput;
