/** containerd accepted by the CNCF as an incubating project; day from the CNCF announcement. */
import type { HistoryEventInput } from '../schema/history-event.ts';

export default {
  id: 'containerd-joins-cncf',
  date: '2017-03-29',
  title: { en: 'containerd joins the CNCF', 'zh-cn': 'containerd 加入 CNCF' },
  description: {
    en: `The Cloud Native Computing Foundation's Technical Oversight Committee accepted containerd as an incubating project, announced at CloudNativeCon + KubeCon Europe in Berlin. In December 2016 Docker had announced that it would grow containerd into a standalone core runtime — image transfer, container execution and supervision, low-level storage, on Linux and Windows — and hand it to a neutral foundation, so that systems other than Docker could build on it. This was that hand-over; containerd now sat in the same foundation as Kubernetes.`,
    'zh-cn': `云原生计算基金会（CNCF）的技术监督委员会接纳 containerd 为孵化项目，消息在柏林举行的 CloudNativeCon + KubeCon 欧洲大会上公布。2016 年 12 月，Docker 宣布要把 containerd 扩展成一个独立的核心运行时——负责镜像传输、容器的执行与监管、底层存储，支持 Linux 和 Windows——并把它交给中立的基金会，好让 Docker 以外的系统也能以它为基础。这次加入 CNCF 就是兑现这一承诺；从此 containerd 与 Kubernetes 同属一个基金会。`,
  },
  terms: ['containerd'],
  sources: [
    {
      title: 'CNCF announcement: containerd joins the Cloud Native Computing Foundation',
      url: 'https://www.cncf.io/announcements/2017/03/29/containerd-joins-cloud-native-computing-foundation/',
    },
    {
      title: 'CNCF blog: general availability of containerd 1.0 ("Docker\'s announcement in December of last year")',
      url: 'https://www.cncf.io/blog/2017/12/05/general-availability-containerd-1-0/',
    },
  ],
} satisfies HistoryEventInput;
