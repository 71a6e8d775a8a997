/** Docker Engine: the dockerd daemon, its API and the docker CLI. Facts from Docker's overview, containerd's runtime v2 README and Docker's containerd image store page. */
import type { TermInput } from '../../schema/term.ts';

export default {
  id: 'docker-engine',
  category: 'project',
  page: 'engines-docker',
  name: { en: 'Docker Engine', 'zh-cn': 'Docker Engine' },
  aliases: {
    en: ['Docker', 'Docker CE', 'docker-ce', 'Docker Engine API', 'docker CLI'],
    'zh-cn': ['Docker 引擎', 'Docker', 'Docker CE', 'docker 命令行', 'docker-ce'],
  },
  summary: {
    en: 'The open-source client-server application that builds, stores, ships and runs containers: the dockerd daemon, its REST API and the docker command-line client.',
    'zh-cn': '构建、存储、分发并运行容器的开源客户端/服务器程序，由 dockerd 守护进程、它的 REST API 和 docker 命令行客户端组成。',
  },
  description: {
    en: `Docker Engine has three parts: a long-running daemon (\`dockerd\`), a REST API through which programs tell the daemon what to do, and the \`docker\` command-line client. The client and the daemon may run on the same machine or on different ones; they talk over a UNIX socket or a network interface. The engine is written in Go and, in the words of [Docker's overview](https://docs.docker.com/get-started/docker-overview/), takes advantage of features of the Linux kernel: namespaces for the isolated workspace it calls a container, and cgroups for resource limits.

The engine does not create namespaces itself. The daemon hands a container to containerd, which, as its [runtime v2 documentation](https://github.com/containerd/containerd/blob/main/core/runtime/v2/README.md) describes, lays out the root filesystem and the configuration and then starts a shim (\`containerd-shim-runc-v2\`); the shim runs \`runc\`, and \`runc\` makes the system calls. That README lists docker/moby among containerd's clients.

Where images live changed with Docker Engine 29.0: on fresh installations the [containerd image store](https://docs.docker.com/engine/storage/containerd/) is the default, while a daemon upgraded from an earlier version keeps its classic \`overlay2\` storage until the administrator switches.`,
    'zh-cn': `Docker Engine 由三部分组成：常驻运行的守护进程 \`dockerd\`；供程序向守护进程下达指令的 REST API；以及命令行客户端 \`docker\`。客户端和守护进程可以在同一台机器上，也可以分处两台机器，彼此通过 UNIX 套接字或网络接口通信。引擎用 Go 语言编写，按 [Docker 官方概述](https://docs.docker.com/get-started/docker-overview/)的说法，它利用了 Linux 内核的若干功能：用命名空间搭出被称为“容器”的隔离工作区，用 cgroup 限制资源。

引擎本身并不创建命名空间。守护进程把容器交给 containerd；按 containerd [runtime v2 文档](https://github.com/containerd/containerd/blob/main/core/runtime/v2/README.md)的描述，containerd 先铺好根文件系统、写好配置，再启动一个 shim（\`containerd-shim-runc-v2\`），由 shim 调用 \`runc\`，真正的系统调用由 \`runc\` 发出。这份文档也把 docker/moby 列为 containerd 的客户端之一。

镜像的存放方式在 Docker Engine 29.0 有了变化：全新安装时默认使用 [containerd 镜像存储](https://docs.docker.com/engine/storage/containerd/)；从旧版本升级上来的守护进程则继续使用原来的 \`overlay2\` 存储，直到管理员手动切换。`,
  },
  related: ['dockerd', 'moby', 'docker-image', 'registry', 'container-engine', 'containerd', 'runc'],
  sources: [
    { title: 'What is Docker? (Docker docs)', url: 'https://docs.docker.com/get-started/docker-overview/' },
    { title: 'containerd: Runtime v2', url: 'https://github.com/containerd/containerd/blob/main/core/runtime/v2/README.md' },
    { title: 'containerd image store with Docker Engine (Docker docs)', url: 'https://docs.docker.com/engine/storage/containerd/' },
  ],
} satisfies TermInput;
