/** Kubernetes 1.5 and the Container Runtime Interface; day from the 1.5 release announcement. */
import type { HistoryEventInput } from '../schema/history-event.ts';

export default {
  id: 'kubernetes-1-5-cri',
  date: '2016-12-13',
  title: {
    en: 'Kubernetes 1.5 introduces the Container Runtime Interface',
    'zh-cn': 'Kubernetes 1.5 引入容器运行时接口（CRI）',
  },
  description: {
    en: `Until then the kubelet had Docker and rkt wired into its own source code through an internal, unstable interface, which made every new runtime expensive to add. Kubernetes 1.5 introduced CRI as an alpha: a gRPC API with two services, \`ImageService\` and \`RuntimeService\`, that a runtime implements outside the kubelet. To run Docker through the new interface the kubelet gained a built-in CRI shim for Docker, the \`dockershim\` package.`,
    'zh-cn': `在此之前，kubelet 通过一个内部的、不稳定的接口把 Docker 和 rkt 直接写进了自己的源码，每接入一种新的运行时都代价不菲。Kubernetes 1.5 以 alpha 状态引入了 CRI：一个 gRPC API，包含 \`ImageService\` 和 \`RuntimeService\` 两个服务，由运行时在 kubelet 之外实现。为了让 Docker 也经由新接口运行，kubelet 内置了一个面向 Docker 的 CRI 垫片（shim），即 \`dockershim\` 包。`,
  },
  terms: ['cri', 'dockershim'],
  sources: [
    { title: 'Kubernetes blog: Kubernetes 1.5: Supporting Production Workloads', url: 'https://kubernetes.io/blog/2016/12/kubernetes-1-5-supporting-production-workloads/' },
    {
      title: 'Kubernetes blog: Introducing Container Runtime Interface (CRI) in Kubernetes',
      url: 'https://kubernetes.io/blog/2016/12/container-runtime-interface-cri-in-kubernetes/',
    },
  ],
} satisfies HistoryEventInput;
