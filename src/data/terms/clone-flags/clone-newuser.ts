import type { TermInput } from '../../schema/term.ts';
import { CLONE_2, NAMESPACES_7, SCHED_H, SETNS_2, UNSHARE_2, setnsTypeMismatch } from '../../sources/clone-flags.ts';

export default {
  id: 'clone-newuser',
  category: 'clone-flag',
  name: { en: 'CLONE_NEWUSER', 'zh-cn': 'CLONE_NEWUSER' },
  value: '0x10000000',
  since: '2.6.23',
  syscalls: ['clone', 'clone3', 'unshare', 'setns'],
  namespace: 'user-namespace',
  aliases: {
    en: ['new user namespace flag', 'unprivileged namespace creation'],
    'zh-cn': ['用户命名空间标志', 'user 命名空间'],
  },
  summary: {
    en: 'Starts the child (or moves the caller) in a new user namespace; since Linux 3.8 this needs no privilege.',
    'zh-cn': '让子进程在新的用户命名空间中启动（或让调用者进入新的用户命名空间）；自 Linux 3.8 起无需任何特权。',
  },
  description: {
    en:
      'With `CLONE_NEWUSER`, the child starts in a new user namespace, which isolates user and group IDs. Its history spans several releases: the flag first became meaningful for clone() in Linux 2.6.23, its current clone() semantics arrived in 3.5, and the last pieces that make user namespaces fully usable came in 3.8. Before 3.8 it required `CAP_SYS_ADMIN`, `CAP_SETUID` and `CAP_SETGID`; since 3.8 no privilege is needed. The new namespace grants its creator a full set of capabilities, so an unshare() call that creates a user namespace together with other namespaces needs no `CAP_SYS_ADMIN` in the original namespace.\n\n' +
      "The caller's effective user and group IDs must be mapped in the parent user namespace, and (since Linux 3.9) the caller must not be in a chroot environment. The flag cannot be combined with `CLONE_THREAD` or `CLONE_PARENT`, nor, since Linux 3.9, with `CLONE_FS`. With unshare(2) (since Linux 3.8) the caller must not be threaded; the flag implies `CLONE_THREAD` and, since Linux 3.9, `CLONE_FS`.\n\n" +
      'setns(2) accepts it as `nstype` (since Linux 3.8). Joining needs `CAP_SYS_ADMIN` in the target user namespace, and is refused for a multithreaded caller, for a caller that shares its `CLONE_FS` state, and for an attempt to re-enter the current user namespace.',
    'zh-cn':
      '使用 `CLONE_NEWUSER` 时，子进程在新的用户命名空间中启动，这类命名空间隔离的是用户 ID 和组 ID。它的演进跨越了好几个版本：Linux 2.6.23 起这个标志对 clone() 开始有意义，3.5 引入了现在的 clone() 语义，3.8 补齐了让用户命名空间完全可用的最后几部分。3.8 之前使用它需要 `CAP_SYS_ADMIN`、`CAP_SETUID` 和 `CAP_SETGID` 三项能力；自 3.8 起不再需要任何特权。创建者在新命名空间中拥有全部能力，因此在一次 unshare() 调用中同时创建用户命名空间和其他命名空间时，不需要在原命名空间中拥有 `CAP_SYS_ADMIN`。\n\n' +
      '调用者的有效用户 ID 和有效组 ID 必须在父用户命名空间中有映射；并且（自 Linux 3.9 起）调用者不能处于 chroot 环境中。它不能与 `CLONE_THREAD` 或 `CLONE_PARENT` 同时使用，自 Linux 3.9 起也不能与 `CLONE_FS` 同时使用。通过 unshare(2) 使用时（自 Linux 3.8 起），调用者不能是多线程的；该标志会隐含 `CLONE_THREAD`，自 Linux 3.9 起还隐含 `CLONE_FS`。\n\n' +
      'setns(2) 接受它作为 `nstype`（自 Linux 3.8 起）。加入用户命名空间需要在目标命名空间中拥有 `CAP_SYS_ADMIN`；多线程的调用者、与他人共享 `CLONE_FS` 状态的调用者，以及试图重新进入自己当前所在用户命名空间的调用，都会被拒绝。',
  },
  constraints: [
    {
      en: 'EINVAL: CLONE_NEWUSER is combined with CLONE_THREAD or CLONE_PARENT.',
      'zh-cn': 'EINVAL：CLONE_NEWUSER 与 CLONE_THREAD 或 CLONE_PARENT 同时指定。',
    },
    {
      en: 'EINVAL: CLONE_NEWUSER is combined with CLONE_FS (since Linux 3.9).',
      'zh-cn': 'EINVAL：CLONE_NEWUSER 与 CLONE_FS 同时指定（自 Linux 3.9 起）。',
    },
    {
      en: 'EINVAL: CLONE_NEWUSER is given, but the kernel was built without CONFIG_USER_NS.',
      'zh-cn': 'EINVAL：指定了 CLONE_NEWUSER，但内核编译时没有启用 CONFIG_USER_NS。',
    },
    {
      en: 'ENOSPC: the call would exceed the limit on the number of nested user namespaces (since Linux 4.9; from Linux 3.11 to 4.8 the error was EUSERS).',
      'zh-cn': 'ENOSPC：调用会超出嵌套用户命名空间数量的上限（自 Linux 4.9 起；Linux 3.11 至 4.8 中报告的错误是 EUSERS）。',
    },
    {
      en: 'ENOSPC: creating the user namespace would exceed the limit set by the corresponding file in /proc/sys/user (since Linux 4.9).',
      'zh-cn': 'ENOSPC：创建用户命名空间会超出 /proc/sys/user 中相应文件所规定的上限（自 Linux 4.9 起）。',
    },
    {
      en: "EPERM: the caller's effective user ID or effective group ID has no mapping in the parent user namespace.",
      'zh-cn': 'EPERM：调用者的有效用户 ID 或有效组 ID 在父用户命名空间中没有映射。',
    },
    {
      en: 'EPERM: the caller is in a chroot environment, i.e. its root directory is not the root of its mount namespace (since Linux 3.9).',
      'zh-cn': 'EPERM：调用者处于 chroot 环境中，即它的根目录与所在挂载命名空间的根目录不一致（自 Linux 3.9 起）。',
    },
    {
      en: 'EINVAL (setns()): the caller tries to join the user namespace it is already a member of.',
      'zh-cn': 'EINVAL（setns()）：调用者试图加入自己已经所在的用户命名空间。',
    },
    {
      en: 'EINVAL (setns()): the caller is multithreaded and tries to join a new user namespace.',
      'zh-cn': 'EINVAL（setns()）：调用者是多线程的，却试图加入新的用户命名空间。',
    },
    {
      en: 'EINVAL (setns()): the caller shares its CLONE_FS state (in particular the root directory) with other processes and tries to join a new user namespace.',
      'zh-cn': 'EINVAL（setns()）：调用者与其他进程共享 CLONE_FS 状态（尤其是根目录），却试图加入新的用户命名空间。',
    },
    setnsTypeMismatch('CLONE_NEWUSER', 'a user namespace', '用户命名空间'),
  ],
  related: [
    'user-namespace',
    'clone-fs',
    'clone-thread',
    'clone-parent',
    'unshare-syscall',
    'setns',
    'unshare-command',
    'nsenter',
    'namespace',
  ],
  sources: [CLONE_2, SCHED_H, UNSHARE_2, SETNS_2, NAMESPACES_7],
  page: 'clone-flags',
} satisfies TermInput;
