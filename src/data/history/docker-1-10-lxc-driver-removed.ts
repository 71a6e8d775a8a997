/** Docker 1.10 drops the LXC execution driver; day from Docker's CHANGELOG. */
import type { HistoryEventInput } from '../schema/history-event.ts';

export default {
  id: 'docker-1-10-lxc-driver-removed',
  date: '2016-02-04',
  title: { en: 'Docker 1.10 removes the LXC driver', 'zh-cn': 'Docker 1.10 移除 LXC 驱动' },
  description: {
    en: `The LXC execution driver, deprecated since Docker 1.8, was removed along with the daemon's \`--exec-driver\` flag. From this release Docker could no longer run containers through LXC at all: on Linux only the libcontainer-based \`native\` driver was left.`,
    'zh-cn': `自 Docker 1.8 起被弃用的 LXC 执行驱动在这一版被移除，守护进程的 \`--exec-driver\` 参数也一并删去。从这一版起，Docker 再也不能通过 LXC 运行容器：在 Linux 上只剩下基于 libcontainer 的 \`native\` 驱动。`,
  },
  terms: ['lxc', 'libcontainer', 'dockerd'],
  sources: [{ title: 'Docker CHANGELOG: 1.10.0 (2016-02-04), Deprecations', url: 'https://github.com/moby/moby/blob/v1.11.0/CHANGELOG.md' }],
} satisfies HistoryEventInput;
