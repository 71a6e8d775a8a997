import type { TermInput } from '../../schema/term.ts';
import { CLONE_2, SCHED_H, UNSHARE_2 } from '../../sources/clone-flags.ts';

export default {
  id: 'clone-files',
  category: 'clone-flag',
  name: { en: 'CLONE_FILES', 'zh-cn': 'CLONE_FILES' },
  value: '0x00000400',
  since: '2.0',
  syscalls: ['clone', 'clone3', 'unshare'],
  aliases: {
    en: ['share file descriptor table', 'shared fd table'],
    'zh-cn': ['共享文件描述符表', '共享 fd 表'],
  },
  summary: {
    en: 'Makes the caller and the child use one file descriptor table.',
    'zh-cn': '让调用者与子进程共用同一张文件描述符表。',
  },
  description: {
    en:
      'With `CLONE_FILES`, a file descriptor opened by one process is valid in the other as well, and closing a descriptor or changing its flags with the fcntl(2) `F_SETFD` operation affects both. A process that shares the table and calls execve(2) gets a private copy of it.\n\n' +
      'Without the flag, the child receives a copy of the table as it stood at the time of the call. The copied descriptors still refer to the same open file descriptions, so file offsets and file status flags remain shared. `unshare(CLONE_FILES)` gives the caller a private table after the fact.',
    'zh-cn':
      '使用 `CLONE_FILES` 时，一个进程打开的文件描述符在另一个进程中同样有效；关闭描述符或用 fcntl(2) 的 `F_SETFD` 操作修改其标志，也会同时影响双方。共享该表的进程一旦调用 execve(2)，就会得到一份自己的副本。\n\n' +
      '不加这个标志时，子进程得到调用那一刻描述符表的副本。复制出来的描述符仍然指向相同的打开文件描述（open file description），因此文件偏移量和文件状态标志依旧是共享的。事后调用 `unshare(CLONE_FILES)` 可以让调用者拥有私有的描述符表。',
  },
  constraints: [],
  related: ['clone-fs', 'clone-vm', 'unshare-syscall'],
  sources: [CLONE_2, SCHED_H, UNSHARE_2],
  page: 'clone-flags',
} satisfies TermInput;
