import type { TermInput } from '../../schema/term.ts';
import { CLONE_2, SCHED_H } from '../../sources/clone-flags.ts';

export default {
  id: 'clone-untraced',
  category: 'clone-flag',
  name: { en: 'CLONE_UNTRACED', 'zh-cn': 'CLONE_UNTRACED' },
  value: '0x00800000',
  since: '2.5.46',
  syscalls: ['clone', 'clone3'],
  aliases: {
    en: ['prevent forced tracing'],
    'zh-cn': ['禁止强制跟踪'],
  },
  summary: {
    en: 'Stops a tracing process from forcing CLONE_PTRACE on the new child.',
    'zh-cn': '阻止跟踪进程对新子进程强制施加 CLONE_PTRACE。',
  },
  description: {
    en: 'With `CLONE_UNTRACED`, a process that is tracing the caller with ptrace(2) cannot force `CLONE_PTRACE` on the new child. It is the counterpart of `CLONE_PTRACE`, which lets tracing continue into the child.',
    'zh-cn': '使用 `CLONE_UNTRACED` 时，正在用 ptrace(2) 跟踪调用者的进程无法对新子进程强制施加 `CLONE_PTRACE`。它与 `CLONE_PTRACE` 相对，后者让跟踪延续到子进程。',
  },
  constraints: [],
  related: ['clone-ptrace'],
  sources: [CLONE_2, SCHED_H],
  page: 'clone-flags',
} satisfies TermInput;
