import type { TermInput } from '../../schema/term.ts';
import { CLONE_2, NAMESPACES_7, SCHED_H, SETNS_2, UNSHARE_2, setnsTypeMismatch } from '../../sources/clone-flags.ts';

export default {
  id: 'clone-newipc',
  category: 'clone-flag',
  name: { en: 'CLONE_NEWIPC', 'zh-cn': 'CLONE_NEWIPC' },
  value: '0x08000000',
  since: '2.6.19',
  syscalls: ['clone', 'clone3', 'unshare', 'setns'],
  namespace: 'ipc-namespace',
  aliases: {
    en: ['new IPC namespace flag', 'IPC namespace'],
    'zh-cn': ['IPC 命名空间标志', 'IPC 命名空间'],
  },
  summary: {
    en: 'Starts the child (or moves the caller) in a new IPC namespace.',
    'zh-cn': '让子进程在新的 IPC 命名空间中启动（或让调用者进入新的 IPC 命名空间）。',
  },
  description: {
    en:
      'With `CLONE_NEWIPC`, the child starts in a new IPC namespace, which according to namespaces(7) isolates System V IPC objects and POSIX message queues. `unshare(CLONE_NEWIPC)` gives the caller a private IPC namespace and automatically adds `CLONE_SYSVSEM`. Both need `CAP_SYS_ADMIN`, and the kernel must be built with `CONFIG_SYSVIPC` and `CONFIG_IPC_NS`.\n\n' +
      'It cannot be combined with `CLONE_SYSVSEM` in a clone call. setns(2) accepts it as `nstype` (since Linux 3.0).',
    'zh-cn':
      '使用 `CLONE_NEWIPC` 时，子进程在新的 IPC 命名空间中启动；根据 namespaces(7)，这类命名空间隔离的是 System V IPC 对象和 POSIX 消息队列。`unshare(CLONE_NEWIPC)` 让调用者获得私有的 IPC 命名空间，并自动加上 `CLONE_SYSVSEM`。两种用法都需要 `CAP_SYS_ADMIN` 能力，并且内核必须启用 `CONFIG_SYSVIPC` 和 `CONFIG_IPC_NS` 选项。\n\n' +
      '在 clone 调用中它不能与 `CLONE_SYSVSEM` 同时使用。setns(2) 接受它作为 `nstype`（自 Linux 3.0 起）。',
  },
  constraints: [
    {
      en: 'EINVAL: CLONE_NEWIPC is combined with CLONE_SYSVSEM.',
      'zh-cn': 'EINVAL：CLONE_NEWIPC 与 CLONE_SYSVSEM 同时指定。',
    },
    {
      en: 'EINVAL: CLONE_NEWIPC is given, but the kernel was built without CONFIG_SYSVIPC and CONFIG_IPC_NS.',
      'zh-cn': 'EINVAL：指定了 CLONE_NEWIPC，但内核编译时没有启用 CONFIG_SYSVIPC 和 CONFIG_IPC_NS。',
    },
    {
      en: 'EPERM: CLONE_NEWIPC is given by a process without CAP_SYS_ADMIN.',
      'zh-cn': 'EPERM：没有 CAP_SYS_ADMIN 能力的进程指定了 CLONE_NEWIPC。',
    },
    setnsTypeMismatch('CLONE_NEWIPC', 'an IPC namespace', ' IPC 命名空间'),
  ],
  related: ['ipc-namespace', 'clone-sysvsem', 'unshare-syscall', 'setns', 'unshare-command', 'nsenter', 'namespace'],
  sources: [CLONE_2, SCHED_H, UNSHARE_2, SETNS_2, NAMESPACES_7],
  page: 'clone-flags',
} satisfies TermInput;
