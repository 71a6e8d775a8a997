import type { TermInput } from '../../schema/term.ts';
import { man } from '../../sources/namespaces.ts';

export default {
  id: 'nsenter',
  category: 'command',
  page: 'namespaces',
  name: { en: 'nsenter(1)', 'zh-cn': 'nsenter 命令' },
  aliases: {
    en: ['nsenter', 'nsenter(1)', 'nsenter command', 'util-linux nsenter'],
    'zh-cn': ['nsenter 命令', 'nsenter(1)', '进入命名空间', 'nsenter'],
  },
  summary: {
    en: 'A util-linux command that runs a program inside the namespaces of an existing process or of namespace files.',
    'zh-cn': 'util-linux 中的命令，用于在某个已有进程的命名空间（或命名空间文件所指的命名空间）中运行程序。',
  },
  description: {
    en: `\`nsenter\` joins namespaces with \`setns(2)\` and then runs a program (by default \`$SHELL\`). \`--target PID\` (\`-t\`) names a process whose \`/proc/PID/ns/*\` links, root directory and working directory are used. Each namespace option, \`--mount\` (\`-m\`), \`--uts\` (\`-u\`), \`--ipc\` (\`-i\`), \`--net\` (\`-n\`), \`--pid\` (\`-p\`), \`--user\` (\`-U\`), \`--cgroup\` (\`-C\`) and \`--time\` (\`-T\`), enters that namespace of the target, or of \`=FILE\`: a \`/proc/[pid]/ns/\` file or a bind mount of one. \`--all\` (\`-a\`) enters every namespace of the target.

Two behaviours are worth knowing. When it enters a PID namespace, \`nsenter\` forks before running the program, so that the program and its children are in that namespace (\`--no-fork\` turns this off). When it enters a user namespace, it sets UID and GID to 0 unless told otherwise (\`--setuid\`, \`--setgid\`, \`--preserve-credentials\`); with \`--all\`, a user namespace that is the caller's own is skipped.

A typical use is inspecting a container from the host: \`nsenter --target PID --net ip addr\` runs the host's \`ip\` in the container's network namespace. \`--root\` and \`--wd\` set the root and working directory as well.`,
    'zh-cn': `\`nsenter\` 通过 \`setns(2)\` 加入命名空间，然后运行一个程序（默认是 \`$SHELL\`）。\`--target PID\`（\`-t\`）指定一个进程，使用它的 \`/proc/PID/ns/*\` 链接、根目录和工作目录。各个命名空间选项，即 \`--mount\`（\`-m\`）、\`--uts\`（\`-u\`）、\`--ipc\`（\`-i\`）、\`--net\`（\`-n\`）、\`--pid\`（\`-p\`）、\`--user\`（\`-U\`）、\`--cgroup\`（\`-C\`）和 \`--time\`（\`-T\`），进入目标进程的对应命名空间，或者 \`=FILE\` 所指的命名空间：一个 \`/proc/[pid]/ns/\` 文件或它的绑定挂载。\`--all\`（\`-a\`）进入目标进程的全部命名空间。

有两点行为值得了解。进入 PID 命名空间时，\`nsenter\` 会先 fork 再运行程序，使程序及其子进程都位于该命名空间中（\`--no-fork\` 可关闭此行为）。进入用户命名空间时，除非另行指定（\`--setuid\`、\`--setgid\`、\`--preserve-credentials\`），它会把 UID 和 GID 设为 0；使用 \`--all\` 时，如果目标的用户命名空间就是调用者自己的，会跳过它。

典型用法是在宿主机上检查容器：\`nsenter --target PID --net ip addr\` 在容器的网络命名空间中运行宿主机的 \`ip\` 命令。\`--root\` 和 \`--wd\` 还可以设置根目录和工作目录。`,
  },
  related: ['setns', 'unshare-command', 'lsns', 'proc-pid-ns', 'namespace', 'pid-namespace', 'user-namespace'],
  sources: [man('nsenter', 1), man('setns', 2), man('namespaces', 7)],
} satisfies TermInput;
