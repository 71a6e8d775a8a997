/** Kubernetes 1.24 removes dockershim; day from the 1.24 release announcement. */
import type { HistoryEventInput } from '../schema/history-event.ts';

export default {
  id: 'kubernetes-1-24-dockershim-removed',
  date: '2022-05-03',
  title: { en: 'Kubernetes 1.24 removes dockershim', 'zh-cn': 'Kubernetes 1.24 移除 dockershim' },
  description: {
    en: `Kubernetes 1.24 removed dockershim from the kubelet. A node now needs a CRI runtime such as containerd or CRI-O; clusters that want to keep Docker Engine as the runtime must put the separate \`cri-dockerd\` adapter in front of it.`,
    'zh-cn': `Kubernetes 1.24 从 kubelet 中移除了 dockershim。节点从此需要一个 CRI 运行时，例如 containerd 或 CRI-O；若仍想以 Docker Engine 作为运行时，就必须在它前面加上独立的适配器 \`cri-dockerd\`。`,
  },
  terms: ['dockershim', 'cri', 'containerd', 'docker-engine'],
  sources: [{ title: 'Kubernetes blog: Kubernetes 1.24: Stargazer', url: 'https://kubernetes.io/blog/2022/05/03/kubernetes-1-24-release-announcement/' }],
} satisfies HistoryEventInput;
