/** Docker 0.9: execution drivers and the libcontainer-based default; day from CHANGELOG and blog. */
import type { HistoryEventInput } from '../schema/history-event.ts';

export default {
  id: 'docker-0-9-libcontainer',
  date: '2014-03-10',
  title: {
    en: 'Docker 0.9 makes libcontainer its default execution driver',
    'zh-cn': 'Docker 0.9 把 libcontainer 设为默认执行驱动',
  },
  description: {
    en: `Docker 0.9 introduced *execution drivers*, an internal API behind which different backends can run containers, and a new built-in driver, \`native\`, built on libcontainer: a Go library Docker wrote to drive the kernel's namespaces, cgroups, capabilities, AppArmor profiles and network interfaces directly. \`native\` became the default, so LXC was no longer needed; it stayed available as the \`lxc\` driver. Docker's reasons: fewer moving parts, and no more breakage from the differences between LXC versions and distributions.`,
    'zh-cn': `Docker 0.9 引入了*执行驱动*（execution driver）：这是一个内部 API，背后可以接入不同的后端来运行容器。同时新增了内置驱动 \`native\`，它基于 libcontainer——Docker 用 Go 编写的库，直接操作内核的命名空间、cgroup、能力（capability）、AppArmor 配置和网络接口。\`native\` 成为默认驱动，于是 LXC 不再是必需的，只作为 \`lxc\` 驱动继续保留。Docker 给出的理由是：减少活动部件，也不再受不同 LXC 版本、不同发行版之间差异的牵连。`,
  },
  terms: ['libcontainer', 'docker-engine', 'lxc'],
  sources: [
    { title: 'Docker CHANGELOG: 0.9.0 (2014-03-10)', url: 'https://github.com/moby/moby/blob/v1.11.0/CHANGELOG.md' },
    {
      title: 'Docker blog: Docker 0.9: introducing execution drivers and libcontainer',
      url: 'https://www.docker.com/blog/docker-0-9-introducing-execution-drivers-and-libcontainer/',
    },
  ],
} satisfies HistoryEventInput;
