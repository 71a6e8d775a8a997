/** containerd 1.0; the day is the CNCF announcement (the v1.0.0 tag is late on the 4th, US Pacific time). */
import type { HistoryEventInput } from '../schema/history-event.ts';

export default {
  id: 'containerd-1-0',
  date: '2017-12-05',
  title: { en: 'containerd 1.0', 'zh-cn': 'containerd 1.0 发布' },
  description: {
    en: `containerd reached 1.0 after seven alphas, four betas and a release candidate. It was a new design, not the 0.2 series Docker had shipped since 1.11: a runtime model of containers and tasks, content-addressed image storage, snapshot-based container filesystems, an event system, and a namespaced gRPC API with a Go client. Kubernetes could use it through the separate \`cri-containerd\` project. The signed tag was created late on 4 December US Pacific time, already 5 December in UTC, the day the CNCF announced the release.`,
    'zh-cn': `containerd 在经历 7 个 alpha、4 个 beta 和 1 个候选版本之后发布 1.0。这是一次重新设计，而不是 Docker 自 1.11 起一直捆绑的 0.2 系列：以容器（container）和任务（task）为核心的运行时模型、按内容寻址的镜像存储、基于快照的容器文件系统、事件系统，以及按命名空间划分的 gRPC API 和 Go 客户端。Kubernetes 可以通过独立的 \`cri-containerd\` 项目使用它。签名标签创建于美国太平洋时间 12 月 4 日深夜，按 UTC 已是 12 月 5 日，也就是 CNCF 宣布这次发布的日子。`,
  },
  terms: ['containerd', 'cri'],
  sources: [
    { title: 'CNCF blog: general availability of containerd 1.0', url: 'https://www.cncf.io/blog/2017/12/05/general-availability-containerd-1-0/' },
    { title: 'containerd/containerd release v1.0.0 (tag date and release notes)', url: 'https://github.com/containerd/containerd/releases/tag/v1.0.0' },
  ],
} satisfies HistoryEventInput;
