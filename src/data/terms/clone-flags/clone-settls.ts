import type { TermInput } from '../../schema/term.ts';
import { CLONE_2, SCHED_H } from '../../sources/clone-flags.ts';

export default {
  id: 'clone-settls',
  category: 'clone-flag',
  name: { en: 'CLONE_SETTLS', 'zh-cn': 'CLONE_SETTLS' },
  value: '0x00080000',
  since: '2.5.32',
  syscalls: ['clone', 'clone3'],
  aliases: {
    en: ['set thread-local storage', 'TLS for the new thread'],
    'zh-cn': ['设置线程局部存储', '新线程的 TLS'],
  },
  summary: {
    en: "Sets the child's thread-local storage (TLS) descriptor from the tls argument.",
    'zh-cn': '用 tls 参数设置子进程的线程局部存储（TLS）描述符。',
  },
  description: {
    en:
      "With `CLONE_SETTLS`, the child's TLS descriptor is set from `tls` (clone()) or `cl_args.tls` (clone3()). What the value means depends on the architecture: on x86 it points to a `struct user_desc` (see set_thread_area(2)), on x86-64 it is the new base of the `%fs` register, and on architectures with a dedicated TLS register it is that register's new value.\n\n" +
      'Using it correctly takes detailed knowledge of the architecture, and clone(2) advises leaving it to libraries that implement threading.',
    'zh-cn':
      '使用 `CLONE_SETTLS` 时，子进程的 TLS 描述符由 `tls`（clone()）或 `cl_args.tls`（clone3()）设置。这个值的含义取决于体系结构：在 x86 上它指向一个 `struct user_desc`（见 set_thread_area(2)）；在 x86-64 上它是 `%fs` 寄存器的新基址；在有专用 TLS 寄存器的体系结构上，它就是该寄存器的新值。\n\n' +
      '正确使用它需要对体系结构有深入了解，clone(2) 建议只在实现线程的库中使用。',
  },
  constraints: [],
  related: ['clone-thread', 'clone-vm', 'clone3'],
  sources: [CLONE_2, SCHED_H],
  page: 'clone-flags',
} satisfies TermInput;
