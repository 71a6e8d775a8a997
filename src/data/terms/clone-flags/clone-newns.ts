import type { TermInput } from '../../schema/term.ts';
import { CLONE_2, SCHED_H, SETNS_2, UNSHARE_2, setnsTypeMismatch } from '../../sources/clone-flags.ts';

export default {
  id: 'clone-newns',
  category: 'clone-flag',
  name: { en: 'CLONE_NEWNS', 'zh-cn': 'CLONE_NEWNS' },
  value: '0x00020000',
  since: '2.4.19',
  syscalls: ['clone', 'clone3', 'unshare', 'setns'],
  namespace: 'mount-namespace',
  aliases: {
    en: ['new mount namespace flag', 'mount namespace'],
    'zh-cn': ['挂载命名空间标志', 'mount 命名空间'],
  },
  summary: {
    en: 'Starts the child (or moves the caller) in a new mount namespace initialized with a copy of the current one.',
    'zh-cn': '让子进程在新的挂载命名空间中启动（或让调用者进入新的挂载命名空间），其内容复制自当前命名空间。',
  },
  description: {
    en:
      "With `CLONE_NEWNS`, the child starts in a new mount namespace that begins as a copy of the parent's; without it, the child lives in the parent's mount namespace. `unshare(CLONE_NEWNS)` gives the caller a private copy in the same way and automatically adds `CLONE_FS`. Both need `CAP_SYS_ADMIN`. Unlike the other namespace flags, its name does not spell out the namespace type: NS stands for namespace, and when the flag was added in Linux 2.4.19 the mount namespace was the only kind.\n\n" +
      'It cannot be combined with `CLONE_FS` in a clone call. setns(2) accepts it as `nstype` (since Linux 3.8) to require that the file descriptor refers to a mount namespace; joining one needs `CAP_SYS_CHROOT` and `CAP_SYS_ADMIN` in the caller\'s own user namespace and `CAP_SYS_ADMIN` in the user namespace that owns the target.',
    'zh-cn':
      '使用 `CLONE_NEWNS` 时，子进程在一个新的挂载命名空间中启动，它最初是父进程挂载命名空间的副本；不加这个标志时，子进程与父进程处于同一个挂载命名空间。`unshare(CLONE_NEWNS)` 以同样的方式让调用者获得私有副本，并会自动加上 `CLONE_FS`。两种用法都需要 `CAP_SYS_ADMIN` 能力。与其他命名空间标志不同，它的名字里没有写出命名空间的类型：NS 指 namespace，Linux 2.4.19 加入这个标志时，挂载命名空间是唯一的一种命名空间。\n\n' +
      '在 clone 调用中它不能与 `CLONE_FS` 同时使用。setns(2) 接受它作为 `nstype`（自 Linux 3.8 起），用来要求文件描述符指向挂载命名空间；加入挂载命名空间时，调用者需要在自己的用户命名空间中拥有 `CAP_SYS_CHROOT` 和 `CAP_SYS_ADMIN`，并在拥有目标命名空间的用户命名空间中拥有 `CAP_SYS_ADMIN`。',
  },
  constraints: [
    {
      en: 'EINVAL: CLONE_NEWNS is combined with CLONE_FS.',
      'zh-cn': 'EINVAL：CLONE_NEWNS 与 CLONE_FS 同时指定。',
    },
    {
      en: 'EPERM: CLONE_NEWNS is given by a process without CAP_SYS_ADMIN.',
      'zh-cn': 'EPERM：没有 CAP_SYS_ADMIN 能力的进程指定了 CLONE_NEWNS。',
    },
    setnsTypeMismatch('CLONE_NEWNS', 'a mount namespace', '挂载命名空间'),
  ],
  related: ['mount-namespace', 'clone-fs', 'unshare-syscall', 'setns', 'unshare-command', 'nsenter', 'namespace'],
  sources: [CLONE_2, SCHED_H, UNSHARE_2, SETNS_2],
  page: 'clone-flags',
} satisfies TermInput;
