import type { TermInput } from '../../schema/term.ts';
import { CLONE_2, SCHED_H } from '../../sources/clone-flags.ts';

export default {
  id: 'clone-clear-sighand',
  category: 'clone-flag',
  name: { en: 'CLONE_CLEAR_SIGHAND', 'zh-cn': 'CLONE_CLEAR_SIGHAND' },
  value: '0x100000000',
  since: '5.5',
  syscalls: ['clone3'],
  aliases: {
    en: ['reset signal handlers in child', 'clear signal handlers'],
    'zh-cn': ['在子进程中重置信号处理函数', '清除信号处理函数'],
  },
  summary: {
    en: 'Resets every signal that the parent handles to its default disposition (SIG_DFL) in the child.',
    'zh-cn': '在子进程中，把父进程设置了处理函数的信号全部恢复为默认处置（SIG_DFL）。',
  },
  description: {
    en:
      'By default a child inherits its parent\'s signal dispositions. With `CLONE_CLEAR_SIGHAND`, every signal for which the parent has installed a handler is reset to `SIG_DFL` in the child. Its value lies above bit 31, and the header lists it among the flags for clone3(), whose `flags` field is 64 bits wide.\n\n' +
      'Sharing the handler table and clearing it at the same time makes no sense, so the flag is refused together with `CLONE_SIGHAND`.',
    'zh-cn':
      '默认情况下，子进程继承父进程的信号处置。使用 `CLONE_CLEAR_SIGHAND` 时，凡是父进程安装了处理函数的信号，在子进程中都会恢复为 `SIG_DFL`。它的值高于第 31 位，内核头文件把它列为 clone3() 专用的标志，clone3() 的 `flags` 字段有 64 位宽。\n\n' +
      '既共享处理函数表又要清除它是自相矛盾的，因此它不能与 `CLONE_SIGHAND` 同时使用。',
  },
  constraints: [
    {
      en: 'EINVAL: CLONE_CLEAR_SIGHAND is combined with CLONE_SIGHAND.',
      'zh-cn': 'EINVAL：CLONE_CLEAR_SIGHAND 与 CLONE_SIGHAND 同时指定。',
    },
  ],
  related: ['clone-sighand', 'clone3'],
  sources: [CLONE_2, SCHED_H],
  page: 'clone-flags',
} satisfies TermInput;
