/** containerd, the high-level runtime daemon. Facts from containerd v2.3.4 (README, docs/runtime-v2.md, docs/namespaces.md) and the dockerd reference. */
import type { TermInput } from '../../schema/term.ts';

export default {
  id: 'containerd',
  category: 'project',
  page: 'engines',
  name: { en: 'containerd', 'zh-cn': 'containerd' },
  aliases: {
    en: ['containerd daemon', 'ctr', 'containerd namespace', 'snapshotter'],
    'zh-cn': ['containerd', 'containerd 守护进程', 'ctr', 'containerd 命名空间', 'snapshotter'],
  },
  summary: {
    en: 'A container runtime daemon for Linux and Windows that manages the whole container lifecycle of a host, from image transfer and storage to execution and supervision, and is meant to be embedded in larger systems such as Docker and Kubernetes.',
    'zh-cn': '一个运行在 Linux 和 Windows 上的容器运行时守护进程，管理一台主机上容器的完整生命周期，从镜像传输与存储到容器的执行与监管；它的设计目标是嵌入 Docker、Kubernetes 这样更大的系统中使用。',
  },
  description: {
    en: `Its README calls containerd an industry-standard container runtime focused on simplicity, robustness and portability, a graduated CNCF project, designed to be embedded in a larger system rather than used directly by developers or end users ([README](https://github.com/containerd/containerd/blob/v2.3.4/README.md)). Its clients include \`ctr\`, \`nerdctl\`, Kubernetes (through containerd's built-in CRI plugin) and Docker.

containerd does not start containers itself. It retrieves the image's configuration and layers, uses a snapshotter to lay them out on disk, prepares the container's root filesystem and OCI configuration, and then launches a *shim* that creates, starts and stops the container through a low-level runtime ([runtime v2](https://github.com/containerd/containerd/blob/v2.3.4/docs/runtime-v2.md)). The runtime is chosen by name: \`io.containerd.runc.v2\` makes containerd run the binary \`containerd-shim-runc-v2\` from its \`PATH\`.

A trap for the curious: containerd has *namespaces* of its own. They are an administrative grouping of containers and images inside one daemon, not Linux namespaces and not a security boundary ([namespaces](https://github.com/containerd/containerd/blob/v2.3.4/docs/namespaces.md)). Docker uses the containerd namespace \`moby\` by default (\`dockerd --containerd-namespace\`), so \`ctr containers list\` in the default namespace does not show Docker's containers; \`ctr -n moby containers list\` does.`,
    'zh-cn': `按其 README 的说法，containerd 是一个业界标准的容器运行时，注重简单、健壮和可移植，是 CNCF 的毕业项目；它被设计为嵌入更大的系统中使用，而不是供开发者或最终用户直接操作（[README](https://github.com/containerd/containerd/blob/v2.3.4/README.md)）。它的客户端包括 \`ctr\`、\`nerdctl\`、Kubernetes（通过 containerd 内置的 CRI 插件）以及 Docker。

containerd 自己并不启动容器。它取得镜像的配置和各镜像层，用 snapshotter 把它们在磁盘上铺开，准备好容器的根文件系统和 OCI 配置，然后启动一个 *shim*，由 shim 调用低层运行时去创建、启动和停止容器（[runtime v2](https://github.com/containerd/containerd/blob/v2.3.4/docs/runtime-v2.md)）。运行时按名字选择：名字 \`io.containerd.runc.v2\` 会让 containerd 在 \`PATH\` 中找到并运行 \`containerd-shim-runc-v2\`。

一个容易踩的坑：containerd 有它自己的“命名空间”。那是同一个守护进程内部对容器和镜像的管理性分组，既不是 Linux 命名空间，也不是安全边界（[namespaces](https://github.com/containerd/containerd/blob/v2.3.4/docs/namespaces.md)）。Docker 默认使用名为 \`moby\` 的 containerd 命名空间（\`dockerd --containerd-namespace\`），所以在默认命名空间里执行 \`ctr containers list\` 看不到 Docker 的容器，要用 \`ctr -n moby containers list\`。`,
  },
  related: ['containerd-shim', 'runc', 'container-runtime', 'cri', 'dockerd', 'oci-image-spec'],
  sources: [
    { title: 'containerd v2.3.4: README.md', url: 'https://github.com/containerd/containerd/blob/v2.3.4/README.md' },
    { title: 'containerd v2.3.4: Runtime v2', url: 'https://github.com/containerd/containerd/blob/v2.3.4/docs/runtime-v2.md' },
    { title: 'containerd v2.3.4: namespaces and multi-tenancy', url: 'https://github.com/containerd/containerd/blob/v2.3.4/docs/namespaces.md' },
    { title: 'dockerd reference (Docker docs)', url: 'https://docs.docker.com/reference/cli/dockerd/' },
  ],
} satisfies TermInput;
