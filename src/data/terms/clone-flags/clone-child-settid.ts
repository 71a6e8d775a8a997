import type { TermInput } from '../../schema/term.ts';
import { CLONE_2, SCHED_H } from '../../sources/clone-flags.ts';

export default {
  id: 'clone-child-settid',
  category: 'clone-flag',
  name: { en: 'CLONE_CHILD_SETTID', 'zh-cn': 'CLONE_CHILD_SETTID' },
  value: '0x01000000',
  since: '2.5.49',
  syscalls: ['clone', 'clone3'],
  aliases: {
    en: ['store TID in child'],
    'zh-cn': ['在子进程中保存线程 ID'],
  },
  summary: {
    en: "Stores the child's thread ID in the child's own memory.",
    'zh-cn': '把子进程的线程 ID 写入子进程自己的内存。',
  },
  description: {
    en: "With `CLONE_CHILD_SETTID`, the kernel writes the child's thread ID to `child_tid` (clone()) or `cl_args.child_tid` (clone3()) in the child's memory. The write is finished before the call returns to user space in the child, but it may not be finished yet when the call returns in the parent, which matters if `CLONE_VM` lets the parent see that memory.",
    'zh-cn': '使用 `CLONE_CHILD_SETTID` 时，内核把子进程的线程 ID 写入子进程内存中的 `child_tid`（clone()）或 `cl_args.child_tid`（clone3()）。在子进程中，调用返回用户态之前写入一定已经完成；但在父进程中调用返回时，写入可能尚未完成。如果同时使用了 `CLONE_VM`、父进程也能看到这块内存，就要注意这一点。',
  },
  constraints: [],
  related: ['clone-parent-settid', 'clone-child-cleartid', 'clone-vm'],
  sources: [CLONE_2, SCHED_H],
  page: 'clone-flags',
} satisfies TermInput;
