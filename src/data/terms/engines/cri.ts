/** The Kubernetes Container Runtime Interface. Facts from kubernetes.io (CRI, Container Runtimes) and containerd v2.3.4's CRI plugin architecture doc. */
import type { TermInput } from '../../schema/term.ts';

export default {
  id: 'cri',
  category: 'concept',
  page: 'engines',
  name: { en: 'Container Runtime Interface (CRI)', 'zh-cn': '容器运行时接口（CRI）' },
  aliases: {
    en: ['CRI', 'CRI API', 'kubelet runtime API', 'RuntimeService', 'ImageService', 'CRI-O', 'crictl'],
    'zh-cn': ['CRI', '容器运行时接口', 'CRI API', 'CRI-O', 'crictl', 'RuntimeService', 'ImageService'],
  },
  summary: {
    en: 'The gRPC API through which the Kubernetes kubelet asks a node\'s container runtime to run pod sandboxes and containers and to pull images.',
    'zh-cn': 'Kubernetes 的 kubelet 通过这套 gRPC API 要求节点上的容器运行时运行 Pod 沙箱和容器、拉取镜像。',
  },
  description: {
    en: `Kubernetes describes the CRI as a plugin interface that lets the kubelet use many different container runtimes without recompiling cluster components. The kubelet is the gRPC client; the runtime serves a runtime service and an image service, and the kubelet prefers CRI \`v1\` ([CRI](https://kubernetes.io/docs/concepts/architecture/cri/)). Every node needs a runtime that conforms to the CRI; the Kubernetes docs walk through containerd, CRI-O and, via the \`cri-dockerd\` adapter, Docker Engine ([Container Runtimes](https://kubernetes.io/docs/setup/production-environment/container-runtimes/)).

The API is shaped around pods. For a single-container pod, containerd's built-in \`cri\` plugin first creates the pod's network namespace and configures it through CNI, then starts a special *pause* container as the pod sandbox; next the kubelet has the image pulled through the image service, and finally asks for the application container, which is placed in the pod's cgroups and namespaces ([CRI plugin architecture](https://github.com/containerd/containerd/blob/v2.3.4/docs/cri/architecture.md)). Below the CRI implementation the chain is the same as under Docker: a shim, then an OCI runtime.

A common pitfall: the kubelet and the runtime must use the same cgroup driver (\`cgroupfs\` or \`systemd\`); on cgroup v2 hosts the \`systemd\` driver is recommended for both ([Container Runtimes](https://kubernetes.io/docs/setup/production-environment/container-runtimes/)).`,
    'zh-cn': `Kubernetes 把 CRI 描述为一种插件接口，让 kubelet 无需重新编译集群组件就能使用各种容器运行时。kubelet 是 gRPC 客户端；运行时一方提供运行时服务（runtime service）和镜像服务（image service），kubelet 优先使用 CRI \`v1\`（[CRI](https://kubernetes.io/docs/concepts/architecture/cri/)）。每个节点都需要一个符合 CRI 的运行时；Kubernetes 文档介绍了 containerd、CRI-O，以及借助 \`cri-dockerd\` 适配器接入的 Docker Engine（[Container Runtimes](https://kubernetes.io/docs/setup/production-environment/container-runtimes/)）。

这套 API 是围绕 Pod 设计的。以只有一个容器的 Pod 为例，containerd 内置的 \`cri\` 插件先创建 Pod 的网络命名空间并通过 CNI 完成配置，再启动一个特殊的 *pause* 容器作为 Pod 沙箱；接着 kubelet 通过镜像服务拉取镜像，最后请求创建应用容器，该容器被放进 Pod 的 cgroup 和命名空间中（[CRI 插件架构](https://github.com/containerd/containerd/blob/v2.3.4/docs/cri/architecture.md)）。CRI 实现之下的调用链与 Docker 之下相同：先是 shim，再是 OCI 运行时。

一个常见的坑：kubelet 和运行时必须使用同一种 cgroup 驱动（\`cgroupfs\` 或 \`systemd\`）；在 cgroup v2 主机上，建议两者都使用 \`systemd\` 驱动（[Container Runtimes](https://kubernetes.io/docs/setup/production-environment/container-runtimes/)）。`,
  },
  related: ['containerd', 'dockershim', 'container-runtime', 'containerd-shim', 'cgroup-v2'],
  sources: [
    { title: 'Container Runtime Interface (Kubernetes docs)', url: 'https://kubernetes.io/docs/concepts/architecture/cri/' },
    { title: 'Container Runtimes (Kubernetes docs)', url: 'https://kubernetes.io/docs/setup/production-environment/container-runtimes/' },
    { title: 'containerd v2.3.4: architecture of the CRI plugin', url: 'https://github.com/containerd/containerd/blob/v2.3.4/docs/cri/architecture.md' },
  ],
} satisfies TermInput;
