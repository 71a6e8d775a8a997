import type { TermInput } from '../../schema/term.ts';
import { CLONE_2, NAMESPACES_7, SCHED_H, SETNS_2, UNSHARE_2, setnsTypeMismatch } from '../../sources/clone-flags.ts';

export default {
  id: 'clone-newnet',
  category: 'clone-flag',
  name: { en: 'CLONE_NEWNET', 'zh-cn': 'CLONE_NEWNET' },
  value: '0x40000000',
  since: '2.6.24',
  syscalls: ['clone', 'clone3', 'unshare', 'setns'],
  namespace: 'network-namespace',
  aliases: {
    en: ['new network namespace flag', 'net namespace'],
    'zh-cn': ['网络命名空间标志', 'network 命名空间'],
  },
  summary: {
    en: 'Starts the child (or moves the caller) in a new network namespace.',
    'zh-cn': '让子进程在新的网络命名空间中启动（或让调用者进入新的网络命名空间）。',
  },
  description: {
    en:
      'With `CLONE_NEWNET`, the child starts in a new network namespace, which according to namespaces(7) isolates network devices, protocol stacks, ports and so on. `unshare(CLONE_NEWNET)` moves the caller into a new network namespace. Both need `CAP_SYS_ADMIN`, and the kernel must be built with `CONFIG_NET_NS`. clone(2) adds that, although the flag dates from Linux 2.6.24, its implementation was completed only by about Linux 2.6.29.\n\n' +
      'setns(2) accepts it as `nstype` (since Linux 3.0).',
    'zh-cn':
      '使用 `CLONE_NEWNET` 时，子进程在新的网络命名空间中启动；根据 namespaces(7)，这类命名空间隔离的是网络设备、协议栈、端口等。`unshare(CLONE_NEWNET)` 则把调用者移入一个新的网络命名空间。两种用法都需要 `CAP_SYS_ADMIN` 能力，并且内核必须启用 `CONFIG_NET_NS` 选项。clone(2) 还指出，这个标志虽然始于 Linux 2.6.24，但大约到 Linux 2.6.29 才完整实现。\n\n' +
      'setns(2) 接受它作为 `nstype`（自 Linux 3.0 起）。',
  },
  constraints: [
    {
      en: 'EINVAL: CLONE_NEWNET is given, but the kernel was built without CONFIG_NET_NS.',
      'zh-cn': 'EINVAL：指定了 CLONE_NEWNET，但内核编译时没有启用 CONFIG_NET_NS。',
    },
    {
      en: 'EPERM: CLONE_NEWNET is given by a process without CAP_SYS_ADMIN.',
      'zh-cn': 'EPERM：没有 CAP_SYS_ADMIN 能力的进程指定了 CLONE_NEWNET。',
    },
    setnsTypeMismatch('CLONE_NEWNET', 'a network namespace', '网络命名空间'),
  ],
  related: ['network-namespace', 'unshare-syscall', 'setns', 'unshare-command', 'nsenter', 'namespace'],
  sources: [CLONE_2, SCHED_H, UNSHARE_2, SETNS_2, NAMESPACES_7],
  page: 'clone-flags',
} satisfies TermInput;
