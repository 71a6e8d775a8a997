import type { TermInput } from '../../schema/term.ts';
import { CLONE_2, SCHED_H } from '../../sources/clone-flags.ts';

export default {
  id: 'clone-child-cleartid',
  category: 'clone-flag',
  name: { en: 'CLONE_CHILD_CLEARTID', 'zh-cn': 'CLONE_CHILD_CLEARTID' },
  value: '0x00200000',
  since: '2.5.49',
  syscalls: ['clone', 'clone3'],
  aliases: {
    en: ['clear TID on exit', 'futex wake on thread exit'],
    'zh-cn': ['退出时清除线程 ID', '线程退出时唤醒 futex'],
  },
  summary: {
    en: "When the child exits, zeroes its stored thread ID in the child's memory and wakes the futex at that address.",
    'zh-cn': '子进程退出时，把子进程内存中保存的线程 ID 清零，并唤醒该地址上的 futex。',
  },
  description: {
    en: "With `CLONE_CHILD_CLEARTID`, when the child exits the kernel writes zero to `child_tid` (clone()) or `cl_args.child_tid` (clone3()) in the child's memory and does a futex wakeup on that address. The address can be changed later with set_tid_address(2). clone(2) notes that threading libraries use this flag.",
    'zh-cn': '使用 `CLONE_CHILD_CLEARTID` 时，子进程退出时内核会把子进程内存中的 `child_tid`（clone()）或 `cl_args.child_tid`（clone3()）清零，并对该地址执行一次 futex 唤醒。这个地址以后可以用 set_tid_address(2) 修改。clone(2) 指出线程库会用到这个标志。',
  },
  constraints: [],
  related: ['clone-child-settid', 'clone-parent-settid', 'clone-thread'],
  sources: [CLONE_2, SCHED_H],
  page: 'clone-flags',
} satisfies TermInput;
