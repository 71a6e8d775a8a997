import type { TermInput } from '../../schema/term.ts';
import { CLONE_2, SCHED_H } from '../../sources/clone-flags.ts';

export default {
  id: 'clone-ptrace',
  category: 'clone-flag',
  name: { en: 'CLONE_PTRACE', 'zh-cn': 'CLONE_PTRACE' },
  value: '0x00002000',
  since: '2.2',
  syscalls: ['clone', 'clone3'],
  aliases: {
    en: ['trace the child too', 'continue tracing in child'],
    'zh-cn': ['同时跟踪子进程', '在子进程中继续跟踪'],
  },
  summary: {
    en: 'If the caller is being traced, the child is traced as well.',
    'zh-cn': '如果调用者正被跟踪，子进程也会一并被跟踪。',
  },
  description: {
    en: 'With `CLONE_PTRACE`, a ptrace(2) tracing session carries over to the new process: when the caller is being traced, the child is traced too. Its counterpart is `CLONE_UNTRACED`, which stops a tracer from forcing `CLONE_PTRACE` on a child.',
    'zh-cn': '使用 `CLONE_PTRACE` 时，ptrace(2) 的跟踪会延续到新进程：如果调用者正被跟踪，子进程也会被跟踪。与之相对的是 `CLONE_UNTRACED`，它阻止跟踪者对子进程强制施加 `CLONE_PTRACE`。',
  },
  constraints: [],
  related: ['clone-untraced', 'clone'],
  sources: [CLONE_2, SCHED_H],
  page: 'clone-flags',
} satisfies TermInput;
