import type { TermInput } from '../../schema/term.ts';
import { CLONE_2, PID_NAMESPACES_7, SCHED_H, SETNS_2, UNSHARE_2, setnsTypeMismatch } from '../../sources/clone-flags.ts';

export default {
  id: 'clone-newpid',
  category: 'clone-flag',
  name: { en: 'CLONE_NEWPID', 'zh-cn': 'CLONE_NEWPID' },
  value: '0x20000000',
  since: '2.6.24',
  syscalls: ['clone', 'clone3', 'unshare', 'setns'],
  namespace: 'pid-namespace',
  aliases: {
    en: ['new PID namespace flag', 'PID namespace'],
    'zh-cn': ['PID 命名空间标志', 'PID 命名空间'],
  },
  summary: {
    en: "Creates the child in a new PID namespace; with unshare(), only the caller's later children enter it.",
    'zh-cn': '让子进程在新的 PID 命名空间中创建；通过 unshare() 使用时，只有调用者之后创建的子进程才会进入它。',
  },
  description: {
    en:
      'With `CLONE_NEWPID`, the child is created in a new PID namespace, where it has PID 1 and is the init process of that namespace. `unshare(CLONE_NEWPID)` (since Linux 3.8) works differently: the caller does not move, and the first child it creates afterwards becomes PID 1 in the new namespace. Both need `CAP_SYS_ADMIN`, and the kernel must be built with `CONFIG_PID_NS`.\n\n' +
      'The flag cannot be combined with `CLONE_THREAD` or `CLONE_PARENT`; unshare() implies `CLONE_THREAD` for it, and once a process has unshared or joined a PID namespace it can no longer create threads with `CLONE_THREAD`. Since Linux 3.7 the nesting depth of PID namespaces is limited. With clone3(), the `set_tid` array (since Linux 5.5) can choose the PID of the child in the new namespace and in its ancestors.\n\n' +
      "setns(2) accepts it as `nstype` (since Linux 3.8), but only for a namespace that is the caller's current PID namespace or a descendant of it. As with unshare(), joining changes where the caller's future children are placed, not the caller's own PID namespace.",
    'zh-cn':
      '使用 `CLONE_NEWPID` 时，子进程在新的 PID 命名空间中创建，它在其中的 PID 为 1，是该命名空间的 init 进程。`unshare(CLONE_NEWPID)`（自 Linux 3.8 起）的行为不同：调用者本身不会移动，它之后创建的第一个子进程才会成为新命名空间中的 1 号进程。两种用法都需要 `CAP_SYS_ADMIN` 能力，并且内核必须启用 `CONFIG_PID_NS` 选项。\n\n' +
      '它不能与 `CLONE_THREAD` 或 `CLONE_PARENT` 同时使用；unshare() 使用它时会隐含 `CLONE_THREAD`；进程一旦通过 unshare 或 setns 进入过 PID 命名空间，就不能再用 `CLONE_THREAD` 创建线程。自 Linux 3.7 起，PID 命名空间的嵌套深度是有上限的。使用 clone3() 时，可以通过 `set_tid` 数组（自 Linux 5.5 起）指定子进程在新命名空间及其祖先命名空间中的 PID。\n\n' +
      'setns(2) 接受它作为 `nstype`（自 Linux 3.8 起），但目标只能是调用者当前的 PID 命名空间或其后代。与 unshare() 一样，加入 PID 命名空间改变的是调用者之后创建的子进程所在的命名空间，而不是调用者自己的 PID 命名空间。',
  },
  constraints: [
    {
      en: 'EINVAL: CLONE_NEWPID is combined with CLONE_THREAD or CLONE_PARENT.',
      'zh-cn': 'EINVAL：CLONE_NEWPID 与 CLONE_THREAD 或 CLONE_PARENT 同时指定。',
    },
    {
      en: 'EINVAL: CLONE_NEWPID is given, but the kernel was built without CONFIG_PID_NS.',
      'zh-cn': 'EINVAL：指定了 CLONE_NEWPID，但内核编译时没有启用 CONFIG_PID_NS。',
    },
    {
      en: 'ENOSPC: CLONE_NEWPID would exceed the limit on the nesting depth of PID namespaces (since Linux 3.7).',
      'zh-cn': 'ENOSPC：指定 CLONE_NEWPID 会超出 PID 命名空间的嵌套深度上限（自 Linux 3.7 起）。',
    },
    {
      en: 'EPERM: CLONE_NEWPID is given by a process without CAP_SYS_ADMIN.',
      'zh-cn': 'EPERM：没有 CAP_SYS_ADMIN 能力的进程指定了 CLONE_NEWPID。',
    },
    {
      en: 'EINVAL (unshare()): CLONE_NEWPID is given, but the process has already called unshare() with CLONE_NEWPID.',
      'zh-cn': 'EINVAL（unshare()）：指定了 CLONE_NEWPID，但该进程此前已经用 CLONE_NEWPID 调用过 unshare()。',
    },
    {
      en: 'EINVAL (setns()): the caller tries to join an ancestor (parent, grandparent, …) PID namespace.',
      'zh-cn': 'EINVAL（setns()）：调用者试图加入祖先（父、祖父……）PID 命名空间。',
    },
    setnsTypeMismatch('CLONE_NEWPID', 'a PID namespace', ' PID 命名空间'),
  ],
  related: [
    'pid-namespace',
    'clone-thread',
    'clone-parent',
    'clone3',
    'unshare-syscall',
    'setns',
    'unshare-command',
    'nsenter',
    'namespace',
  ],
  sources: [CLONE_2, SCHED_H, UNSHARE_2, SETNS_2, PID_NAMESPACES_7],
  page: 'clone-flags',
} satisfies TermInput;
