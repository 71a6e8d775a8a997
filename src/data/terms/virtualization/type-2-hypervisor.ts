/**
 * Type 2 (hosted) hypervisor. Facts from the VirtualBox manual, VMware's USENIX 2001 paper on
 * Workstation's hosted architecture, and Dall et al. (ISCA 2016).
 */
import type { TermInput } from '../../schema/term.ts';

export default {
  id: 'type-2-hypervisor',
  category: 'concept',
  page: 'virt-hypervisors',
  name: { en: 'Type 2 hypervisor', 'zh-cn': 'Type 2 虚拟机监控程序' },
  aliases: {
    en: ['hosted hypervisor', 'hosted VMM', 'Type II VMM', 'type-2', 'desktop hypervisor'],
    'zh-cn': ['宿主型虚拟机监控程序', '托管型 hypervisor', '寄居型虚拟化', '二型虚拟化', 'Type 2', 'Type II', 'hosted'],
  },
  summary: {
    en: 'A hypervisor that runs on a conventional host operating system and leans on it for device drivers, memory and scheduling.',
    'zh-cn': '运行在一个普通宿主机操作系统之上、依靠它提供设备驱动、内存和调度的虚拟机监控程序。',
  },
  description: {
    en: `The VirtualBox manual uses the label for VirtualBox itself: a hosted hypervisor, also known as Type 2, which cannot run until an operating system has been installed ([VirtualBox manual](https://www.virtualbox.org/manual/topics/Introduction.html)).

"Runs on the host OS" is looser than it sounds, because guest code still has to run on the bare processor to be fast. VMware's 2001 paper on Workstation shows how a hosted product gets both. What the user installs is an ordinary application, but through a driver in the host kernel it sets up a monitor of its own that runs directly on the hardware, and each processor then alternates between the host's context and the monitor's; every such switch saves and reloads the complete CPU state. Guest computation stays with the monitor and runs at full speed. Guest I/O does not: the monitor passes the request back to the application on the host side, which performs it with normal system calls, and hardware interrupts are delivered to the host OS ([Sugerman et al., USENIX 2001](https://static.usenix.org/events/usenix01/sugerman/sugerman_html/node3.html)). The VMware Workstation entry names the parts.

The payoff is that the hypervisor reuses the host's drivers, so it runs on whatever hardware the host supports; the price is that every I/O request makes the round trip between the two contexts. Dall et al. count KVM, whose monitor is part of the host's Linux kernel, as Type 2 as well ([ISCA 2016](https://www.cs.columbia.edu/~cdall/pubs/isca2016-dall.pdf)); others disagree, see KVM.`,
    'zh-cn': `VirtualBox 手册就是这样给 VirtualBox 自己归类的：宿主型（hosted）虚拟机监控程序，也叫 Type 2，必须先装好一个操作系统才能运行（[VirtualBox 手册](https://www.virtualbox.org/manual/topics/Introduction.html)）。

“运行在宿主机操作系统之上”其实比字面意思宽松，因为客户机代码要跑得快，仍然得直接在处理器上执行。VMware 在 2001 年介绍 Workstation 的论文里说明了宿主型产品如何两头兼顾。用户安装的是一个普通应用，但它通过宿主机内核里的一个驱动，建立起自己的监控程序（monitor），直接运行在硬件上；此后每个处理器在宿主机的上下文和监控程序的上下文之间来回切换，每次切换都要保存并重新装入全部 CPU 状态。客户机的计算留在监控程序这边，全速运行。客户机的 I/O 则不然：监控程序把请求交回宿主机一侧的应用，由它用普通的系统调用完成；硬件中断也交给宿主机操作系统处理（[Sugerman 等，USENIX 2001](https://static.usenix.org/events/usenix01/sugerman/sugerman_html/node3.html)）。各个组成部分见 VMware Workstation 词条。

好处是可以复用宿主机的驱动，宿主机支持什么硬件，它就能跑在什么硬件上；代价是每个 I/O 请求都要在两种上下文之间走一个来回。Dall 等人把 KVM 也算作 Type 2——KVM 的监控程序就是宿主机 Linux 内核的一部分（[ISCA 2016](https://www.cs.columbia.edu/~cdall/pubs/isca2016-dall.pdf)）；也有人不同意，见 KVM 词条。`,
  },
  related: ['hypervisor', 'type-1-hypervisor', 'vmware-workstation', 'virtualbox', 'kvm', 'host'],
  sources: [
    { title: 'Oracle VirtualBox User Guide: Introduction', url: 'https://www.virtualbox.org/manual/topics/Introduction.html' },
    {
      title: "Sugerman, Venkitachalam, Lim: Virtualizing I/O Devices on VMware Workstation's Hosted Virtual Machine Monitor (USENIX 2001), §2",
      url: 'https://static.usenix.org/events/usenix01/sugerman/sugerman_html/node3.html',
    },
    {
      title: 'Dall et al., ARM Virtualization: Performance and Architectural Implications (ISCA 2016), authors’ copy',
      url: 'https://www.cs.columbia.edu/~cdall/pubs/isca2016-dall.pdf',
    },
  ],
} satisfies TermInput;
