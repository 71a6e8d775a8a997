/** Kubernetes 1.20 deprecates dockershim; day from the 1.20 release announcement. */
import type { HistoryEventInput } from '../schema/history-event.ts';

export default {
  id: 'kubernetes-1-20-dockershim-deprecated',
  date: '2020-12-08',
  title: { en: 'Kubernetes 1.20 deprecates dockershim', 'zh-cn': 'Kubernetes 1.20 弃用 dockershim' },
  description: {
    en: `Kubernetes 1.20 deprecated dockershim, the kubelet's built-in CRI shim for Docker Engine, and announced its removal in a later release; the project cited the maintenance burden it had become. Images built with Docker were not affected: they follow the OCI image specification and run under any CRI runtime. The project had explained the change a few days earlier in *Don't Panic: Kubernetes and Docker*.`,
    'zh-cn': `Kubernetes 1.20 弃用了 dockershim——kubelet 内置的、面向 Docker Engine 的 CRI 垫片——并宣布将在以后的版本中移除它；项目给出的理由是它已成为维护上的负担。用 Docker 构建的镜像不受影响：它们遵循 OCI 镜像规范，可以在任何 CRI 运行时下运行。几天前，项目已在博客文章 *Don't Panic: Kubernetes and Docker* 中解释过这一变化。`,
  },
  terms: ['dockershim', 'cri', 'docker-engine', 'oci-image-spec'],
  sources: [
    { title: "Kubernetes blog: Kubernetes 1.20: The Raddest Release", url: 'https://kubernetes.io/blog/2020/12/08/kubernetes-1-20-release-announcement/' },
    { title: "Kubernetes blog: Don't Panic: Kubernetes and Docker", url: 'https://kubernetes.io/blog/2020/12/02/dont-panic-kubernetes-and-docker/' },
    { title: 'kubernetes/kubernetes pull request #94624 (the deprecation and its release note)', url: 'https://github.com/kubernetes/kubernetes/pull/94624' },
  ],
} satisfies HistoryEventInput;
