/** LXD and its fork Incus. Facts from linuxcontainers.org (LXD introduction as of 2022, LXD move notice, Incus introduction and announcement) and Incus' go.mod. */
import type { TermInput } from '../../schema/term.ts';

const LXD_INTRO_2022 =
  'https://github.com/lxc/linuxcontainers.org/blob/759115d47b8b4ffab77c9c030f8660cd30fca00c/content/lxd/introduction.md';

export default {
  id: 'lxd',
  category: 'project',
  page: 'engines-lxc',
  name: { en: 'LXD and Incus', 'zh-cn': 'LXD 与 Incus' },
  aliases: {
    en: ['LXD', 'Incus', 'lxc launch', 'lex-dee'],
    'zh-cn': ['LXD', 'Incus', 'lxc launch'],
  },
  summary: {
    en: 'An image-based manager of system containers and virtual machines with a REST API, built on liblxc; Canonical now develops LXD, and Incus is its community fork under the Linux Containers project.',
    'zh-cn': '一个基于镜像、提供 REST API 的系统容器与虚拟机管理器，构建在 liblxc 之上；LXD 如今由 Canonical 开发，Incus 是它在 Linux Containers 项目下的社区分支。',
  },
  description: {
    en: `LXD is not a rewrite of LXC: it drives containers through liblxc and its Go binding, and was meant as an alternative to LXC's tools and distribution templates that can also be controlled over the network. It is image-based and manages both system containers and virtual machines through one REST API; its command-line client is confusingly called \`lxc\` (\`lxc launch images:…\`), which is not one of LXC's \`lxc-*\` tools ([LXD introduction, 2022](${LXD_INTRO_2022})).

LXD left the Linux Containers project for Canonical ([notice](https://linuxcontainers.org/lxd/)). Incus, a fork of LXD created by Aleksa Sarai, was then taken in by Linux Containers as a community-led alternative ([announcement](https://linuxcontainers.org/incus/announcement/)); it manages system containers, application containers and virtual machines ([Incus introduction](https://linuxcontainers.org/incus/introduction/)) and still depends on go-lxc ([go.mod](https://github.com/lxc/incus/blob/main/go.mod)).`,
    'zh-cn': `LXD 并不是对 LXC 的重写：它通过 liblxc 及其 Go 绑定来驱动容器，初衷是替代 LXC 的命令行工具和发行版模板，并且可以通过网络远程控制。它以镜像为基础，用同一套 REST API 同时管理系统容器和虚拟机；容易让人混淆的是，它的命令行客户端就叫 \`lxc\`（如 \`lxc launch images:…\`），与 LXC 自己的 \`lxc-*\` 工具毫无关系（[LXD 简介，2022 年版](${LXD_INTRO_2022})）。

LXD 后来离开 Linux Containers 项目，转归 Canonical（[公告](https://linuxcontainers.org/lxd/)）。随后，由 Aleksa Sarai 创建的 LXD 分支 Incus 被 Linux Containers 项目接纳，作为社区主导的替代品（[发布公告](https://linuxcontainers.org/incus/announcement/)）；它管理系统容器、应用容器和虚拟机（[Incus 简介](https://linuxcontainers.org/incus/introduction/)），并且仍然依赖 go-lxc（[go.mod](https://github.com/lxc/incus/blob/main/go.mod)）。`,
  },
  related: ['lxc', 'liblxc', 'virtual-machine'],
  sources: [
    { title: 'LXD introduction (linuxcontainers.org, 2022 version of the page)', url: LXD_INTRO_2022 },
    { title: 'LXD has been moved to Canonical (linuxcontainers.org)', url: 'https://linuxcontainers.org/lxd/' },
    { title: 'Introducing Incus (linuxcontainers.org)', url: 'https://linuxcontainers.org/incus/announcement/' },
    { title: 'Incus introduction (linuxcontainers.org)', url: 'https://linuxcontainers.org/incus/introduction/' },
  ],
} satisfies TermInput;
