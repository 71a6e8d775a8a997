import type { TermInput } from '../../schema/term.ts';
import { CLONE_2, SCHED_H } from '../../sources/clone-flags.ts';

export default {
  id: 'clone-into-cgroup',
  category: 'clone-flag',
  name: { en: 'CLONE_INTO_CGROUP', 'zh-cn': 'CLONE_INTO_CGROUP' },
  value: '0x200000000',
  since: '5.7',
  syscalls: ['clone3'],
  aliases: {
    en: ['spawn into a cgroup', 'clone into cgroup v2'],
    'zh-cn': ['直接创建到指定 cgroup', '在 cgroup v2 中创建进程'],
  },
  summary: {
    en: 'Creates the child directly in the version 2 cgroup referred to by the file descriptor in cl_args.cgroup.',
    'zh-cn': '让子进程直接在 cl_args.cgroup 中文件描述符所指的 cgroup v2 里创建。',
  },
  description: {
    en:
      "By default a child starts in its parent's version 2 cgroup. With `CLONE_INTO_CGROUP`, clone3() places it in the cgroup referred to by the file descriptor in `cl_args.cgroup`, which is obtained by opening a cgroup v2 directory with `O_RDONLY` or `O_PATH`. The usual cgroups(7) rules for putting a process into a version 2 cgroup still apply, and the flag has no effect on version 1 cgroups. Its value lies above bit 31, and the header lists it among the flags for clone3().\n\n" +
      'A service manager can use it to start each service directly in its own cgroup, which avoids the accounting jitter of creating the child in the parent\'s cgroup first, and is much cheaper than moving the child afterwards. It can also create a frozen child by targeting a frozen cgroup, and lets a threaded program set up its cgroup layout before it spawns each thread into place.',
    'zh-cn':
      '默认情况下，子进程与父进程处于同一个 cgroup v2 中。使用 `CLONE_INTO_CGROUP` 时，clone3() 会把子进程放进 `cl_args.cgroup` 中文件描述符所指的 cgroup；这个描述符可以用 `O_RDONLY` 或 `O_PATH` 打开 cgroup v2 目录得到。cgroups(7) 中关于把进程放入 cgroup v2 的各项限制依然适用，而且这个标志只对 cgroup v2 有效。它的值高于第 31 位，内核头文件把它列为 clone3() 专用的标志。\n\n' +
      '服务管理器可以用它把每个服务直接创建在专属的 cgroup 中，既避免了先在父进程的 cgroup 中创建再迁移所带来的统计抖动，开销也比事后迁移小得多。它还可以通过指定一个已冻结的 cgroup 来创建处于冻结状态的子进程，也能让多线程程序先规划好 cgroup 布局，再把每个线程直接创建到目标位置。',
  },
  constraints: [
    {
      en: 'EACCES (clone3() only): the restrictions described in cgroups(7) on placing the child in the version 2 cgroup given by cl_args.cgroup are not met.',
      'zh-cn': 'EACCES（仅 clone3()）：不满足 cgroups(7) 中关于把子进程放入 cl_args.cgroup 所指 cgroup v2 的限制。',
    },
    {
      en: 'EBUSY (clone3() only): the version 2 cgroup given by cl_args.cgroup has a domain controller enabled.',
      'zh-cn': 'EBUSY（仅 clone3()）：cl_args.cgroup 所指的 cgroup v2 启用了域控制器（domain controller）。',
    },
    {
      en: 'EOPNOTSUPP (clone3() only): the version 2 cgroup given by cl_args.cgroup is in the domain invalid state.',
      'zh-cn': 'EOPNOTSUPP（仅 clone3()）：cl_args.cgroup 所指的 cgroup v2 处于 domain invalid 状态。',
    },
  ],
  related: ['clone3', 'clone-newcgroup', 'cgroup-namespace'],
  sources: [CLONE_2, SCHED_H],
  page: 'clone-flags',
} satisfies TermInput;
