/** libcontainer, the Go library inside runc. Facts from runc v1.5.1 (libcontainer/README.md, nsenter/README.md) and Docker's CHANGELOG. */
import type { TermInput } from '../../schema/term.ts';

export default {
  id: 'libcontainer',
  category: 'project',
  page: 'engines',
  name: { en: 'libcontainer', 'zh-cn': 'libcontainer' },
  aliases: {
    en: ['runc/libcontainer', 'native exec driver', 'nsexec', 'runc init'],
    'zh-cn': ['libcontainer', 'native 执行驱动', 'nsexec', 'runc init', 'runc/libcontainer'],
  },
  summary: {
    en: 'The Go library inside runc that creates containers with namespaces, cgroups, capabilities and filesystem access controls; Docker wrote it so that it could drive the kernel directly instead of through LXC.',
    'zh-cn': 'runc 内部的 Go 库，利用命名空间、cgroup、能力（capability）和文件系统访问控制来创建容器；Docker 当初编写它，是为了绕开 LXC、直接驱动内核。',
  },
  description: {
    en: `Its README calls libcontainer a native Go implementation for creating containers with namespaces, cgroups, capabilities and filesystem access controls, which also manages the container's lifecycle afterwards. It lives in the runc repository under \`libcontainer/\`; the \`runc\` command is a command-line front end to it.

Containers are spawned in two steps. libcontainer re-executes its own binary (\`/proc/self/exe\`) with the argument \`init\`, and before the Go runtime starts, a C constructor from the \`nsenter\` package (\`nsexec()\`) reads bootstrap data from a pipe, joins existing namespaces with \`setns(2)\`, creates new ones and forks into the new PID namespace. The C detour exists because the Go runtime is multi-threaded, which does not mix with these calls ([nsenter README](https://github.com/opencontainers/runc/blob/v1.5.1/libcontainer/nsenter/README.md)). Go code then mounts the root filesystem and finally \`exec\`s the user's program.

Docker 0.9 added libcontainer and made its "native" exec driver the default, so Docker no longer needed LXC to start containers ([Docker CHANGELOG](https://github.com/moby/moby/blob/6f4fbef82718212e593626419182f31a9f604316/CHANGELOG.md)); for when, see the [history page](/engines/history/).`,
    'zh-cn': `按其 README 的说法，libcontainer 是用 Go 原生实现的容器创建库，借助命名空间、cgroup、能力（capability）和文件系统访问控制来建立容器，并在创建之后继续管理容器的生命周期。它位于 runc 仓库的 \`libcontainer/\` 目录下，\`runc\` 命令就是它的命令行前端。

容器分两步生成。libcontainer 以参数 \`init\` 重新执行自身的二进制文件（\`/proc/self/exe\`）；在 Go 运行时启动之前，\`nsenter\` 包中的一个 C 构造函数（\`nsexec()\`）先从管道读取引导数据，用 \`setns(2)\` 加入已有的命名空间、创建新的命名空间，并 fork 进入新的 PID 命名空间。之所以要绕道 C 代码，是因为 Go 运行时是多线程的，与这些调用配合不好（[nsenter README](https://github.com/opencontainers/runc/blob/v1.5.1/libcontainer/nsenter/README.md)）。随后由 Go 代码挂载根文件系统，最后 \`exec\` 用户的程序。

Docker 0.9 引入了 libcontainer，并把基于它的“native”执行驱动设为默认，从此 Docker 启动容器不再依赖 LXC（[Docker CHANGELOG](https://github.com/moby/moby/blob/6f4fbef82718212e593626419182f31a9f604316/CHANGELOG.md)）；具体时间见[历史一页](/zh-cn/engines/history/)。`,
  },
  related: ['runc', 'namespace', 'cgroup', 'setns', 'clone', 'lxc', 'moby'],
  sources: [
    { title: 'runc v1.5.1: libcontainer/README.md', url: 'https://github.com/opencontainers/runc/blob/v1.5.1/libcontainer/README.md' },
    { title: 'runc v1.5.1: libcontainer/nsenter/README.md', url: 'https://github.com/opencontainers/runc/blob/v1.5.1/libcontainer/nsenter/README.md' },
    { title: 'Docker CHANGELOG, 0.9.0 (moby/moby, last version of the file)', url: 'https://github.com/moby/moby/blob/6f4fbef82718212e593626419182f31a9f604316/CHANGELOG.md' },
  ],
} satisfies TermInput;
