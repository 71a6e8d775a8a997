/** Virtual machine: Popek and Goldberg's definition (1974) and Smith and Nair's wider use of the word (2005). */
import type { TermInput } from '../../schema/term.ts';

export default {
  id: 'virtual-machine',
  category: 'concept',
  page: 'virtualization',
  name: { en: 'Virtual machine (VM)', 'zh-cn': '虚拟机（VM）' },
  aliases: {
    en: ['VM', 'virtual machine', 'virtual machines', 'VMs', 'virtual server'],
    'zh-cn': ['虚拟机', 'VM', '虚拟服务器', '虚机'],
  },
  summary: {
    en: 'An efficient, isolated copy of a real machine made by software: a guest runs on it as it would on hardware, while a virtual machine monitor keeps control of the real resources.',
    'zh-cn': '由软件构造出来的、对真实机器的高效且相互隔离的复制品：客户机在上面像在硬件上一样运行，而真实资源始终由虚拟机监控程序掌控。',
  },
  description: {
    en: `The classic definition is [Popek and Goldberg's (1974)](https://doi.org/10.1145/361011.361073): a virtual machine is an efficient, isolated duplicate of the real machine, provided by a virtual machine monitor (VMM) that meets three conditions. Programs under it behave essentially as on the real machine (*equivalence*); the VMM stays in complete control of the resources (*resource control*); and most instructions run directly on the processor, without the VMM stepping in (*efficiency*).

A VM consists of virtual processors (vCPUs), guest memory, virtual disks (files or volumes on the host) and virtual network cards and other devices. Its whole state is data kept by the host, so it can be paused, saved, copied or moved to another host, which no physical machine allows.

The word has two ranges. In everyday use "VM" means a **system virtual machine**, which runs a whole operating system (a KVM, VMware or VirtualBox guest). [Smith and Nair (2005)](https://doi.org/10.1109/MC.2005.173) widen it to every environment that software builds at some interface of a machine, including **process virtual machines** such as the JVM, which run a single program.`,
    'zh-cn': `经典定义来自 [Popek 和 Goldberg（1974）](https://doi.org/10.1145/361011.361073)：虚拟机是真实机器的一个高效、隔离的副本，由满足三个条件的虚拟机监控程序（VMM）提供。程序在它之下的行为与在真实机器上基本相同（*等价性*）；VMM 对资源始终保有完全的控制（*资源控制*）；大多数指令直接在处理器上执行，无需 VMM 介入（*高效性*）。

一台虚拟机由虚拟处理器（vCPU）、客户机内存、虚拟磁盘（宿主机上的文件或卷）以及虚拟网卡等设备组成。它的全部状态都是宿主机保管的数据，因此可以暂停、保存、复制，或者挪到另一台宿主机上，这是物理机做不到的。

这个词有宽窄两种用法。日常所说的“虚拟机”指**系统虚拟机**，即运行整套操作系统的虚拟机（KVM、VMware 或 VirtualBox 中的客户机）。[Smith 和 Nair（2005）](https://doi.org/10.1109/MC.2005.173)则把这个词推广到软件在机器任何一层接口上构造出来的执行环境，其中也包括只运行单个程序的**进程虚拟机**，例如 JVM。`,
  },
  related: ['system-virtual-machine', 'process-virtual-machine', 'hypervisor', 'guest', 'host', 'popek-goldberg-requirements'],
  sources: [
    {
      title: 'Popek and Goldberg, "Formal Requirements for Virtualizable Third Generation Architectures", CACM 17(7), 1974',
      url: 'https://doi.org/10.1145/361011.361073',
    },
    { title: 'Smith and Nair, "The Architecture of Virtual Machines", IEEE Computer 38(5), 2005', url: 'https://doi.org/10.1109/MC.2005.173' },
  ],
} satisfies TermInput;
