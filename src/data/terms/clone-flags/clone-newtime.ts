import type { TermInput } from '../../schema/term.ts';
import { CLONE_2, SCHED_H, SETNS_2, TIME_NAMESPACES_7, UNSHARE_2, setnsTypeMismatch } from '../../sources/clone-flags.ts';

export default {
  id: 'clone-newtime',
  category: 'clone-flag',
  name: { en: 'CLONE_NEWTIME', 'zh-cn': 'CLONE_NEWTIME' },
  value: '0x00000080',
  // clone(2) has no entry for CLONE_NEWTIME; unshare(2) dates it to Linux 5.6.
  since: '5.6',
  syscalls: ['clone3', 'unshare', 'setns'],
  namespace: 'time-namespace',
  aliases: {
    en: ['new time namespace flag', 'time namespace'],
    'zh-cn': ['时间命名空间标志', 'time 命名空间'],
  },
  summary: {
    en: 'Creates a new time namespace; its value lies inside the CSIGNAL byte, so clone() cannot pass it.',
    'zh-cn': '创建新的时间命名空间；它的值位于 CSIGNAL 字节之内，因此不能通过 clone() 传入。',
  },
  description: {
    en:
      '`CLONE_NEWTIME` requests a new time namespace, in which the monotonic and boot-time clocks (`CLOCK_MONOTONIC`, `CLOCK_BOOTTIME`) can have their own offsets. unshare(2) lists it since Linux 5.6. With `unshare()`, the caller itself stays in its current time namespace; only the children it creates afterwards are put in the new one. Using the flag requires `CAP_SYS_ADMIN`.\n\n' +
      'Its value, 0x80, lies in the low byte that `clone()` keeps for the termination signal, so the kernel header marks it as usable with `unshare()` and `clone3()` only. Since Linux 5.8, setns(2) also accepts it as `nstype`, to insist that the file descriptor refers to a time namespace.',
    'zh-cn':
      '`CLONE_NEWTIME` 请求创建新的时间命名空间，在其中单调时钟和启动时钟（`CLOCK_MONOTONIC`、`CLOCK_BOOTTIME`）可以拥有自己的偏移量。unshare(2) 记载它自 Linux 5.6 起可用。通过 `unshare()` 使用时，调用者本身仍留在原来的时间命名空间，只有它之后创建的子进程才会进入新的命名空间。使用该标志需要 `CAP_SYS_ADMIN` 能力。\n\n' +
      '它的值 0x80 落在 `clone()` 留给终止信号的最低字节里，所以内核头文件注明它只能用于 `unshare()` 和 `clone3()`。自 Linux 5.8 起，setns(2) 也接受它作为 `nstype`，用来确保文件描述符指向的是时间命名空间。',
  },
  constraints: [
    {
      en: 'EPERM (unshare()): the caller lacks CAP_SYS_ADMIN, which CLONE_NEWTIME requires.',
      'zh-cn': 'EPERM（unshare()）：调用者没有 CLONE_NEWTIME 所需的 CAP_SYS_ADMIN 能力（capability）。',
    },
    setnsTypeMismatch('CLONE_NEWTIME', 'a time namespace', '时间命名空间'),
  ],
  related: ['time-namespace', 'csignal', 'clone3', 'unshare-syscall', 'setns', 'namespace'],
  sources: [CLONE_2, SCHED_H, UNSHARE_2, SETNS_2, TIME_NAMESPACES_7],
  page: 'clone-flags',
} satisfies TermInput;
