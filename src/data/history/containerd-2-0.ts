/** containerd 2.0; the day is the date of the signed v2.0.0 tag (US Pacific time, also the UTC day). */
import type { HistoryEventInput } from '../schema/history-event.ts';

export default {
  id: 'containerd-2-0',
  date: '2024-11-05',
  title: { en: 'containerd 2.0', 'zh-cn': 'containerd 2.0 发布' },
  description: {
    en: `The first major version since 1.0. It stabilised features added during 1.x and removed those deprecated there — among them the \`aufs\` snapshotter and the CRI \`v1alpha2\` API — while the sandboxed CRI implementation, NRI plugins and CDI devices became defaults, and pulling images in the old Docker schema 1 format is now off unless re-enabled. A separate document in the repository lists what changed for users upgrading from 1.x.`,
    'zh-cn': `自 1.0 以来的第一个大版本。它把 1.x 期间新增的功能转为稳定，并移除了 1.x 中已弃用的功能——包括 \`aufs\` 快照器和 CRI \`v1alpha2\` API；同时，沙箱化的 CRI 实现、NRI 插件和 CDI 设备支持都改为默认启用，而旧的 Docker schema 1 镜像格式默认不再支持，需要时须手动重新开启。仓库中另有一份文档，列出从 1.x 升级的用户需要注意的变化。`,
  },
  terms: ['containerd', 'cri'],
  sources: [
    { title: 'containerd/containerd release v2.0.0 (tag date and release notes)', url: 'https://github.com/containerd/containerd/releases/tag/v2.0.0' },
    { title: 'containerd 2.0 (docs/containerd-2.0.md at v2.0.0)', url: 'https://github.com/containerd/containerd/blob/v2.0.0/docs/containerd-2.0.md' },
  ],
} satisfies HistoryEventInput;
