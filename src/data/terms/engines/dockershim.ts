/** dockershim, the kubelet's former Docker adapter. Facts from kubernetes.io (Container Runtimes page, Dockershim removal FAQ). */
import type { TermInput } from '../../schema/term.ts';

export default {
  id: 'dockershim',
  category: 'project',
  page: 'engines',
  name: { en: 'dockershim', 'zh-cn': 'dockershim' },
  aliases: {
    en: ['dockershim removal', 'cri-dockerd', 'Docker support in the kubelet'],
    'zh-cn': ['dockershim', 'cri-dockerd', '移除 dockershim'],
  },
  summary: {
    en: 'The code inside the Kubernetes kubelet that translated CRI calls for Docker Engine, which does not implement the CRI; announced for removal with Kubernetes v1.20 and removed in v1.24.',
    'zh-cn': 'Kubernetes kubelet 内部的一段代码，负责把 CRI 调用转换给并不实现 CRI 的 Docker Engine；Kubernetes v1.20 宣布将其移除，v1.24 正式移除。',
  },
  description: {
    en: `Early Kubernetes worked only with Docker Engine. When the CRI was created so that orchestrators could work with many runtimes, Docker Engine did not implement it, so Kubernetes carried its own transitional adapter, dockershim, inside the kubelet; maintaining it became a burden, and features such as cgroup v2 and user namespaces were being built in CRI runtimes instead ([Dockershim removal FAQ](https://kubernetes.io/blog/2022/02/17/dockershim-faq/)). With dockershim a node's chain was kubelet → dockershim → \`dockerd\` → containerd → shim → runc; with containerd's CRI plugin the kubelet talks to containerd directly.

Kubernetes releases before v1.24 included dockershim; its removal was announced as part of v1.20 ([Container Runtimes](https://kubernetes.io/docs/setup/production-environment/container-runtimes/)). Images built with \`docker build\` keep working with every CRI implementation. Clusters that must keep Docker Engine as the node runtime use \`cri-dockerd\`, an adapter maintained outside Kubernetes, which Mirantis and Docker committed to maintain.`,
    'zh-cn': `早期的 Kubernetes 只能使用 Docker Engine。后来为了让编排系统能与多种运行时配合而制定了 CRI，但 Docker Engine 并没有实现它，于是 Kubernetes 在 kubelet 内部自带了一个过渡用的适配器，也就是 dockershim；维护它逐渐成了负担，而 cgroup v2、用户命名空间等新特性都在各个 CRI 运行时中实现（[Dockershim 移除 FAQ](https://kubernetes.io/blog/2022/02/17/dockershim-faq/)）。使用 dockershim 时，节点上的调用链是 kubelet → dockershim → \`dockerd\` → containerd → shim → runc；换成 containerd 的 CRI 插件后，kubelet 直接与 containerd 通信。

v1.24 之前的 Kubernetes 版本都包含 dockershim，移除计划是随 v1.20 一同宣布的（[Container Runtimes](https://kubernetes.io/docs/setup/production-environment/container-runtimes/)）。用 \`docker build\` 构建的镜像在任何 CRI 实现下都照常可用。必须继续用 Docker Engine 作为节点运行时的集群，可以使用 \`cri-dockerd\`：这是一个在 Kubernetes 之外维护的适配器，由 Mirantis 和 Docker 承诺维护。`,
  },
  related: ['cri', 'containerd', 'dockerd', 'docker-engine'],
  sources: [
    { title: 'Updated: Dockershim Removal FAQ (Kubernetes blog)', url: 'https://kubernetes.io/blog/2022/02/17/dockershim-faq/' },
    { title: 'Container Runtimes (Kubernetes docs)', url: 'https://kubernetes.io/docs/setup/production-environment/container-runtimes/' },
  ],
} satisfies TermInput;
