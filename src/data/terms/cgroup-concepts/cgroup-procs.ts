import type { TermInput } from '../../schema/term.ts';
import { CGROUP_V2, man } from '../../sources/cgroups.ts';

export default {
  id: 'cgroup-procs',
  category: 'concept',
  page: 'cgroups',
  name: { en: 'cgroup.procs', 'zh-cn': 'cgroup.procs 文件' },
  aliases: {
    en: ['cgroup.procs', 'tasks file', 'cgroup.threads', 'moving a process to a cgroup', 'cgroup migration'],
    'zh-cn': ['进程迁移', '把进程移入 cgroup', 'tasks 文件', 'cgroup 成员', 'cgroup.procs', 'cgroup.threads'],
  },
  summary: {
    en: 'The file in every cgroup that lists its member processes; writing a PID to it moves that whole process into the cgroup.',
    'zh-cn': '每个 cgroup 中都有的文件，列出其成员进程；向它写入 PID，就会把整个进程移入该 cgroup。',
  },
  description: {
    en: `Reading \`cgroup.procs\` gives the PIDs of the cgroup's processes, one per line, in no particular order; a PID can even appear twice if the process was moved away and back, or the PID was reused, during the read. Writing a PID moves that process, with all its threads, into the cgroup and out of its old cgroup in the same hierarchy. Write one PID per \`write(2)\`; writing \`0\` moves the writing process itself. Zombie processes are not listed and cannot be moved.

In v1 each cgroup also has a \`tasks\` file, which lists thread IDs; writing a thread ID there moves just that thread. v2 removed \`tasks\`. Its \`cgroup.threads\` file lists thread IDs too, but single threads can be moved only between cgroups of the same threaded subtree (elsewhere the write fails with \`EOPNOTSUPP\`), and reading \`cgroup.procs\` in a threaded cgroup fails with \`EOPNOTSUPP\`.

In v2 a writer without root privileges needs write access to the destination's \`cgroup.procs\` and to the \`cgroup.procs\` of the nearest common ancestor of the source and destination cgroups. This is what keeps a delegated subtree contained. A new process can also start in another v2 cgroup directly, with \`clone3()\` and \`CLONE_INTO_CGROUP\`.`,
    'zh-cn': `读取 \`cgroup.procs\` 会得到该 cgroup 中进程的 PID，每行一个，没有特定顺序；如果读取期间进程被移出又移回，或者 PID 被重新使用，同一个 PID 甚至可能出现两次。写入一个 PID，会把该进程连同它的所有线程移入这个 cgroup，并移出它在同一层级中原来所在的 cgroup。每次 \`write(2)\` 只写一个 PID；写入 \`0\` 则移动执行写入的进程自己。僵尸进程不会被列出，也无法移动。

在 v1 中，每个 cgroup 还有一个 \`tasks\` 文件，列出的是线程 ID；向其中写入线程 ID 只会移动那一个线程。v2 删除了 \`tasks\`。v2 的 \`cgroup.threads\` 文件同样列出线程 ID，但单个线程只能在同一个线程化子树内的 cgroup 之间移动（在其他地方写入会以 \`EOPNOTSUPP\` 失败）；在线程化 cgroup 中读取 \`cgroup.procs\` 也会以 \`EOPNOTSUPP\` 失败。

在 v2 中，没有 root 权限的写入者必须对目标 cgroup 的 \`cgroup.procs\` 有写权限，还必须对源 cgroup 与目标 cgroup 最近的共同祖先的 \`cgroup.procs\` 有写权限。正是这一点保证了被委派的子树不会越界。新进程也可以用 \`clone3()\` 加 \`CLONE_INTO_CGROUP\` 直接在另一个 v2 cgroup 中启动。`,
  },
  related: ['cgroup', 'cgroup-delegation', 'cgroup-v1', 'cgroup-v2', 'clone-into-cgroup', 'no-internal-processes'],
  sources: [man('cgroups', 7), CGROUP_V2],
} satisfies TermInput;
