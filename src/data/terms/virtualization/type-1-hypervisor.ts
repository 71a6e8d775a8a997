/**
 * Type 1 (bare-metal) hypervisor. Definitions from the VirtualBox manual and Dall et al. (ISCA
 * 2016); examples from the Xen admin guide, Microsoft's Hyper-V architecture pages and VMware.
 */
import type { TermInput } from '../../schema/term.ts';

export default {
  id: 'type-1-hypervisor',
  category: 'concept',
  page: 'virt-hypervisors',
  name: { en: 'Type 1 hypervisor', 'zh-cn': 'Type 1 虚拟机监控程序' },
  aliases: {
    en: ['bare-metal hypervisor', 'native hypervisor', 'Type I VMM', 'type-1'],
    'zh-cn': ['裸金属虚拟机监控程序', '裸机 hypervisor', '原生 hypervisor', '一型虚拟化', 'Type 1', 'Type I', 'bare-metal'],
  },
  summary: {
    en: 'A hypervisor that runs directly on the hardware, with no operating system beneath it; any general-purpose operating system on the machine runs above it.',
    'zh-cn': '直接运行在硬件上、下面没有操作系统的虚拟机监控程序；机器上的通用操作系统都运行在它的上面。',
  },
  description: {
    en: `The VirtualBox manual states the contrast in one sentence: a bare-metal or Type 1 hypervisor runs directly on the hardware, while VirtualBox needs an operating system to be installed first ([VirtualBox manual](https://www.virtualbox.org/manual/topics/Introduction.html)). A study of Arm virtualization by Dall et al. uses the labels the same way, with Xen as its example of Type 1 ([ISCA 2016](https://www.cs.columbia.edu/~cdall/pubs/isca2016-dall.pdf)).

"Nothing underneath" does not mean "no operating system anywhere". A Type 1 hypervisor still needs device drivers and a management interface, and the designs differ in where they put them. Xen keeps no drivers for network cards or disks and boots a privileged virtual machine, dom0, which drives the hardware and creates the other guests ([Xen admin guide](https://xenbits.xen.org/docs/latest/admin-guide/introduction.html)). Hyper-V puts Windows in a privileged root partition that alone has direct access to physical devices ([Hyper-V Architecture](https://learn.microsoft.com/virtualization/hyper-v-on-windows/reference/hyper-v-architecture)). VMware describes ESXi as working independently of any general-purpose operating system ([Architecture of VMware ESXi](https://www.vmware.com/techpapers/2007/architecture-of-vmware-esxi-1009.html)).

The practical consequence: on a Xen or Hyper-V machine the operating system you log in to is itself a guest, only a privileged one. Whoever controls dom0 or the root partition controls every virtual machine on the host.`,
    'zh-cn': `VirtualBox 手册用一句话点明了区别：裸金属（Type 1）虚拟机监控程序直接运行在硬件上，而 VirtualBox 需要先装好一个操作系统（[VirtualBox 手册](https://www.virtualbox.org/manual/topics/Introduction.html)）。Dall 等人在一项关于 Arm 虚拟化的研究中也这样使用这对标签，并以 Xen 作为 Type 1 的例子（[ISCA 2016](https://www.cs.columbia.edu/~cdall/pubs/isca2016-dall.pdf)）。

“下面没有操作系统”不等于“机器上没有操作系统”。Type 1 虚拟机监控程序同样需要设备驱动和管理界面，各家的区别在于把它们放在哪里。Xen 本身不带网卡、磁盘之类的驱动，而是启动一台有特权的虚拟机 dom0，由它驱动硬件、创建其他客户机（[Xen 管理指南](https://xenbits.xen.org/docs/latest/admin-guide/introduction.html)）。Hyper-V 把 Windows 放进有特权的根分区，只有根分区能直接访问物理设备（[Hyper-V Architecture](https://learn.microsoft.com/virtualization/hyper-v-on-windows/reference/hyper-v-architecture)）。VMware 则称 ESXi 独立于任何通用操作系统运行（[Architecture of VMware ESXi](https://www.vmware.com/techpapers/2007/architecture-of-vmware-esxi-1009.html)）。

由此带来的实际后果是：在 Xen 或 Hyper-V 机器上，你登录进去的那个操作系统本身也是一个客户机，只不过是有特权的客户机。谁控制了 dom0 或根分区，谁就控制了这台宿主机上的所有虚拟机。`,
  },
  related: ['hypervisor', 'type-2-hypervisor', 'xen', 'esxi', 'hyper-v', 'kvm'],
  sources: [
    { title: 'Oracle VirtualBox User Guide: Introduction', url: 'https://www.virtualbox.org/manual/topics/Introduction.html' },
    {
      title: 'Dall et al., ARM Virtualization: Performance and Architectural Implications (ISCA 2016), authors’ copy',
      url: 'https://www.cs.columbia.edu/~cdall/pubs/isca2016-dall.pdf',
    },
    { title: 'Xen admin guide: Introduction', url: 'https://xenbits.xen.org/docs/latest/admin-guide/introduction.html' },
    {
      title: 'Hyper-V Architecture (Microsoft Learn, Hyper-V on Windows)',
      url: 'https://learn.microsoft.com/virtualization/hyper-v-on-windows/reference/hyper-v-architecture',
    },
    { title: 'Architecture of VMware ESXi (VMware technical paper)', url: 'https://www.vmware.com/techpapers/2007/architecture-of-vmware-esxi-1009.html' },
  ],
} satisfies TermInput;
