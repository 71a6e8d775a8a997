import type { LabInput } from '../schema/lab.ts';
import type { LocalizedText } from '../schema/common.ts';
import { SCRATCH_NAME } from './common/rules.ts';

/** Counters that must have moved (a zero would mean the limit never bit), whatever their value. */
function nonZero(keys: string, label: LocalizedText) {
  return { pattern: String.raw`^(${keys}) [1-9]\d*$`, replacement: '$1 <n>', label };
}

export default {
  id: 'cgroups',
  title: { en: 'Lab: limit a process with cgroups', 'zh-cn': '实验：用 cgroup 限制进程' },
  intro: {
    en: 'Create a cgroup, give it memory, CPU and process-count limits, and watch the kernel enforce them: an OOM kill, CPU throttling, a refused `fork()`. The main path is cgroup v2; a second path does the memory and CPU part on a hybrid host, where those controllers are still bound to cgroup v1. The handbook’s test suite runs every step on its own machine and runs the path that machine has, so each step below says what it needs.',
    'zh-cn': '创建一个 cgroup（控制组），为它设置内存、CPU 和进程数限制，然后看内核如何执行这些限制：一次 OOM kill、CPU 限流（throttle）、一次被拒绝的 `fork()`。主线用的是 cgroup v2；另一条支线在混合布局的宿主机上完成内存和 CPU 部分，那里这些控制器仍然绑定在 cgroup v1 上。本手册的测试在自己的机器上运行每一步，运行的是那台机器所具备的那条路线，因此每一步都注明了它需要什么。',
  },
  learn: {
    en: [
      'how to tell a cgroup v2 host from a hybrid one',
      'how to create a cgroup, move a process into it and remove it',
      'what `memory.max`, `cpu.max` and `pids.max` do when a process reaches them',
      'where the kernel counts what happened: `memory.events`, `cpu.stat`, `pids.events`',
      'what the same limits look like in cgroup v1',
    ],
    'zh-cn': [
      '怎样区分 cgroup v2 宿主机和混合布局的宿主机',
      '怎样创建 cgroup、把进程移进去、再把它删除',
      '进程触及 `memory.max`、`cpu.max` 和 `pids.max` 时会发生什么',
      '内核在哪里记录发生过的事：`memory.events`、`cpu.stat`、`pids.events`',
      '同样的限制在 cgroup v1 里是什么样子',
    ],
  },
  needs: {
    en: 'A root shell on a throwaway Linux machine. For the cgroup v2 steps, a host that mounts only cgroup v2 at `/sys/fs/cgroup` with the `cpu`, `memory` and `pids` controllers enabled in `/sys/fs/cgroup/cgroup.subtree_control`; for the hybrid steps, cgroup v1 `memory` and `cpu` hierarchies under `/sys/fs/cgroup`.',
    'zh-cn': '一台可以随时丢弃的 Linux 机器上的 root shell。cgroup v2 的步骤需要宿主机只在 `/sys/fs/cgroup` 挂载 cgroup v2，并且 `/sys/fs/cgroup/cgroup.subtree_control` 里启用了 `cpu`、`memory` 和 `pids` 控制器；混合布局的步骤需要 `/sys/fs/cgroup` 下有 cgroup v1 的 `memory` 和 `cpu` 层级。',
  },
  packages: ['coreutils', 'grep'],
  requires: ['root'],
  normalize: [SCRATCH_NAME],
  vars: ['LAB', 'NAME', 'CG', 'V1MEM', 'V1CPU'],
  steps: [
    {
      id: 'prepare',
      title: { en: 'A unique name', 'zh-cn': '唯一的名字' },
      commands: `export LAB=$(mktemp -d /tmp/lab.XXXXXX)
export NAME=\${LAB#/tmp/}
echo "$NAME"`,
      output: 'lab.PJwVOQ',
      explanation: {
        en: 'The cgroups below are named after `$NAME`, so two runs never collide and the cleanup knows what to remove.',
        'zh-cn': '下面的 cgroup 都以 `$NAME` 命名，两次运行不会冲突，清理时也知道该删什么。',
      },
    },
    {
      id: 'v2-layout',
      title: { en: 'cgroup v2: check the layout', 'zh-cn': 'cgroup v2：检查布局' },
      commands: `stat -fc %T /sys/fs/cgroup
grep -ow -e cpu -e memory -e pids /sys/fs/cgroup/cgroup.subtree_control`,
      output: `cgroup2fs
cpu
memory
pids`,
      requires: ['cgroup-v2-controller:cpu', 'cgroup-v2-controller:memory', 'cgroup-v2-controller:pids'],
      explanation: {
        en: '`cgroup2fs` means `/sys/fs/cgroup` is the single cgroup v2 hierarchy. A controller can be used in a cgroup only when its parent lists it in `cgroup.subtree_control`; the root’s file says which ones the children of the root get.',
        'zh-cn': '`cgroup2fs` 表示 `/sys/fs/cgroup` 就是唯一的 cgroup v2 层级。只有父 cgroup 在 `cgroup.subtree_control` 中列出某个控制器，子 cgroup 才能使用它；根 cgroup 的这个文件决定了它的子 cgroup 能用哪些控制器。',
      },
      terms: ['cgroup-v2', 'cgroup-subtree-control'],
    },
    {
      id: 'v2-create',
      title: { en: 'cgroup v2: create a cgroup', 'zh-cn': 'cgroup v2：创建 cgroup' },
      commands: `export CG=/sys/fs/cgroup/$NAME
mkdir "$CG"
ls "$CG" | grep -E '^(cpu|memory|pids)\\.(max|events|stat)$'
cat "$CG/cpu.max" "$CG/memory.max" "$CG/pids.max"`,
      output: `cpu.max
cpu.stat
memory.events
memory.max
memory.stat
pids.events
pids.max
max 100000
max
max`,
      requires: ['cgroup-v2-controller:cpu', 'cgroup-v2-controller:memory', 'cgroup-v2-controller:pids'],
      explanation: {
        en: 'A cgroup is a directory: `mkdir` creates it and the kernel fills it with the interface files of the controllers its parent enabled. Every limit starts at `max`, no limit; `cpu.max` also shows the period, 100000 µs.',
        'zh-cn': 'cgroup 就是一个目录：`mkdir` 创建它，内核在里面放好父 cgroup 启用的那些控制器的接口文件。所有限制的初始值都是 `max`，即不限制；`cpu.max` 还显示了周期，100000 微秒。',
      },
      terms: ['cgroup', 'cgroup-hierarchy'],
    },
    {
      id: 'v2-memory',
      title: { en: 'cgroup v2: a memory limit and an OOM kill', 'zh-cn': 'cgroup v2：内存限制与 OOM kill' },
      commands: `echo 20M > "$CG/memory.max"
echo 0 > "$CG/memory.swap.max"
cat "$CG/memory.max"
sh -c 'echo $$ > "$CG/cgroup.procs"; tail /dev/zero; echo "tail: exit status $?"'
grep -E '^(max|oom|oom_kill) ' "$CG/memory.events"`,
      output: `20971520
Killed
tail: exit status 137
max 46
oom 1
oom_kill 1`,
      requires: ['cgroup-v2-controller:memory'],
      normalize: [nonZero('max|oom', { en: 'how often the limit was hit', 'zh-cn': '触及限制的次数' })],
      explanation: {
        en: 'The kernel accepts `20M` and shows the limit in bytes. With swap ruled out by `memory.swap.max`, memory above 20 MiB can only be reclaimed or refused. `sh` writes its own PID into `cgroup.procs`, which moves it into the cgroup, and its child `tail` inherits the cgroup. `tail /dev/zero` looks for the last ten lines of an endless stream with no newline, so it keeps everything it reads. When reclaim cannot keep it under the limit, the cgroup’s OOM killer kills it with `SIGKILL`; the shell reports *Killed*, and 137 is 128 + 9. `memory.events` counts how often usage hit `max`, the OOM events and the kills.',
        'zh-cn': '内核接受 `20M` 这样的写法，读出时以字节显示。`memory.swap.max` 禁止了交换空间，超过 20 MiB 的内存要么被回收，要么申请失败。`sh` 把自己的 PID 写入 `cgroup.procs`，就进入了这个 cgroup，它的子进程 `tail` 也继承了这个 cgroup。`tail /dev/zero` 要在一个没有换行符的无尽数据流里找最后十行，于是把读到的内容全部留在内存里。回收无法让它保持在限制之下时，cgroup 的 OOM killer 用 `SIGKILL` 杀死它；shell 报告 *Killed*，137 即 128 + 9。`memory.events` 记录用量触及 `max` 的次数、OOM 事件数和被杀死的进程数。',
      },
      terms: ['cgroup-memory', 'cgroup-procs'],
    },
    {
      id: 'v2-cpu',
      title: { en: 'cgroup v2: a CPU limit and throttling', 'zh-cn': 'cgroup v2：CPU 限制与限流' },
      commands: `echo "10000 100000" > "$CG/cpu.max"
sh -c 'echo $$ > "$CG/cgroup.procs"; timeout 1 sh -c "while :; do :; done"'
grep -E '^(usage_usec|nr_periods|nr_throttled|throttled_usec) ' "$CG/cpu.stat"`,
      output: `usage_usec 554795
nr_periods 18
nr_throttled 17
throttled_usec 1597215`,
      requires: ['cgroup-v2-controller:cpu'],
      normalize: [nonZero('usage_usec|nr_periods|nr_throttled|throttled_usec', { en: 'CPU times and counts', 'zh-cn': 'CPU 时间和次数' })],
      explanation: {
        en: '`cpu.max` is a quota and a period: at most 10 ms of CPU time in every 100 ms, a tenth of one CPU. The busy loop would use a whole CPU for its second; instead it uses its 10 ms at the start of each period and is throttled, taken off the CPU, until the next period begins. `cpu.stat` counts the periods, how many of them ended in throttling, and for how long.',
        'zh-cn': '`cpu.max` 由配额和周期组成：每 100 毫秒最多 10 毫秒 CPU 时间，即一个 CPU 的十分之一。这个忙循环本想在一秒内占满一个 CPU；现在它在每个周期开头用完 10 毫秒后就被限流（throttle），即被移出 CPU，直到下一个周期开始。`cpu.stat` 记录经过的周期数、其中被限流的周期数，以及被限流的总时长。',
      },
      terms: ['cgroup-cpu'],
    },
    {
      id: 'v2-pids',
      title: { en: 'cgroup v2: a process limit', 'zh-cn': 'cgroup v2：进程数限制' },
      commands: `echo 3 > "$CG/pids.max"
sh -c 'echo $$ > "$CG/cgroup.procs"; sleep 0.5 & sleep 0.5 & sleep 0.5 & wait'
cat "$CG/pids.events"
while grep -q 'populated 1' "$CG/cgroup.events"; do sleep 0.1; done`,
      output: `sh: 0: Cannot fork
max 1`,
      requires: ['cgroup-v2-controller:pids'],
      explanation: {
        en: 'With `pids.max` at 3, the shell and two `sleep`s fill the cgroup, so the third `fork()` fails with `EAGAIN`; the shell reports *Cannot fork* and gives up. `pids.events` counts the refusals. The two `sleep`s that did start run on for their half second, still in the cgroup; the loop waits until `cgroup.events` says the cgroup is no longer populated, a file that only cgroup v2 has.',
        'zh-cn': '`pids.max` 为 3 时，shell 和两个 `sleep` 就占满了这个 cgroup，第三次 `fork()` 以 `EAGAIN` 失败；shell 报告 *Cannot fork* 并随即放弃。`pids.events` 记录被拒绝的次数。已经启动的两个 `sleep` 仍留在 cgroup 里，会把它们的半秒睡完；最后的循环一直等到 `cgroup.events` 显示这个 cgroup 不再有进程（populated 为 0），这个文件只有 cgroup v2 才有。',
      },
      terms: ['cgroup-pids'],
    },
    {
      id: 'v2-remove',
      title: { en: 'cgroup v2: remove the cgroup', 'zh-cn': 'cgroup v2：删除 cgroup' },
      commands: `rmdir "$CG"
ls -d "$CG"`,
      output: `ls: cannot access '/sys/fs/cgroup/lab.IXfeoX': No such file or directory`,
      status: 2,
      requires: ['cgroup-v2-controller:cpu', 'cgroup-v2-controller:memory', 'cgroup-v2-controller:pids'],
      explanation: {
        en: 'A cgroup with no processes and no children can be removed with `rmdir`, interface files and all, which is why the previous step waited for it to empty: while it still has a process, `rmdir` fails with `EBUSY`. `ls` confirms that the directory is gone.',
        'zh-cn': '没有进程也没有子 cgroup 的 cgroup 可以用 `rmdir` 连同接口文件一起删除，所以上一步要等它变空：只要还有进程，`rmdir` 就会以 `EBUSY` 失败。`ls` 确认目录已经不在了。',
      },
      terms: ['cgroup'],
    },
    {
      id: 'hybrid-layout',
      title: { en: 'Hybrid host: check the layout', 'zh-cn': '混合布局：检查布局' },
      commands: `stat -fc %T /sys/fs/cgroup /sys/fs/cgroup/unified /sys/fs/cgroup/memory /sys/fs/cgroup/cpu`,
      output: `tmpfs
cgroup2fs
cgroupfs
cgroupfs`,
      requires: ['cgroup-layout:hybrid', 'cgroup-v1-controller:memory', 'cgroup-v1-controller:cpu'],
      explanation: {
        en: 'On a hybrid host `/sys/fs/cgroup` is a tmpfs holding one cgroup v1 hierarchy per controller (`cgroupfs`) and a cgroup v2 hierarchy at `unified`. A controller belongs to one version at a time: here `memory` and `cpu` are v1 controllers, so the v2 tree cannot limit memory or CPU, and the steps differ.',
        'zh-cn': '在混合布局的宿主机上，`/sys/fs/cgroup` 是一个 tmpfs，里面每个控制器各有一个 cgroup v1 层级（`cgroupfs`），另有一个 cgroup v2 层级挂在 `unified`。一个控制器同一时间只能属于一个版本：这里 `memory` 和 `cpu` 是 v1 控制器，v2 的树无法限制内存和 CPU，因此步骤有所不同。',
      },
      terms: ['cgroup-v1', 'cgroup-v2', 'cgroup-hierarchy'],
    },
    {
      id: 'hybrid-memory',
      title: { en: 'Hybrid host: the memory limit in cgroup v1', 'zh-cn': '混合布局：cgroup v1 中的内存限制' },
      commands: `export V1MEM=/sys/fs/cgroup/memory/$NAME
mkdir "$V1MEM"
echo 20M > "$V1MEM/memory.limit_in_bytes"
echo 20M > "$V1MEM/memory.memsw.limit_in_bytes"
cat "$V1MEM/memory.limit_in_bytes"
sh -c 'echo $$ > "$V1MEM/cgroup.procs"; tail /dev/zero; echo "tail: exit status $?"'
cat "$V1MEM/memory.oom_control"`,
      output: `20971520
Killed
tail: exit status 137
oom_kill_disable 0
under_oom 0
oom_kill 1`,
      requires: ['cgroup-v1-controller:memory'],
      explanation: {
        en: 'The same experiment in the v1 memory hierarchy. The files have other names: `memory.limit_in_bytes` for `memory.max`, and `memory.memsw.limit_in_bytes`, which limits memory *plus* swap (v2’s `memory.swap.max` limits swap alone). The OOM kill is the same; v1 reports it in `memory.oom_control` instead of `memory.events`.',
        'zh-cn': '在 v1 的 memory 层级里做同样的实验。文件名不同：`memory.limit_in_bytes` 对应 `memory.max`；`memory.memsw.limit_in_bytes` 限制的是内存**加**交换空间（v2 的 `memory.swap.max` 只限制交换空间）。OOM kill 是一样的；v1 在 `memory.oom_control` 里报告它，而不是 `memory.events`。',
      },
      terms: ['cgroup-v1', 'cgroup-memory'],
    },
    {
      id: 'hybrid-cpu',
      title: { en: 'Hybrid host: the CPU limit in cgroup v1', 'zh-cn': '混合布局：cgroup v1 中的 CPU 限制' },
      commands: `export V1CPU=/sys/fs/cgroup/cpu/$NAME
mkdir "$V1CPU"
echo 10000 > "$V1CPU/cpu.cfs_quota_us"
cat "$V1CPU/cpu.cfs_period_us"
sh -c 'echo $$ > "$V1CPU/cgroup.procs"; timeout 1 sh -c "while :; do :; done"'
grep -E '^(nr_periods|nr_throttled|throttled_time) ' "$V1CPU/cpu.stat"`,
      output: `100000
nr_periods 11
nr_throttled 11
throttled_time 884135644`,
      requires: ['cgroup-v1-controller:cpu'],
      normalize: [nonZero('nr_periods|nr_throttled|throttled_time', { en: 'CPU times and counts', 'zh-cn': 'CPU 时间和次数' })],
      explanation: {
        en: 'In v1 the quota and the period are two files, `cpu.cfs_quota_us` and `cpu.cfs_period_us`, and `cpu.stat` reports the throttled time in nanoseconds (`throttled_time`) where v2 uses microseconds (`throttled_usec`). The CPU hierarchy is a separate tree: moving the shell into it leaves its memory cgroup as it was, whereas in v2 one `cgroup.procs` write places a process for every controller.',
        'zh-cn': '在 v1 中，配额和周期分别是 `cpu.cfs_quota_us` 和 `cpu.cfs_period_us` 两个文件，`cpu.stat` 以纳秒为单位报告被限流的时间（`throttled_time`），而 v2 用微秒（`throttled_usec`）。CPU 层级是一棵独立的树：把 shell 移进这里，不会改变它所在的 memory cgroup；而在 v2 中，写一次 `cgroup.procs` 就为所有控制器确定了进程的位置。',
      },
      terms: ['cgroup-v1', 'cgroup-cpu'],
    },
    {
      id: 'hybrid-remove',
      title: { en: 'Hybrid host: remove the cgroups', 'zh-cn': '混合布局：删除 cgroup' },
      commands: `rmdir "$V1MEM" "$V1CPU"`,
      output: '',
      requires: ['cgroup-v1-controller:memory', 'cgroup-v1-controller:cpu'],
      explanation: {
        en: 'One cgroup per hierarchy, so one `rmdir` each.',
        'zh-cn': '每个层级各有一个 cgroup，所以各需要一次 `rmdir`。',
      },
      terms: ['cgroup-v1'],
    },
  ],
  cleanup: {
    commands: `for cg in "$CG" "$V1MEM" "$V1CPU"; do
  [ -n "$cg" ] && [ -d "$cg" ] || continue
  kill -KILL $(cat "$cg/cgroup.procs") 2>/dev/null
  while [ -s "$cg/cgroup.procs" ]; do sleep 0.1; done
  rmdir "$cg"
done
rm -rf "$LAB"`,
    explanation: {
      en: 'If a step failed halfway, a cgroup may still hold a process: kill what is in it, wait until `cgroup.procs` is empty, then remove the directory.',
      'zh-cn': '如果某一步中途失败，cgroup 里可能还留着进程：先杀掉其中的进程，等 `cgroup.procs` 变空，再删除目录。',
    },
  },
  next: [
    { lab: 'lxc', text: { en: 'Lab: a system container with LXC', 'zh-cn': '实验：用 LXC 运行系统容器' } },
    { page: 'cgroups', text: { en: 'cgroups: v1 and v2, concepts and files', 'zh-cn': 'cgroup：v1 与 v2 的概念和文件' } },
    { page: 'cgroup-docker', text: { en: 'Docker resource flags and the files they write', 'zh-cn': 'Docker 的资源参数及其写入的文件' } },
  ],
  sources: [
    { title: 'Control Group v2 (kernel documentation)', url: 'https://docs.kernel.org/admin-guide/cgroup-v2.html' },
    { title: 'Memory Resource Controller, cgroup v1 (kernel documentation)', url: 'https://docs.kernel.org/admin-guide/cgroup-v1/memory.html' },
    { title: 'CFS Bandwidth Control (kernel documentation)', url: 'https://docs.kernel.org/scheduler/sched-bwc.html' },
    { title: 'cgroups(7)', url: 'https://man7.org/linux/man-pages/man7/cgroups.7.html' },
  ],
} satisfies LabInput;
