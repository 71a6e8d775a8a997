import type { TermInput } from '../../schema/term.ts';
import { AUTOREAP_SELFTEST, SCHED_H_MAINLINE } from '../../sources/clone-flags.ts';

/** Newer than man-pages 6.03 and the Linux 6.1 header: facts from the mainline header and selftest. */
export default {
  id: 'clone-nnp',
  category: 'clone-flag',
  name: { en: 'CLONE_NNP', 'zh-cn': 'CLONE_NNP' },
  value: '0x800000000',
  header: 'upstream',
  syscalls: ['clone3'],
  aliases: {
    en: ['no_new_privs for child', 'no new privileges'],
    'zh-cn': ['为子进程设置 no_new_privs', '禁止获得新权限', 'no_new_privs'],
  },
  summary: {
    en: 'Sets no_new_privs on the child only, so that it can never gain privileges through execve().',
    'zh-cn': '只为子进程设置 no_new_privs，使它无法再通过 execve() 获得新的权限。',
  },
  description: {
    en:
      'The mainline header defines `CLONE_NNP` as bit 35 among the flags for clone3(), with the comment "Set no_new_privs on child". The child starts with the `no_new_privs` attribute set, as if it had called `prctl(PR_SET_NO_NEW_PRIVS)` itself, while the parent\'s own attribute stays unchanged.\n\n' +
      'Without `CLONE_NNP`, `CLONE_PIDFD_AUTOKILL` requires `CAP_SYS_ADMIN`. The Linux 6.1 header does not define this flag, and no kernel release containing it was confirmed here.',
    'zh-cn':
      '主线内核的头文件把 `CLONE_NNP` 定义为 clone3() 专用标志中的第 35 位，注释是“Set no_new_privs on child”（为子进程设置 no_new_privs）。子进程一开始就带有 `no_new_privs` 属性，就像它自己调用过 `prctl(PR_SET_NO_NEW_PRIVS)` 一样；父进程自身的这一属性保持不变。\n\n' +
      '不带 `CLONE_NNP` 时，使用 `CLONE_PIDFD_AUTOKILL` 需要 `CAP_SYS_ADMIN` 能力。Linux 6.1 的头文件中还没有这个标志，本站也尚未确认包含它的内核正式版本。',
  },
  constraints: [
    {
      en: 'EINVAL: CLONE_NNP is combined with CLONE_THREAD.',
      'zh-cn': 'EINVAL：CLONE_NNP 与 CLONE_THREAD 同时指定。',
    },
  ],
  related: ['clone-pidfd-autokill', 'clone-autoreap', 'clone-thread', 'clone3'],
  sources: [SCHED_H_MAINLINE, AUTOREAP_SELFTEST, { title: 'prctl(2)', url: 'https://man7.org/linux/man-pages/man2/prctl.2.html' }],
  page: 'clone-flags',
} satisfies TermInput;
