import type { TermInput } from '../../schema/term.ts';
import { CGROUP_V1, CGROUP_V2, man } from '../../sources/cgroups.ts';

export default {
  id: 'cgroup',
  category: 'concept',
  page: 'cgroups',
  name: { en: 'cgroup (control group)', 'zh-cn': 'cgroup（控制组）' },
  aliases: {
    en: ['cgroup', 'cgroups', 'control group', 'control groups', 'Linux control groups', 'cgroupfs', 'cgroup filesystem'],
    'zh-cn': ['控制组', '控制群组', 'Linux 控制组', 'cgroup 控制组', 'cgroup 文件系统', 'cgroup', 'cgroups', 'cgroupfs'],
  },
  summary: {
    en: 'A group of processes in a tree of groups, whose use of resources such as CPU time, memory and I/O the kernel can account for, limit and control.',
    'zh-cn': '由进程组成的分组，这些分组排成一棵树；内核可以统计、限制和控制每个分组对 CPU 时间、内存、I/O 等资源的使用。',
  },
  description: {
    en: `"cgroup" stands for *control group* and is written in lower case. It is a mechanism for organizing processes hierarchically and distributing system resources along that hierarchy. It has two parts: the **core**, which keeps track of which process is in which cgroup, and the **controllers** (called subsystems in v1), each of which usually distributes one kind of resource, such as \`memory\`, \`cpu\` or \`pids\`.

The interface is a pseudo-filesystem. Each cgroup is a directory: \`mkdir\` creates one, and \`rmdir\` removes one that has no child cgroups and no live processes. The files inside show and change its members and settings. Every process is in exactly one cgroup of a hierarchy; a child created by \`fork(2)\` starts in its parent's cgroup, \`execve(2)\` keeps it there, and writing a PID to \`cgroup.procs\` moves a process. \`/proc/[pid]/cgroup\` tells where a process is.

Settings are hierarchical: what a cgroup is given applies to its whole subtree, and limits set closer to the root cannot be exceeded or overridden further down. There are two implementations, cgroup v1 and cgroup v2. A cgroup namespace virtualizes the cgroup paths a process sees, in \`/proc/[pid]/cgroup\` and in cgroup mounts.`,
    'zh-cn': `cgroup（控制组）是 *control group* 的缩写，按惯例全部小写。它是一种机制：把进程按层级组织起来，并沿着这个层级分配系统资源。它由两部分组成：**核心**负责记录每个进程属于哪个 cgroup；**控制器**（v1 中称为子系统）通常各自负责分配一类资源，例如 \`memory\`、\`cpu\` 或 \`pids\`。

它的接口是一个伪文件系统。每个 cgroup 就是一个目录：用 \`mkdir\` 创建；没有子 cgroup、也没有存活进程时，可以用 \`rmdir\` 删除。目录中的文件用来查看和修改它的成员与设置。在一个层级中，每个进程恰好属于一个 cgroup：\`fork(2)\` 创建的子进程起初位于父进程所在的 cgroup，\`execve(2)\` 不会改变这一点，向 \`cgroup.procs\` 写入 PID 则可以迁移进程。\`/proc/[pid]/cgroup\` 显示进程所在的位置。

设置是分层生效的：分给某个 cgroup 的资源作用于它的整棵子树，离根更近处设定的限制，在更深处既不能突破也不能覆盖。cgroup 有两套实现：cgroup v1 和 cgroup v2。cgroup 命名空间会虚拟化进程看到的 cgroup 路径，包括 \`/proc/[pid]/cgroup\` 和 cgroup 挂载中的路径。`,
  },
  related: [
    'cgroup-hierarchy',
    'cgroup-v1',
    'cgroup-v2',
    'cgroup-procs',
    'cgroup-subtree-control',
    'cgroup-namespace',
    'clone-into-cgroup',
    'cgroup-memory',
    'cgroup-cpu',
    'cgroup-pids',
  ],
  sources: [man('cgroups', 7), CGROUP_V2, CGROUP_V1],
} satisfies TermInput;
