/**
 * Oracle VirtualBox. Facts from the VirtualBox user guide, chapter "First Steps"
 * (manual/topics/Introduction.html).
 */
import type { TermInput } from '../../schema/term.ts';

const VBOX_MANUAL = {
  title: 'Oracle VirtualBox User Guide: First Steps',
  url: 'https://www.virtualbox.org/manual/topics/Introduction.html',
};

export default {
  id: 'virtualbox',
  category: 'hypervisor',
  page: 'virt-hypervisors',
  name: { en: 'Oracle VirtualBox', 'zh-cn': 'Oracle VirtualBox' },
  aliases: {
    en: ['VirtualBox', 'Oracle VM VirtualBox', 'VBox', 'VBoxManage'],
    'zh-cn': ['VirtualBox', 'Oracle VM VirtualBox', 'VBox', 'VBoxManage'],
  },
  summary: {
    en: 'A cross-platform virtualization application that installs on an existing Windows, macOS, Linux or Oracle Solaris computer; its manual calls it a hosted, Type 2 hypervisor.',
    'zh-cn': '一个跨平台的虚拟化应用，装在已有的 Windows、macOS、Linux 或 Oracle Solaris 电脑上；它的手册称自己是宿主型（Type 2）虚拟机监控程序。',
  },
  description: {
    en: `VirtualBox is installed on a computer that already runs an operating system and extends it so that it can run several more operating systems, each in its own virtual machine, at the same time. The manual places VirtualBox in the textbook scheme: it is a hosted hypervisor, also called Type 2, and unlike a bare-metal Type 1 hypervisor it needs an operating system to be there first. It behaves almost the same on every host platform and uses the same file formats and images everywhere, and virtual machines move between hosts in the Open Virtualization Format (OVF).

Pitfall: two hypervisors on one host. The manual warns that several hypervisors can usually be installed side by side, but virtual machines of competing hypervisors must not run at the same time: VirtualBox cannot see what another hypervisor is doing, and when several products use hardware virtualization features such as VT-x at once, the whole host can crash ([VirtualBox manual](https://www.virtualbox.org/manual/topics/Introduction.html)).`,
    'zh-cn': `VirtualBox 安装在一台已经运行着操作系统的电脑上，为它扩展出同时运行另外几个操作系统的能力，每个操作系统各在一台虚拟机里。手册按教科书的分类给 VirtualBox 定位：它是宿主型虚拟机监控程序，也叫 Type 2；与直接运行在硬件上的裸金属 Type 1 不同，它需要先有一个装好的操作系统。它在各个宿主平台上的行为几乎一致，处处使用相同的文件格式和镜像，虚拟机可以用开放虚拟化格式（OVF）在宿主机之间迁移。

易错点：一台宿主机上的两个虚拟机监控程序。手册提醒，多个虚拟机监控程序通常可以同时安装，但不要同时运行不同产品的虚拟机：VirtualBox 无法知道另一个虚拟机监控程序在做什么；如果几个产品同时使用 VT-x 这类硬件辅助虚拟化功能，整个宿主机都可能崩溃（[VirtualBox 手册](https://www.virtualbox.org/manual/topics/Introduction.html)）。`,
  },
  related: ['type-2-hypervisor', 'vmware-workstation', 'hypervisor', 'vt-x', 'hardware-assisted-virtualization'],
  sources: [VBOX_MANUAL],
  classification: [
    {
      type: 'type-2',
      view: {
        en: 'The VirtualBox manual classes it as a hosted hypervisor, also called Type 2, because it needs an operating system installed first.',
        'zh-cn': 'VirtualBox 手册把它归为宿主型虚拟机监控程序，也叫 Type 2，因为它需要先装好一个操作系统。',
      },
      source: VBOX_MANUAL,
    },
  ],
} satisfies TermInput;
