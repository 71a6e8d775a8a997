import type { TermInput } from '../../schema/term.ts';
import { CLONE_2, SCHED_H, SETNS_2 } from '../../sources/clone-flags.ts';

export default {
  id: 'clone-pidfd',
  category: 'clone-flag',
  name: { en: 'CLONE_PIDFD', 'zh-cn': 'CLONE_PIDFD' },
  value: '0x00001000',
  since: '5.2',
  syscalls: ['clone', 'clone3'],
  aliases: {
    en: ['pidfd from clone', 'PID file descriptor for child'],
    'zh-cn': ['PID 文件描述符', '创建子进程时获取 pidfd'],
  },
  summary: {
    en: 'Hands the parent a PID file descriptor that refers to the new child.',
    'zh-cn': '让父进程得到一个指向新子进程的 PID 文件描述符。',
  },
  description: {
    en:
      "With `CLONE_PIDFD`, the kernel allocates a PID file descriptor for the child, with close-on-exec set, and stores it in the parent's memory: at `cl_args.pidfd` for clone3(), or at the location given by `parent_tid` for clone(). It can be used for everything pidfd_open(2) describes; since Linux 5.8, for instance, setns(2) accepts such a descriptor to join the child's namespaces.\n\n" +
      'Because clone() reuses `parent_tid` for the descriptor, the flag cannot be combined with `CLONE_PARENT_SETTID` there. It cannot currently be combined with `CLONE_THREAD` either, so the descriptor always refers to a thread-group leader. The bit once belonged to `CLONE_PID` (Linux 2.0 to 2.5.15), which the kernel silently ignored after its removal until the bit was recycled.',
    'zh-cn':
      '使用 `CLONE_PIDFD` 时，内核为子进程分配一个 PID 文件描述符（已设置 close-on-exec），并把它写入父进程的内存：clone3() 写到 `cl_args.pidfd`，clone() 写到 `parent_tid` 所指的位置。这个描述符可以用于 pidfd_open(2) 所描述的各种用途；例如自 Linux 5.8 起，setns(2) 可以借助它加入子进程的命名空间。\n\n' +
      '由于 clone() 借用 `parent_tid` 返回描述符，在 clone() 中它不能与 `CLONE_PARENT_SETTID` 同时使用。目前它也不能与 `CLONE_THREAD` 同时使用，所以这个描述符指向的总是线程组组长。这一位过去属于 `CLONE_PID`（Linux 2.0 至 2.5.15），该标志删除后内核一直默默忽略这一位，直到它被重新利用。',
  },
  constraints: [
    {
      en: 'EINVAL: CLONE_PIDFD is combined with CLONE_THREAD.',
      'zh-cn': 'EINVAL：CLONE_PIDFD 与 CLONE_THREAD 同时指定。',
    },
    {
      en: 'EINVAL (clone() only): CLONE_PIDFD is combined with CLONE_PARENT_SETTID.',
      'zh-cn': 'EINVAL（仅 clone()）：CLONE_PIDFD 与 CLONE_PARENT_SETTID 同时指定。',
    },
    {
      en: 'EINVAL (clone() only): CLONE_PIDFD is combined with CLONE_DETACHED.',
      'zh-cn': 'EINVAL（仅 clone()）：CLONE_PIDFD 与 CLONE_DETACHED 同时指定。',
    },
  ],
  related: ['clone-parent-settid', 'clone-detached', 'clone-thread', 'clone3', 'setns'],
  sources: [CLONE_2, SCHED_H, SETNS_2],
  page: 'clone-flags',
} satisfies TermInput;
