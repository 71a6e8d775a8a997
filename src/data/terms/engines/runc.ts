/** runc, the OCI reference runtime. Facts from runc v1.5.1, the runtime spec's implementations list, the OCI charter and the dockerd reference. */
import type { TermInput } from '../../schema/term.ts';

export default {
  id: 'runc',
  category: 'project',
  page: 'engines',
  name: { en: 'runc', 'zh-cn': 'runc' },
  aliases: {
    en: ['runC', 'OCI reference runtime', 'runc create', 'runc run'],
    'zh-cn': ['runC', 'OCI 参考实现', '参考运行时', 'runc create', 'runc run'],
  },
  summary: {
    en: 'The command-line tool that creates and runs containers on Linux according to the OCI runtime spec; it is the reference implementation of that spec and the default low-level runtime under containerd and Docker.',
    'zh-cn': '按照 OCI 运行时规范在 Linux 上创建和运行容器的命令行工具；它是该规范的参考实现，也是 containerd 和 Docker 默认使用的低层运行时。',
  },
  description: {
    en: `runc is Linux-only ([README](https://github.com/opencontainers/runc/blob/v1.5.1/README.md)). The runtime spec lists it as the reference implementation ([implementations](https://github.com/opencontainers/runtime-spec/blob/v1.3.0/implementations.md)), and the OCI charter named it, with the specification, as one of the first OCI projects ([charter](https://github.com/opencontainers/tob/blob/main/CHARTER.md)). \`dockerd\` uses runc by default, through containerd ([dockerd reference](https://docs.docker.com/reference/cli/dockerd/)); the Kubernetes project's 2022 [dockershim FAQ](https://kubernetes.io/blog/2022/02/17/dockershim-faq/) called it the default runtime under both containerd and CRI-O.

Its commands follow the spec's operations. \`runc create <id>\` builds the container from the bundle in the current directory and leaves the container's first process waiting; \`runc start <id>\` lets it run the user's program; \`runc state\`, \`runc kill\` and \`runc delete\` do what their names say. \`runc run\` is create and start in one go, \`runc exec\` adds a process to a running container, and \`runc spec\` writes a starter \`config.json\`.

runc is not a daemon. Under containerd it is run once per operation and exits; the shim that called it stays behind as the container's parent.`,
    'zh-cn': `runc 只支持 Linux（[README](https://github.com/opencontainers/runc/blob/v1.5.1/README.md)）。运行时规范把它列为参考实现（[implementations](https://github.com/opencontainers/runtime-spec/blob/v1.3.0/implementations.md)），OCI 章程也把它和规范本身一起定为最早的两个 OCI 项目（[章程](https://github.com/opencontainers/tob/blob/main/CHARTER.md)）。\`dockerd\` 默认经由 containerd 使用 runc（[dockerd 参考文档](https://docs.docker.com/reference/cli/dockerd/)）；Kubernetes 项目 2022 年的 [dockershim FAQ](https://kubernetes.io/blog/2022/02/17/dockershim-faq/) 称它是 containerd 和 CRI-O 两者的默认低层运行时。

它的子命令与规范中的操作一一对应。\`runc create <id>\` 根据当前目录下的 bundle 建好容器，让容器的第一个进程停下来等待；\`runc start <id>\` 让这个进程去运行用户程序；\`runc state\`、\`runc kill\` 和 \`runc delete\` 顾名思义。\`runc run\` 相当于一次完成 create 和 start，\`runc exec\` 在运行中的容器里再启动一个进程，\`runc spec\` 生成一份初始的 \`config.json\`。

runc 不是守护进程。在 containerd 之下，它每次操作运行一次就退出，调用它的 shim 则留下来充当容器的父进程。`,
  },
  related: ['libcontainer', 'oci-runtime-spec', 'containerd-shim', 'crun', 'container-runtime', 'oci'],
  sources: [
    { title: 'runc v1.5.1: README.md', url: 'https://github.com/opencontainers/runc/blob/v1.5.1/README.md' },
    { title: 'OCI runtime spec v1.3.0: implementations', url: 'https://github.com/opencontainers/runtime-spec/blob/v1.3.0/implementations.md' },
    { title: 'Open Container Initiative charter', url: 'https://github.com/opencontainers/tob/blob/main/CHARTER.md' },
    { title: 'dockerd reference: configure container runtimes (Docker docs)', url: 'https://docs.docker.com/reference/cli/dockerd/' },
    { title: 'Updated: Dockershim Removal FAQ (Kubernetes blog, 2022)', url: 'https://kubernetes.io/blog/2022/02/17/dockershim-faq/' },
  ],
} satisfies TermInput;
