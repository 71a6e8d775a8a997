import type { TermInput } from '../../schema/term.ts';
import { CLONE_2, NAMESPACES_7, SCHED_H, SETNS_2, UNSHARE_2, setnsTypeMismatch } from '../../sources/clone-flags.ts';

export default {
  id: 'clone-newuts',
  category: 'clone-flag',
  name: { en: 'CLONE_NEWUTS', 'zh-cn': 'CLONE_NEWUTS' },
  value: '0x04000000',
  since: '2.6.19',
  syscalls: ['clone', 'clone3', 'unshare', 'setns'],
  namespace: 'uts-namespace',
  aliases: {
    en: ['new UTS namespace flag', 'hostname namespace'],
    'zh-cn': ['UTS 命名空间标志', '主机名命名空间'],
  },
  summary: {
    en: 'Starts the child (or moves the caller) in a new UTS namespace, with its own hostname and NIS domain name.',
    'zh-cn': '让子进程在新的 UTS 命名空间中启动（或让调用者进入新的 UTS 命名空间），它拥有独立的主机名和 NIS 域名。',
  },
  description: {
    en:
      "With `CLONE_NEWUTS`, the child starts in a new UTS namespace whose identifiers are copied from the caller's, so it can change its hostname without affecting processes outside. The example program in clone(2) does exactly that: it creates a child with `CLONE_NEWUTS | SIGCHLD`, and the child calls sethostname(2). `unshare(CLONE_NEWUTS)` does the same for the caller. Both need `CAP_SYS_ADMIN`, and the kernel must be built with `CONFIG_UTS_NS`.\n\n" +
      'setns(2) accepts the flag as `nstype` (since Linux 3.0).',
    'zh-cn':
      '使用 `CLONE_NEWUTS` 时，子进程在新的 UTS 命名空间中启动，其标识符复制自调用者的 UTS 命名空间，因此它修改主机名不会影响命名空间之外的进程。clone(2) 中的示例程序正是这样做的：它用 `CLONE_NEWUTS | SIGCHLD` 创建子进程，再由子进程调用 sethostname(2)。`unshare(CLONE_NEWUTS)` 对调用者本身做同样的事。两种用法都需要 `CAP_SYS_ADMIN` 能力，并且内核必须启用 `CONFIG_UTS_NS` 选项。\n\n' +
      'setns(2) 接受它作为 `nstype`（自 Linux 3.0 起）。',
  },
  constraints: [
    {
      en: 'EINVAL: CLONE_NEWUTS is given, but the kernel was built without CONFIG_UTS_NS.',
      'zh-cn': 'EINVAL：指定了 CLONE_NEWUTS，但内核编译时没有启用 CONFIG_UTS_NS。',
    },
    {
      en: 'EPERM: CLONE_NEWUTS is given by a process without CAP_SYS_ADMIN.',
      'zh-cn': 'EPERM：没有 CAP_SYS_ADMIN 能力的进程指定了 CLONE_NEWUTS。',
    },
    setnsTypeMismatch('CLONE_NEWUTS', 'a UTS namespace', ' UTS 命名空间'),
  ],
  related: ['uts-namespace', 'unshare-syscall', 'setns', 'unshare-command', 'nsenter', 'namespace'],
  sources: [CLONE_2, SCHED_H, UNSHARE_2, SETNS_2, NAMESPACES_7],
  page: 'clone-flags',
} satisfies TermInput;
