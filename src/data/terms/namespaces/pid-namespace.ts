import type { TermInput } from '../../schema/term.ts';
import { SRC, man } from '../../sources/namespaces.ts';

export default {
  id: 'pid-namespace',
  dockerHostOption: '--pid=host',
  dockerCreatesByDefault: true,
  category: 'namespace',
  page: 'ns-pid',
  name: { en: 'PID namespace', 'zh-cn': 'PID 命名空间' },
  aliases: {
    en: ['PID namespace', 'pid_namespaces', 'pidns', 'CLONE_NEWPID namespace'],
    'zh-cn': ['PID 命名空间', '进程号命名空间', '进程 ID 隔离', 'pid_namespaces', 'pidns', 'CLONE_NEWPID namespace', 'PID namespace', 'CLONE_NEWPID'],
  },
  summary: {
    en: 'Gives a group of processes its own process-ID numbering, starting at 1, so that processes in different PID namespaces can have the same PID.',
    'zh-cn': '为一组进程提供一套独立的 PID（从 1 开始编号），不同 PID 命名空间中的进程可以拥有相同的 PID。',
  },
  description: {
    en: `In a new PID namespace, PIDs start at 1. The first process created in it becomes its "init": PID 1, the reaper of orphaned processes in the namespace. This is what lets a container be suspended, resumed or migrated while its processes keep their PIDs.

PID namespaces form a tree: the parent of a namespace is the PID namespace of the process that created it, and since Linux 3.7 nesting stops at 32 levels. A process is visible in its own namespace and in every ancestor, and has a different PID at each level; \`getpid(2)\` returns the one in the namespace where it was created. Processes cannot see anything in an ancestor namespace.

A process's own PID namespace (\`/proc/[pid]/ns/pid\`) never changes. \`unshare(2)\` and \`setns(2)\` only change where its future children go, shown since Linux 4.12 by \`/proc/[pid]/ns/pid_for_children\`. Tools such as \`ps\` read \`/proc\`, which lists the processes of the PID namespace that mounted it, so a new PID namespace usually comes with a new mount namespace and a fresh \`/proc\`: \`unshare --pid --fork --mount-proc\`.`,
    'zh-cn': `在新的 PID 命名空间中，PID 从 1 开始分配。其中创建的第一个进程就是该命名空间的 “init”：PID 为 1，负责收养命名空间里的孤儿进程。正因为如此，容器可以被挂起、恢复或迁移，而其中的进程保持原来的 PID。

PID 命名空间构成一棵树：一个命名空间的父命名空间，就是创建它的进程所在的 PID 命名空间；从 Linux 3.7 起，嵌套深度最多 32 层。进程在自己的命名空间及所有祖先命名空间中都可见，并且在每一层都有不同的 PID；\`getpid(2)\` 返回的是进程被创建时所在命名空间中的 PID。进程看不到祖先命名空间里的任何进程。

进程自身所属的 PID 命名空间（\`/proc/[pid]/ns/pid\`）终生不变。\`unshare(2)\` 和 \`setns(2)\` 只改变它之后创建的子进程所在的命名空间，Linux 4.12 起可通过 \`/proc/[pid]/ns/pid_for_children\` 查看。\`ps\` 等工具读取的是 \`/proc\`，而 \`/proc\` 显示的是挂载它的那个 PID 命名空间中的进程，所以创建 PID 命名空间时通常还要创建新的挂载命名空间并重新挂载 \`/proc\`：\`unshare --pid --fork --mount-proc\`。`,
  },
  flag: 'clone-newpid',
  procFile: 'pid',
  procFileSince: '3.8',
  since: '2.6.24',
  isolates: {
    en: 'Process IDs: each PID namespace numbers its processes independently, starting at 1.',
    'zh-cn': '进程 ID：每个 PID 命名空间独立为其中的进程编号，从 1 开始。',
  },
  privileges: {
    en: 'Creating one needs `CAP_SYS_ADMIN` in the caller\'s user namespace, unless `CLONE_NEWUSER` is passed in the same call, in which case an unprivileged process can do it (user_namespaces(7)). Joining with `setns(2)` needs `CAP_SYS_ADMIN` both in the caller\'s own user namespace and in the user namespace that owns the target, and the target must be the caller\'s own PID namespace or a descendant of it.',
    'zh-cn': '创建时需要在调用者所在的用户命名空间中拥有 `CAP_SYS_ADMIN`；如果同一次调用中还指定了 `CLONE_NEWUSER`，无特权进程也可以创建（见 user_namespaces(7)）。用 `setns(2)` 加入时，需要同时在自己的用户命名空间和拥有目标命名空间的用户命名空间中拥有 `CAP_SYS_ADMIN`，并且目标只能是调用者当前的 PID 命名空间或其后代。',
  },
  unshareOption: '--pid',
  nsenterOption: '--pid',
  ociType: 'pid',
  docker: {
    en: '`--pid=host` runs the container in the host\'s PID namespace, so it sees every process on the host (useful for debugging tools). `--pid=container:<name|id>` joins another container\'s PID namespace instead. By default each container has its own.',
    'zh-cn': '`--pid=host` 让容器使用宿主机的 PID 命名空间，容器能看到宿主机上的所有进程（便于使用调试工具）。`--pid=container:<name|id>` 则加入另一个容器的 PID 命名空间。默认情况下，每个容器都有自己的 PID 命名空间。',
  },
  examples: [
    {
      commands: `# unshare --pid --fork --mount-proc sh -c 'echo $$; ps -o pid,comm'`,
      output: `1
  PID COMMAND
    1 sh
    2 ps`,
      note: {
        en: 'With `--fork` the shell is the first process of the new namespace, so it is PID 1; `--mount-proc` gives `ps` a `/proc` that lists only this namespace.',
        'zh-cn': '加上 `--fork` 后，shell 是新命名空间中的第一个进程，所以它的 PID 是 1；`--mount-proc` 为 `ps` 提供了一个只列出本命名空间进程的 `/proc`。',
      },
    },
    {
      commands: `# unshare --pid --fork sh -c 'echo $$; readlink /proc/self'
# unshare --pid --fork --mount-proc readlink /proc/self`,
      output: `1
16079
1`,
      note: {
        en: 'Without `--mount-proc` the shell is PID 1, but `/proc` still belongs to the host\'s PID namespace, so `/proc/self` shows the host PID of `readlink`. With a fresh `/proc` it shows 1.',
        'zh-cn': '不加 `--mount-proc` 时，shell 的 PID 是 1，但 `/proc` 仍属于宿主机的 PID 命名空间，所以 `/proc/self` 显示的是 `readlink` 在宿主机上的 PID。重新挂载 `/proc` 后显示的就是 1。',
      },
    },
    {
      commands: String.raw`# unshare --pid perl -e '$|=1; for my $i (1..2) { my $p = fork; defined $p or die "fork $i: $!\n"; if ($p == 0) { exit 0 } waitpid($p, 0); print "fork $i: child $p\n" }'`,
      output: `fork 1: child 15351
fork 2: Cannot allocate memory`,
      note: {
        en: 'Without `--fork`, `perl` itself stays in the old PID namespace. Its first child becomes PID 1 of the new one (15351 is how the parent sees it); once that child exits, the namespace has no init and the next `fork()` fails with `ENOMEM`.',
        'zh-cn': '不加 `--fork` 时，`perl` 自己仍留在原来的 PID 命名空间中。它的第一个子进程成为新命名空间的 PID 1（15351 是父进程看到的编号）；这个子进程退出后，命名空间没有了 init，下一次 `fork()` 以 `ENOMEM` 失败。',
      },
    },
  ],
  pitfalls: [
    {
      en: 'After `unshare(CLONE_NEWPID)` (or `setns(2)` into a PID namespace) the caller itself stays in its old PID namespace; only its next child enters the new one, and the first such child becomes PID 1. That is why `unshare --pid` needs `--fork` to run a program inside. `/proc/[pid]/ns/pid_for_children` stays empty until that first child exists, and a process may call `unshare(CLONE_NEWPID)` only once (a second call fails with `EINVAL`).',
      'zh-cn': '调用 `unshare(CLONE_NEWPID)`（或用 `setns(2)` 进入某个 PID 命名空间）之后，调用者自己仍留在原来的 PID 命名空间，只有它接下来创建的子进程才进入新命名空间，第一个这样的子进程成为 PID 1。所以 `unshare --pid` 需要加 `--fork` 才能让程序运行在新命名空间里。在第一个子进程出现之前，`/proc/[pid]/ns/pid_for_children` 是空的；一个进程只能调用一次 `unshare(CLONE_NEWPID)`（第二次以 `EINVAL` 失败）。',
    },
    {
      en: 'PID 1 is essential: if it exits, the kernel sends `SIGKILL` to every other process in the namespace, and any later `fork(2)` into the namespace fails with `ENOMEM`. The same happens after `unshare(CLONE_NEWPID)` when the first child exits.',
      'zh-cn': 'PID 1 至关重要：它一旦退出，内核会向命名空间中其余所有进程发送 `SIGKILL`，之后任何进入该命名空间的 `fork(2)` 都会以 `ENOMEM` 失败。调用 `unshare(CLONE_NEWPID)` 后，如果第一个子进程退出，也会出现同样的情况。',
    },
    {
      en: 'The init process only receives signals for which it has installed a handler, even from privileged processes in its namespace, so `kill 1` inside a container may do nothing. From an ancestor namespace, `SIGKILL` and `SIGSTOP` are always delivered.',
      'zh-cn': 'init 进程只会收到它安装了处理函数的信号，即使发送者是同一命名空间中的特权进程也一样，所以在容器里执行 `kill 1` 可能毫无效果。从祖先命名空间发送的 `SIGKILL` 和 `SIGSTOP` 则总会送达。',
    },
    {
      en: '`/proc` lists the processes of the PID namespace that mounted it, whichever namespace reads it. Without a fresh `/proc` mount, `ps` and `top` inside a new PID namespace still show the host.',
      'zh-cn': '不论谁来读，`/proc` 列出的都是挂载它的那个 PID 命名空间中的进程。如果不重新挂载 `/proc`，在新 PID 命名空间里运行 `ps`、`top` 看到的仍是宿主机的进程。',
    },
    {
      en: '`CLONE_NEWPID` cannot be combined with `CLONE_THREAD` (and `clone(2)` also rejects `CLONE_PARENT`). `getppid(2)` returns 0 in a process whose parent lives in another PID namespace, such as PID 1 of the new namespace.',
      'zh-cn': '`CLONE_NEWPID` 不能与 `CLONE_THREAD` 同时使用（`clone(2)` 也不接受它与 `CLONE_PARENT` 组合）。如果进程的父进程位于另一个 PID 命名空间（例如新命名空间中的 PID 1），它调用 `getppid(2)` 得到的是 0。',
    },
  ],
  related: [
    'clone-newpid',
    'namespace',
    'proc-pid-ns',
    'mount-namespace',
    'unshare-syscall',
    'setns',
    'unshare-command',
    'nsenter',
  ],
  sources: [
    man('pid_namespaces', 7),
    SRC.namespaces,
    SRC.clone,
    SRC.unshare2,
    SRC.setns,
    SRC.userNs,
    SRC.unshare1,
    SRC.nsenter1,
    SRC.oci,
    SRC.dockerRun,
  ],
} satisfies TermInput;
