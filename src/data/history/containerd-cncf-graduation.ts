/** containerd graduates in the CNCF; day from the CNCF announcement. */
import type { HistoryEventInput } from '../schema/history-event.ts';

export default {
  id: 'containerd-cncf-graduation',
  date: '2019-02-28',
  title: { en: 'containerd graduates in the CNCF', 'zh-cn': 'containerd 从 CNCF 毕业' },
  description: {
    en: `containerd moved from incubating to graduated, the CNCF's highest maturity level, as the fifth project to get there after Kubernetes, Prometheus, Envoy and CoreDNS.`,
    'zh-cn': `containerd 从孵化项目晋升为毕业项目，也就是 CNCF 的最高成熟度等级；在它之前达到这一级的有 Kubernetes、Prometheus、Envoy 和 CoreDNS，containerd 是第五个。`,
  },
  terms: ['containerd'],
  sources: [
    {
      title: 'CNCF announcement: CNCF announces containerd graduation',
      url: 'https://www.cncf.io/announcements/2019/02/28/cncf-announces-containerd-graduation/',
    },
    { title: 'Phil Estes (containerd maintainer): containerd graduates in the CNCF!', url: 'https://integratedcode.us/2019/02/28/containerd-graduates-in-the-cncf' },
  ],
} satisfies HistoryEventInput;
