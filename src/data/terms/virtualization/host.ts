/** Host: the platform that supports a guest (Smith and Nair 2005); for containers, the machine whose kernel they share (Docker docs). */
import type { TermInput } from '../../schema/term.ts';

export default {
  id: 'host',
  category: 'concept',
  page: 'virtualization',
  name: { en: 'Host', 'zh-cn': '宿主机' },
  aliases: {
    en: ['host machine', 'host system', 'host OS', 'host operating system', 'host kernel'],
    'zh-cn': ['宿主', '寄主', '宿主操作系统', '宿主机内核', 'host', 'host OS'],
  },
  summary: {
    en: 'The platform that provides the environment a guest runs in: the physical machine and, depending on the setup, the hypervisor or host operating system on it.',
    'zh-cn': '为客户机提供运行环境的平台：物理机，以及视具体架构而定、运行在它上面的虚拟机监控程序或宿主机操作系统。',
  },
  description: {
    en: `[Smith and Nair (2005)](https://doi.org/10.1109/MC.2005.173) use the two words as a pair: the guest is the environment being supported, and the host is the underlying platform that supports it. What "the host" covers depends on the stack:

- Under a Type 2 hypervisor such as VirtualBox, the host is the physical machine together with the **host operating system**, on which the hypervisor runs as an application.
- Under a Type 1 hypervisor such as Xen or ESXi there is no general-purpose operating system below the hypervisor, so the host is the machine plus the hypervisor itself.
- For containers, the host is the machine whose kernel every container uses. Docker's documentation states the consequence: because containers share the host kernel, the code in a container must match the host's CPU architecture, and a Windows container cannot run on a Linux host ([Multi-platform builds](https://docs.docker.com/build/building/multi-platform/)).

A host can itself be virtual: container hosts in a cloud are usually virtual machines, which are in turn guests of a physical host.`,
    'zh-cn': `[Smith 和 Nair（2005）](https://doi.org/10.1109/MC.2005.173)把这两个词成对使用：客户机是被支撑的那个环境，宿主机是在下面支撑它的平台。“宿主机”具体指什么，取决于软件栈的结构：

- 在 VirtualBox 这类 Type 2 虚拟机监控程序下，宿主机是物理机加上**宿主机操作系统**，虚拟机监控程序作为一个应用程序运行在宿主机操作系统上。
- 在 Xen、ESXi 这类 Type 1 虚拟机监控程序下，虚拟机监控程序下面没有通用操作系统，宿主机就是机器加上虚拟机监控程序本身。
- 对容器来说，宿主机就是所有容器共用其内核的那台机器。Docker 文档点明了由此带来的后果：容器共享宿主机内核，所以容器里的代码必须与宿主机的 CPU 架构相符，Windows 容器也无法在 Linux 宿主机上运行（[Multi-platform builds](https://docs.docker.com/build/building/multi-platform/)）。

宿主机本身也可以是虚拟的：云上的容器宿主机通常是虚拟机，而这些虚拟机又是某台物理宿主机的客户机。`,
  },
  related: ['guest', 'physical-machine', 'hypervisor', 'type-1-hypervisor', 'type-2-hypervisor', 'container'],
  sources: [
    { title: 'Smith and Nair, "The Architecture of Virtual Machines", IEEE Computer 38(5), 2005', url: 'https://doi.org/10.1109/MC.2005.173' },
    { title: 'Multi-platform builds (Docker docs)', url: 'https://docs.docker.com/build/building/multi-platform/' },
  ],
} satisfies TermInput;
