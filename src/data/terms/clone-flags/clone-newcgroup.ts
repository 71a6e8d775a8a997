import type { TermInput } from '../../schema/term.ts';
import { CLONE_2, NAMESPACES_7, SCHED_H, SETNS_2, UNSHARE_2, setnsTypeMismatch } from '../../sources/clone-flags.ts';

export default {
  id: 'clone-newcgroup',
  category: 'clone-flag',
  name: { en: 'CLONE_NEWCGROUP', 'zh-cn': 'CLONE_NEWCGROUP' },
  value: '0x02000000',
  since: '4.6',
  syscalls: ['clone', 'clone3', 'unshare', 'setns'],
  namespace: 'cgroup-namespace',
  aliases: {
    en: ['new cgroup namespace flag', 'cgroup namespace'],
    'zh-cn': ['cgroup 命名空间标志', 'cgroup 命名空间'],
  },
  summary: {
    en: 'Starts the child (or moves the caller) in a new cgroup namespace.',
    'zh-cn': '让子进程在新的 cgroup 命名空间中启动（或让调用者进入新的 cgroup 命名空间）。',
  },
  description: {
    en:
      "With `CLONE_NEWCGROUP`, the child starts in a new cgroup namespace instead of the caller's; namespaces(7) lists the cgroup root directory as what this namespace type isolates. `unshare(CLONE_NEWCGROUP)` does the same for the caller. Both need `CAP_SYS_ADMIN`.\n\n" +
      "The bit used to be `CLONE_STOPPED` (since Linux 2.6.0: the child started stopped, as if sent `SIGSTOP`), which was deprecated from Linux 2.6.25, removed in 2.6.38 and silently ignored until the bit was reused in Linux 4.6. setns(2) accepts the flag as `nstype` (since Linux 4.6); joining a cgroup namespace does not change the caller's cgroup memberships.",
    'zh-cn':
      '使用 `CLONE_NEWCGROUP` 时，子进程在新的 cgroup 命名空间中启动，而不是留在调用者的 cgroup 命名空间里；根据 namespaces(7)，这类命名空间隔离的是 cgroup 根目录。`unshare(CLONE_NEWCGROUP)` 对调用者本身做同样的事。两种用法都需要 `CAP_SYS_ADMIN` 能力。\n\n' +
      '这一位原先属于 `CLONE_STOPPED`（Linux 2.6.0 引入，让子进程一创建就处于停止状态，如同收到了 `SIGSTOP`）：它自 Linux 2.6.25 起被弃用，在 2.6.38 中被彻底移除，之后内核默默忽略这一位，直到 Linux 4.6 把它重新用作本标志。setns(2) 接受它作为 `nstype`（自 Linux 4.6 起）；用 setns() 加入 cgroup 命名空间并不会改变调用者所属的 cgroup。',
  },
  constraints: [
    {
      en: 'EPERM: CLONE_NEWCGROUP is given by a process without CAP_SYS_ADMIN.',
      'zh-cn': 'EPERM：没有 CAP_SYS_ADMIN 能力的进程指定了 CLONE_NEWCGROUP。',
    },
    setnsTypeMismatch('CLONE_NEWCGROUP', 'a cgroup namespace', ' cgroup 命名空间'),
  ],
  related: ['cgroup-namespace', 'clone-into-cgroup', 'unshare-syscall', 'setns', 'unshare-command', 'nsenter', 'namespace'],
  sources: [CLONE_2, SCHED_H, UNSHARE_2, SETNS_2, NAMESPACES_7],
  page: 'clone-flags',
} satisfies TermInput;
