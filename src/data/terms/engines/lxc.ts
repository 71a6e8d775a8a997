/** LXC (Linux Containers). Facts from linuxcontainers.org (introduction), lxc v7.0.0 (README.md) and the lxc(7) man page. */
import type { TermInput } from '../../schema/term.ts';

export default {
  id: 'lxc',
  category: 'project',
  page: 'engines-lxc',
  name: { en: 'LXC (Linux Containers)', 'zh-cn': 'LXC（Linux 容器）' },
  aliases: {
    en: ['LXC', 'Linux Containers', 'LinuX Containers', 'lxc-utils', 'lxc-* tools'],
    'zh-cn': ['LXC', 'Linux 容器', 'Linux Containers', 'lxc-utils', 'lxc-* 工具'],
  },
  summary: {
    en: 'A user-space interface to the Linux kernel\'s containment features: a C library (liblxc), language bindings, a set of lxc-* commands and container templates, aimed mainly at system containers.',
    'zh-cn': 'Linux 内核容器化功能的一个用户空间接口，由 C 库 liblxc、多种语言绑定、一组 lxc-* 命令和容器模板组成，主要面向系统容器。',
  },
  description: {
    en: `The project describes LXC as a userspace interface for the kernel's containment features that lets users create and manage system or application containers through an API and simple tools. To contain processes it uses kernel namespaces (IPC, UTS, mount, PID, network and user), AppArmor and SELinux profiles, seccomp policies, chroots using \`pivot_root\`, capabilities and cgroups; its goal is an environment as close as possible to a standard Linux installation without a separate kernel ([introduction](https://linuxcontainers.org/lxc/introduction/)).

It consists of the \`liblxc\` library, bindings for Python 3, Lua, Go, Ruby and Haskell, the standard \`lxc-*\` tools and distribution templates. The project calls LXC a low-level Linux container runtime whose main focus is system containers, and says it was the first runtime to support unprivileged containers after user namespaces were merged into the mainline kernel ([README](https://github.com/lxc/lxc/blob/v7.0.0/README.md)). Such containers map root inside to an unprivileged ID range outside with \`lxc.idmap\`, and rely on three setuid helpers: \`lxc-user-nic\` for networking, and \`newuidmap\` and \`newgidmap\` from the shadow package for the ID maps.`,
    'zh-cn': `项目自己把 LXC 描述为内核容器化功能的用户空间接口，用户可以通过一套 API 和简单的工具来创建、管理系统容器或应用容器。为了约束进程，它使用内核命名空间（IPC、UTS、mount、PID、network 和 user）、AppArmor 与 SELinux 配置、seccomp 策略、借助 \`pivot_root\` 实现的 chroot、能力（capability）以及 cgroup；它的目标是在不需要独立内核的前提下，提供一个尽可能接近标准 Linux 安装的环境（[简介](https://linuxcontainers.org/lxc/introduction/)）。

它由 \`liblxc\` 库、Python 3、Lua、Go、Ruby 和 Haskell 的语言绑定、标准的 \`lxc-*\` 工具以及发行版模板组成。项目称 LXC 是一个低层的 Linux 容器运行时，重点是系统容器；并称在用户命名空间并入主线内核之后，LXC 是第一个支持非特权容器的运行时（[README](https://github.com/lxc/lxc/blob/v7.0.0/README.md)）。这类容器用 \`lxc.idmap\` 把容器内的 root 映射为容器外一段非特权的 ID，并依赖三个 setuid 辅助程序：负责网络的 \`lxc-user-nic\`，以及 shadow 软件包中负责 ID 映射的 \`newuidmap\` 和 \`newgidmap\`。`,
  },
  related: ['liblxc', 'lxd', 'namespace', 'cgroup', 'user-namespace', 'os-level-virtualization', 'container'],
  sources: [
    { title: 'LXC introduction (linuxcontainers.org)', url: 'https://linuxcontainers.org/lxc/introduction/' },
    { title: 'lxc v7.0.0: README.md', url: 'https://github.com/lxc/lxc/blob/v7.0.0/README.md' },
    { title: 'lxc(7)', url: 'https://linuxcontainers.org/lxc/manpages/man7/lxc.7.html' },
  ],
} satisfies TermInput;
