import type { TermInput } from '../../schema/term.ts';
import { SYSTEMD_DELEGATION, systemdMan } from '../../sources/cgroups.ts';

export default {
  id: 'systemd-scope',
  category: 'concept',
  page: 'cgroups',
  name: { en: 'systemd scope', 'zh-cn': 'systemd scope（作用域）' },
  aliases: {
    en: ['scope', 'scope unit', '.scope', 'transient scope', 'systemd-run --scope'],
    'zh-cn': ['作用域', 'scope 单元', '临时 scope', 'systemd 作用域', '.scope', 'systemd-run --scope'],
  },
  summary: {
    en: 'A systemd unit, created only at run time, that puts processes started by some other program into a cgroup of their own.',
    'zh-cn': '一种只在运行时创建的 systemd 单元，把由其他程序启动的进程放进它们自己的 cgroup。',
  },
  description: {
    en: `systemd has two kinds of leaf units. The processes of a **service** are started by systemd itself. A **scope** wraps processes that some other program has already forked, such as a login manager, a container manager or a shell; that program asks systemd over D-Bus to manage them as a unit. Scopes therefore have no unit files: they are always created programmatically, as transient units, and are placed in a slice like services are.

A scope has no main process. It lives as long as at least one process is in it, and the exit status of its processes does not make it fail, although running out of resources or hitting a stop timeout can.

From a shell, \`systemd-run --scope\` runs a command in a new scope, with \`systemd-run\` itself as the parent process, and returns when the command finishes. \`-p\` (\`--property=\`) sets resource properties on it: \`systemd-run --scope -p MemoryMax=500M COMMAND\` sets \`memory.max\` of the new scope's cgroup on the unified hierarchy. With \`Delegate=yes\` a scope's processes may also manage their own cgroup subtree, which is one way container managers integrate with systemd.`,
    'zh-cn': `systemd 有两种叶子单元。**service** 的进程由 systemd 自己启动；**scope** 包装的则是其他程序（例如登录管理器、容器管理器或 shell）已经 fork 出来的进程，由该程序通过 D-Bus 请求 systemd 把它们作为一个单元来管理。因此 scope 没有单元文件：它们总是以编程方式创建，是临时单元，并像 service 一样被放在某个 slice 中。

scope 没有主进程。只要其中至少还有一个进程，它就继续存在；其中进程的退出状态不会让它进入失败状态，不过资源耗尽或停止超时仍然可能导致失败。

在 shell 中，\`systemd-run --scope\` 会在一个新 scope 中运行命令，由 \`systemd-run\` 自己充当父进程，命令结束后才返回。\`-p\`（\`--property=\`）可以为它设置资源属性：\`systemd-run --scope -p MemoryMax=500M 命令\` 会在统一层级上设置新 scope 所在 cgroup 的 \`memory.max\`。设置 \`Delegate=yes\` 后，scope 中的进程还可以管理自己的一棵 cgroup 子树，这是容器管理器与 systemd 集成的一种方式。`,
  },
  related: ['systemd-slice', 'cgroup-delegation', 'cgroup-memory', 'cgroup-procs', 'cgroup-v2'],
  sources: [
    systemdMan('systemd.scope', 5),
    systemdMan('systemd-run', 1),
    systemdMan('systemd.resource-control', 5),
    SYSTEMD_DELEGATION,
  ],
} satisfies TermInput;
