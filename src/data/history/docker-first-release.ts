/** Docker's first public release; the day is the one Docker's CHANGELOG gives for 0.1.0. */
import type { HistoryEventInput } from '../schema/history-event.ts';

export default {
  id: 'docker-first-release',
  date: '2013-03-23',
  title: { en: 'Docker 0.1.0, the first public release', 'zh-cn': 'Docker 0.1.0：首个公开版本' },
  description: {
    en: `Docker's initial public release, published as open source. Docker did not create containers itself: it filled in an LXC configuration from a template and started every container with \`lxc-start\`. What it added were the parts LXC lacked — images made of layers, repositories and tags to name them, and a registry to push and pull them. The changelog gives this day; the \`v0.1.0\` git tag was created two days later.`,
    'zh-cn': `Docker 的首个公开版本，以开源形式发布。Docker 自己并不创建容器：它用模板生成一份 LXC 配置，再用 \`lxc-start\` 启动每一个容器。它补上的是 LXC 所没有的东西——由镜像层组成的镜像、用来给镜像命名的仓库和标签，以及用来推送和拉取镜像的镜像仓库服务（registry）。这一天取自更新日志；git 标签 \`v0.1.0\` 是两天后才创建的。`,
  },
  terms: ['docker-engine', 'docker-image', 'image-layer', 'registry', 'lxc'],
  sources: [
    { title: 'Docker CHANGELOG: 0.1.0 (2013-03-23)', url: 'https://github.com/moby/moby/blob/v1.11.0/CHANGELOG.md' },
    { title: 'moby/moby tag v0.1.0: container.go (calls /usr/bin/lxc-start)', url: 'https://github.com/moby/moby/blob/v0.1.0/container.go' },
    { title: 'moby/moby tag v0.1.0: lxc_template.go', url: 'https://github.com/moby/moby/blob/v0.1.0/lxc_template.go' },
    {
      title: 'Docker blog: Docker leads OCI release of v1.0 runtime and image format specifications ("released as an open source project in 2013")',
      url: 'https://blog.docker.com/2017/07/oci-release-of-v1-0-runtime-and-image-format-specifications/',
    },
  ],
} satisfies HistoryEventInput;
