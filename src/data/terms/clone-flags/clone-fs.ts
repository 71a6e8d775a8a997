import type { TermInput } from '../../schema/term.ts';
import { CLONE_2, SCHED_H, SETNS_2, UNSHARE_2 } from '../../sources/clone-flags.ts';

export default {
  id: 'clone-fs',
  category: 'clone-flag',
  name: { en: 'CLONE_FS', 'zh-cn': 'CLONE_FS' },
  value: '0x00000200',
  since: '2.0',
  syscalls: ['clone', 'clone3', 'unshare'],
  aliases: {
    en: ['share filesystem information', 'share cwd, root and umask'],
    'zh-cn': ['共享文件系统信息', '共享工作目录、根目录和 umask'],
  },
  summary: {
    en: 'Shares filesystem information (root directory, current working directory and umask) between the caller and the child.',
    'zh-cn': '让调用者与子进程共享文件系统信息：根目录、当前工作目录和 umask。',
  },
  description: {
    en:
      'With `CLONE_FS`, a chroot(2), chdir(2) or umask(2) call made by either process also changes the root directory, working directory or umask of the other. Without it, the child starts with a copy of these attributes, and later changes stay private to each process. `unshare(CLONE_FS)` undoes the sharing for the caller.\n\n' +
      'The flag does not mix with some namespaces. A clone call rejects it together with `CLONE_NEWNS`, and (since Linux 3.9) together with `CLONE_NEWUSER`. unshare(2) adds it automatically for `CLONE_NEWNS` and, since Linux 3.9, for `CLONE_NEWUSER`. setns(2) refuses to move a process that shares this state with another process into a new user or mount namespace.',
    'zh-cn':
      '使用 `CLONE_FS` 时，任一进程调用 chroot(2)、chdir(2) 或 umask(2)，都会同时改变另一进程的根目录、工作目录或 umask。不加这个标志时，子进程得到这些属性的一份副本，此后双方的修改互不影响。`unshare(CLONE_FS)` 可以让调用者解除这种共享。\n\n' +
      '这个标志与某些命名空间互相冲突。clone 调用不允许它与 `CLONE_NEWNS` 同时出现，也不允许它与 `CLONE_NEWUSER` 同时出现（自 Linux 3.9 起）。unshare(2) 在指定 `CLONE_NEWNS` 时会自动加上它，自 Linux 3.9 起指定 `CLONE_NEWUSER` 时也会。如果进程与其他进程共享这些状态，setns(2) 不允许它加入新的用户命名空间或挂载命名空间。',
  },
  constraints: [
    {
      en: 'EINVAL: CLONE_FS is combined with CLONE_NEWNS.',
      'zh-cn': 'EINVAL：CLONE_FS 与 CLONE_NEWNS 同时指定。',
    },
    {
      en: 'EINVAL: CLONE_FS is combined with CLONE_NEWUSER (since Linux 3.9).',
      'zh-cn': 'EINVAL：CLONE_FS 与 CLONE_NEWUSER 同时指定（自 Linux 3.9 起）。',
    },
    {
      en: 'EINVAL (setns()): the caller shares its CLONE_FS state (in particular the root directory) with other processes and tries to join a new user namespace.',
      'zh-cn': 'EINVAL（setns()）：调用者与其他进程共享 CLONE_FS 状态（尤其是根目录），却试图加入新的用户命名空间。',
    },
  ],
  related: ['clone-newns', 'clone-newuser', 'clone-files', 'unshare-syscall', 'setns'],
  sources: [CLONE_2, SCHED_H, UNSHARE_2, SETNS_2],
  page: 'clone-flags',
} satisfies TermInput;
