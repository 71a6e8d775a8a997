/** LXC 1.0; the day is the date of the signed lxc-1.0.0 tag in lxc/lxc. */
import type { HistoryEventInput } from '../schema/history-event.ts';

export default {
  id: 'lxc-1-0',
  date: '2014-02-20',
  title: { en: 'LXC 1.0', 'zh-cn': 'LXC 1.0 发布' },
  description: {
    en: `LXC reached 1.0, the first of the Linux Containers project's long-term support (LTS) releases; every LTS since has been maintained for years alongside newer versions. Docker still supported LXC as a backend at this point: its 0.9 changelog carries a fix for \`docker info\` with LXC 1.0.`,
    'zh-cn': `LXC 发布 1.0，这是 Linux Containers 项目的第一个长期支持（LTS）版本；此后的每个 LTS 版本都会在更新的版本发布后继续维护多年。这时 Docker 仍然支持以 LXC 作为后端：它 0.9 版的更新日志里就有一条修复，让 \`docker info\` 能正确处理 LXC 1.0。`,
  },
  terms: ['lxc', 'liblxc'],
  sources: [
    { title: 'lxc/lxc tag lxc-1.0.0 (tag date)', url: 'https://github.com/lxc/lxc/tree/lxc-1.0.0' },
    {
      title: 'Stéphane Graber: LXC, LXCFS and Incus 6.0.1 LTS (LTS releases "starting … in February 2014")',
      url: 'https://stgraber.org/2024/07/01/lxc-lxcfs-incus-6-0-1-lts-release',
    },
    { title: 'Docker CHANGELOG: 0.9.0', url: 'https://github.com/moby/moby/blob/v1.11.0/CHANGELOG.md' },
  ],
} satisfies HistoryEventInput;
