import type { TermInput } from '../../schema/term.ts';
import { CLONE_2, SCHED_H } from '../../sources/clone-flags.ts';

export default {
  id: 'clone-detached',
  category: 'clone-flag',
  name: { en: 'CLONE_DETACHED', 'zh-cn': 'CLONE_DETACHED' },
  value: '0x00400000',
  syscalls: ['clone'],
  aliases: {
    en: ['obsolete detached flag'],
    'zh-cn': ['已废弃的 detached 标志'],
  },
  summary: {
    en: 'A historical flag with no effect today: clone() usually ignores it and clone3() rejects it.',
    'zh-cn': '一个如今已不起作用的历史标志：clone() 通常会忽略它，clone3() 则直接拒绝它。',
  },
  description: {
    en:
      'For a time during Linux 2.5 development, `CLONE_DETACHED` kept the parent from being signaled when the child ended. Its effect was later folded into `CLONE_THREAD`: by Linux 2.6.0 the flag did nothing, and from Linux 2.6.2 it no longer had to accompany `CLONE_THREAD`. The header still defines it, with the comment "Unused, ignored".\n\n' +
      'clone() normally ignores the bit, but fails when it is combined with `CLONE_PIDFD`, and clone3() refuses it outright. These errors keep the bit free for future PID file descriptor features.',
    'zh-cn':
      '在 Linux 2.5 开发期间，`CLONE_DETACHED` 曾用于让父进程在子进程结束时不收到信号。后来它的作用并入了 `CLONE_THREAD`：到 Linux 2.6.0 时这个标志已不起作用，从 Linux 2.6.2 起也不再需要与 `CLONE_THREAD` 一起指定。内核头文件至今仍定义着它，注释为 “Unused, ignored”。\n\n' +
      'clone() 通常会忽略这一位，但若与 `CLONE_PIDFD` 同时指定就会失败；clone3() 则一律拒绝它。这些报错是为了把这一位留给将来的 PID 文件描述符功能。',
  },
  constraints: [
    {
      en: 'EINVAL (clone3() only): CLONE_DETACHED is given at all.',
      'zh-cn': 'EINVAL（仅 clone3()）：只要指定了 CLONE_DETACHED 就会出错。',
    },
    {
      en: 'EINVAL (clone() only): CLONE_DETACHED is combined with CLONE_PIDFD.',
      'zh-cn': 'EINVAL（仅 clone()）：CLONE_DETACHED 与 CLONE_PIDFD 同时指定。',
    },
  ],
  related: ['clone-thread', 'clone-pidfd', 'clone3'],
  sources: [CLONE_2, SCHED_H],
  page: 'clone-flags',
} satisfies TermInput;
