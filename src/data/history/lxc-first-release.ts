/** LXC's first tagged version; month only: lxc_0_1_0 is a lightweight tag with no date of its own, and no release announcement read gives the day. */
import type { HistoryEventInput } from '../schema/history-event.ts';

export default {
  id: 'lxc-first-release',
  date: '2008-08',
  title: { en: 'LXC 0.1.0, the first LXC release', 'zh-cn': 'LXC 0.1.0：LXC 的第一个版本' },
  description: {
    en: `The first tagged version of LXC, whose README is signed by Daniel Lezcano of IBM. It already had the two halves LXC keeps today: a C library, \`liblxc\`, that sets up a container from the kernel's namespaces (UTS, IPC, PID, user and network) and a cgroup, and a set of small commands (\`lxc-create\`, \`lxc-start\`, \`lxc-stop\`, \`lxc-freeze\` …) that drive it. Docker's first versions started their containers with these commands.`,
    'zh-cn': `LXC 第一个打了标签的版本，README 的署名是 IBM 的 Daniel Lezcano。LXC 至今保留的两部分这时已经齐备：一个 C 语言库 \`liblxc\`，负责用内核的命名空间（UTS、IPC、PID、用户和网络）和一个 cgroup 搭起容器；以及一组调用这个库的小命令（\`lxc-create\`、\`lxc-start\`、\`lxc-stop\`、\`lxc-freeze\` 等）。Docker 最早的几个版本就是用这些命令来启动容器的。`,
  },
  terms: ['lxc', 'liblxc'],
  sources: [
    { title: 'lxc/lxc tag lxc_0_1_0 (lightweight tag; its commit is dated 6 August 2008)', url: 'https://github.com/lxc/lxc/tree/lxc_0_1_0' },
    { title: 'LXC 0.1.0 README', url: 'https://github.com/lxc/lxc/blob/lxc_0_1_0/README' },
    {
      title: 'Stéphane Graber: LXC, LXCFS and Incus 6.0.1 LTS (LXC "first released in August 2008")',
      url: 'https://stgraber.org/2024/07/01/lxc-lxcfs-incus-6-0-1-lts-release',
    },
  ],
} satisfies HistoryEventInput;
