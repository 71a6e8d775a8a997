import type { TermInput } from '../../schema/term.ts';
import { CLONE_2, SCHED_H } from '../../sources/clone-flags.ts';

export default {
  id: 'clone-parent-settid',
  category: 'clone-flag',
  name: { en: 'CLONE_PARENT_SETTID', 'zh-cn': 'CLONE_PARENT_SETTID' },
  value: '0x00100000',
  since: '2.5.49',
  syscalls: ['clone', 'clone3'],
  aliases: {
    en: ['store child TID in parent'],
    'zh-cn': ['在父进程中保存子线程 ID'],
  },
  summary: {
    en: "Stores the child's thread ID in the parent's memory before the clone call returns.",
    'zh-cn': '在 clone 调用返回之前，把子进程的线程 ID 写入父进程的内存。',
  },
  description: {
    en:
      "With `CLONE_PARENT_SETTID`, the kernel writes the child's thread ID to `parent_tid` (clone()) or `cl_args.parent_tid` (clone3()) in the parent's memory, and the write is complete before the call returns to user space. In Linux 2.5.32 to 2.5.48 a flag called `CLONE_SETTID` did this job.\n\n" +
      'In clone(), `parent_tid` also receives the PID file descriptor when `CLONE_PIDFD` is set, so the two flags cannot be used together there; clone3() has a separate `pidfd` field.',
    'zh-cn':
      '使用 `CLONE_PARENT_SETTID` 时，内核把子进程的线程 ID 写入父进程内存中的 `parent_tid`（clone()）或 `cl_args.parent_tid`（clone3()），并保证在调用返回用户态之前写入完成。在 Linux 2.5.32 至 2.5.48 中，这项工作由一个名为 `CLONE_SETTID` 的标志完成。\n\n' +
      '在 clone() 中，设置 `CLONE_PIDFD` 时 `parent_tid` 还要用来接收 PID 文件描述符，所以这两个标志在 clone() 中不能同时使用；clone3() 则有单独的 `pidfd` 字段。',
  },
  constraints: [
    {
      en: 'EINVAL (clone() only): CLONE_PARENT_SETTID is combined with CLONE_PIDFD.',
      'zh-cn': 'EINVAL（仅 clone()）：CLONE_PARENT_SETTID 与 CLONE_PIDFD 同时指定。',
    },
  ],
  related: ['clone-child-settid', 'clone-child-cleartid', 'clone-pidfd'],
  sources: [CLONE_2, SCHED_H],
  page: 'clone-flags',
} satisfies TermInput;
