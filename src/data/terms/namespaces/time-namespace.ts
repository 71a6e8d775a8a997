import type { TermInput } from '../../schema/term.ts';
import { SRC, man } from '../../sources/namespaces.ts';

export default {
  id: 'time-namespace',
  dockerHostOption: null,
  dockerCreatesByDefault: true,
  category: 'namespace',
  page: 'ns-time',
  name: { en: 'Time namespace', 'zh-cn': '时间命名空间' },
  aliases: {
    en: ['Time namespace', 'time_namespaces', 'timens', 'CLONE_NEWTIME namespace'],
    'zh-cn': ['时间命名空间', 'Time 命名空间', '时钟偏移', 'time_namespaces', 'timens', 'CLONE_NEWTIME namespace', 'time namespace', 'CLONE_NEWTIME'],
  },
  summary: {
    en: 'Gives a group of processes its own offsets for the monotonic and boot-time clocks.',
    'zh-cn': '为一组进程提供单调时钟和启动时间时钟的独立偏移量。',
  },
  description: {
    en: `A time namespace shifts two clocks by per-namespace offsets: \`CLOCK_MONOTONIC\` (with \`CLOCK_MONOTONIC_COARSE\` and \`CLOCK_MONOTONIC_RAW\`) and \`CLOCK_BOOTTIME\` (with \`CLOCK_BOOTTIME_ALARM\`). Everything that measures against them follows: \`clock_gettime(2)\`, \`clock_nanosleep(2)\`, \`nanosleep(2)\`, \`timer_settime(2)\`, \`timerfd_settime(2)\` and \`/proc/uptime\`. It was added so that these clocks keep consistent values when a container is migrated or checkpointed and restored.

Like a new PID namespace, a new time namespace is entered by children: \`unshare(2)\` with \`CLONE_NEWTIME\` creates it but leaves the caller where it is, and \`/proc/[pid]/ns/time_for_children\` shows where the caller's children will go. A process can also move itself in later with \`setns(2)\` (since Linux 5.8). Before the first process enters, the offsets are written to \`/proc/[pid]/timens_offsets\` as lines of \`<clock> <seconds> <nanoseconds>\` (clock \`monotonic\` or \`boottime\`).

On the command line: \`unshare --time\` (short \`-T\`) with \`--monotonic\` and \`--boottime\` to set the offsets, and \`nsenter --time\` (\`-T\`). The kernel needs \`CONFIG_TIME_NS\`. Since Docker Engine 29.5, every container gets a time namespace of its own where the kernel supports one; \`docker run\` has no option to change that.`,
    'zh-cn': `时间命名空间为两个时钟加上按命名空间区分的偏移量：\`CLOCK_MONOTONIC\`（以及 \`CLOCK_MONOTONIC_COARSE\`、\`CLOCK_MONOTONIC_RAW\`）和 \`CLOCK_BOOTTIME\`（以及 \`CLOCK_BOOTTIME_ALARM\`）。所有基于这两个时钟的接口都会随之改变：\`clock_gettime(2)\`、\`clock_nanosleep(2)\`、\`nanosleep(2)\`、\`timer_settime(2)\`、\`timerfd_settime(2)\` 以及 \`/proc/uptime\`。引入它的目的，是让容器在迁移或检查点/恢复之后，这两个时钟的值仍然连贯。

与新建的 PID 命名空间一样，新建的时间命名空间由子进程进入：\`unshare(2)\` 使用 \`CLONE_NEWTIME\` 创建命名空间，但调用者本身留在原处，\`/proc/[pid]/ns/time_for_children\` 显示调用者的子进程将进入的命名空间。之后，进程也可以用 \`setns(2)\`（Linux 5.8 起）把自己移入其中。在第一个进程进入之前，可以向 \`/proc/[pid]/timens_offsets\` 写入偏移量，每行格式为 \`<时钟> <秒> <纳秒>\`，时钟为 \`monotonic\` 或 \`boottime\`。

命令行工具：\`unshare --time\`（短选项 \`-T\`）配合 \`--monotonic\`、\`--boottime\` 设置偏移量，以及 \`nsenter --time\`（\`-T\`）。内核需要启用 \`CONFIG_TIME_NS\`。从 Docker Engine 29.5 起，只要内核支持，每个容器都有自己的时间命名空间；\`docker run\` 没有改变这一点的选项。`,
  },
  flag: 'clone-newtime',
  procFile: 'time',
  procFileSince: '5.6',
  since: '5.6',
  isolates: {
    en: 'The boot-time and monotonic clocks (`CLOCK_BOOTTIME`, `CLOCK_MONOTONIC` and their variants); `CLOCK_REALTIME` is not affected.',
    'zh-cn': '启动时间时钟和单调时钟（`CLOCK_BOOTTIME`、`CLOCK_MONOTONIC` 及其变体）；`CLOCK_REALTIME` 不受影响。',
  },
  privileges: {
    en: 'Creating one needs `CAP_SYS_ADMIN` in the caller\'s user namespace, unless `CLONE_NEWUSER` is passed in the same call, in which case an unprivileged process can do it (user_namespaces(7)). Writing `/proc/[pid]/timens_offsets` needs `CAP_SYS_TIME` in the user namespace that owns the time namespace. Joining with `setns(2)` (possible since Linux 5.8) needs `CAP_SYS_ADMIN` both in the caller\'s own user namespace and in the owning one.',
    'zh-cn': '创建时需要在调用者所在的用户命名空间中拥有 `CAP_SYS_ADMIN`；如果同一次调用中还指定了 `CLONE_NEWUSER`，无特权进程也可以创建（见 user_namespaces(7)）。写 `/proc/[pid]/timens_offsets` 需要在拥有该时间命名空间的用户命名空间中拥有 `CAP_SYS_TIME`。用 `setns(2)` 加入（Linux 5.8 起支持）时，需要同时在自己的用户命名空间和所属用户命名空间中拥有 `CAP_SYS_ADMIN`。',
  },
  unshareOption: '--time',
  nsenterOption: '--time',
  ociType: 'time',
  docker: {
    en: 'Since Docker Engine 29.5, the daemon gives every container a private time namespace when the host kernel supports time namespaces (Linux 5.6 and later); older engines, and older kernels, leave containers in the host\'s. `docker run` has no option for it either way: the OCI runtime spec has a `time` namespace type and a `timeOffsets` field (since spec v1.1.0), but Docker exposes neither, so the offsets stay zero.',
    'zh-cn': '从 Docker Engine 29.5 起，只要宿主机内核支持时间命名空间（Linux 5.6 及以上），守护进程就会给每个容器一个私有的时间命名空间；更早的引擎或更早的内核则让容器留在宿主机的时间命名空间里。无论哪种情况，`docker run` 都没有相应的选项：OCI 运行时规范（自 v1.1.0 起）有 `time` 命名空间类型和 `timeOffsets` 字段，但 Docker 两者都没有开放，因此偏移量始终为零。',
  },
  examples: [
    {
      commands: `# cat /proc/uptime
# unshare --time --fork --boottime 86400 cat /proc/uptime`,
      output: `990.50 1364.83
87390.50 1364.83`,
      note: {
        en: 'The first field of `/proc/uptime` follows `CLOCK_BOOTTIME`, so it is exactly one day (86400 s) ahead in the new time namespace. The second field (idle time) is not shifted.',
        'zh-cn': '`/proc/uptime` 的第一个字段基于 `CLOCK_BOOTTIME`，所以在新的时间命名空间中正好多出一天（86400 秒）。第二个字段（空闲时间）没有偏移。',
      },
    },
    {
      commands: `# cat /proc/self/timens_offsets
# unshare --time --fork --monotonic 3600 --boottime 86400 cat /proc/self/timens_offsets`,
      output: `monotonic           0         0
boottime            0         0
monotonic        3600         0
boottime        86400         0`,
      note: {
        en: 'The initial time namespace has zero offsets; `unshare` wrote the requested ones before starting `cat`.',
        'zh-cn': '初始时间命名空间的偏移量都是 0；`unshare` 在启动 `cat` 之前写入了指定的偏移量。',
      },
    },
    {
      commands: `# unshare --time --fork sh -c 'readlink /proc/$PPID/ns/time /proc/$PPID/ns/time_for_children /proc/$$/ns/time'`,
      output: `time:[4026531834]
time:[4026532177]
time:[4026532177]`,
      note: {
        en: 'The `unshare` process (the shell\'s parent) is still in the initial time namespace; only its `time_for_children` points to the new one, where the forked shell runs.',
        'zh-cn': '`unshare` 进程（shell 的父进程）仍在初始时间命名空间中，只有它的 `time_for_children` 指向新命名空间，而 fork 出来的 shell 就运行在那里。',
      },
    },
  ],
  pitfalls: [
    {
      en: '`CLONE_NEWTIME` is `0x80`, inside the lowest byte of the `clone()` flags, which is the exit signal (`CSIGNAL`). It therefore cannot be passed to `clone()`; the kernel header allows it only with `unshare(2)` and `clone3()`, which carries the exit signal in a separate field. time_namespaces(7) (man-pages 6.03) describes `unshare(2)` as the only way. Joining with `setns(2)` and `CLONE_NEWTIME` works since Linux 5.8.',
      'zh-cn': '`CLONE_NEWTIME` 的值是 `0x80`，落在 `clone()` 标志的最低字节里，而这个字节是退出信号（`CSIGNAL`）。因此它不能传给 `clone()`；内核头文件规定它只能用于 `unshare(2)` 和 `clone3()`（后者用单独的字段传递退出信号）。time_namespaces(7)（man-pages 6.03）只把 `unshare(2)` 列为创建方式。用 `setns(2)` 配合 `CLONE_NEWTIME` 加入，从 Linux 5.8 起可用。',
    },
    {
      en: 'Only `CLOCK_MONOTONIC` and `CLOCK_BOOTTIME` (and their variants) are offset. `CLOCK_REALTIME`, the wall-clock time shown by `date`, is not virtualized, so a time namespace cannot give a container a different date.',
      'zh-cn': '只有 `CLOCK_MONOTONIC` 和 `CLOCK_BOOTTIME`（及其变体）会被偏移。`date` 显示的墙上时间 `CLOCK_REALTIME` 不会被虚拟化，所以时间命名空间无法让容器看到不同的日期。',
    },
    {
      en: 'Offsets can be set only while the namespace has no member: once a process has been created in it or has entered it, writes to `/proc/[pid]/timens_offsets` fail with `EACCES`. Nanoseconds above 999,999,999 fail with `EINVAL`; an offset that would make a clock negative, or push it past about 146 years, fails with `ERANGE`.',
      'zh-cn': '只有在命名空间还没有成员时才能设置偏移量：一旦有进程在其中被创建或进入其中，再写 `/proc/[pid]/timens_offsets` 就会以 `EACCES` 失败。纳秒值超过 999,999,999 返回 `EINVAL`；如果偏移量会让时钟变成负值，或超过约 146 年，则返回 `ERANGE`。',
    },
    {
      en: 'The caller of `unshare(CLONE_NEWTIME)` stays in its old time namespace: compare `/proc/[pid]/ns/time` with `/proc/[pid]/ns/time_for_children`. The unshare(1) manual uses `--fork` in its time example so that the command runs as a child. A new time namespace inherits the offsets of the creator\'s namespace.',
      'zh-cn': '调用 `unshare(CLONE_NEWTIME)` 的进程自己仍留在原来的时间命名空间中：可以对比 `/proc/[pid]/ns/time` 和 `/proc/[pid]/ns/time_for_children`。unshare(1) 手册的时间命名空间示例使用了 `--fork`，让命令作为子进程运行。新的时间命名空间会继承创建者所在命名空间的偏移量。',
    },
  ],
  related: ['clone-newtime', 'csignal', 'clone3', 'unshare-syscall', 'setns', 'namespace', 'proc-pid-ns', 'unshare-command'],
  sources: [
    man('time_namespaces', 7),
    SRC.namespaces,
    SRC.unshare2,
    SRC.setns,
    SRC.clone,
    SRC.userNs,
    SRC.unshare1,
    SRC.nsenter1,
    SRC.oci,
    {
      title: 'OCI runtime spec v1.1.0: config-linux.md',
      url: 'https://github.com/opencontainers/runtime-spec/blob/v1.1.0/config-linux.md',
    },
    {
      title: 'include/uapi/linux/sched.h',
      url: 'https://github.com/torvalds/linux/blob/master/include/uapi/linux/sched.h',
    },
    SRC.dockerRun,
    {
      title: 'moby: use private time-namespace for containers on supported kernels (first in docker-v29.5.0)',
      url: 'https://github.com/moby/moby/commit/d5370d34d328355636d0924878a52606a8232c88',
    },
  ],
} satisfies TermInput;
