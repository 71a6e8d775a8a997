/**
 * VMware ESXi. Facts from VMware's technical paper "Architecture of VMware ESXi" and the vSphere 4.1
 * documentation page on the virtualization layer shared with VMware Workstation.
 */
import type { TermInput } from '../../schema/term.ts';

const ESXI_PAPER = {
  title: 'Architecture of VMware ESXi (VMware technical paper)',
  url: 'https://www.vmware.com/techpapers/2007/architecture-of-vmware-esxi-1009.html',
};

export default {
  id: 'esxi',
  category: 'hypervisor',
  page: 'virt-hypervisors',
  name: { en: 'VMware ESXi', 'zh-cn': 'VMware ESXi' },
  aliases: {
    en: ['ESXi', 'ESX', 'VMware ESX', 'vSphere Hypervisor', 'vSphere ESXi'],
    'zh-cn': ['ESXi', 'ESX', 'VMware ESX', 'vSphere Hypervisor'],
  },
  summary: {
    en: 'VMware’s server hypervisor, installed on the server itself and running without any general-purpose operating system underneath.',
    'zh-cn': 'VMware 的服务器虚拟机监控程序，直接装在服务器上运行，下面没有任何通用操作系统。',
  },
  description: {
    en: `VMware's paper on ESXi presents it as an architecture that operates independently of any general-purpose operating system, and gives security, reliability and simpler management as the reasons ([Architecture of VMware ESXi](https://www.vmware.com/techpapers/2007/architecture-of-vmware-esxi-1009.html)). There is no Windows or Linux installation underneath to look after: what the server boots is the hypervisor.

VMware's own documentation describes one virtualization layer shared by its desktop products (such as VMware Workstation) and its server products (ESX/ESXi): each virtual machine gets virtual CPUs, memory, buses, network and storage adapters and a BIOS mapped onto shares of the physical devices ([vSphere 4.1 docs](https://pubs.vmware.com/vsphere-4-esx-vcenter/topic/com.vmware.vsphere.config_iscsi.doc_41/esx_san_config/common/c_understanding_virtualization.html)). What separates ESXi from Workstation is therefore not what a guest sees but what sits under the hypervisor: the bare server in one case, a desktop operating system in the other.`,
    'zh-cn': `VMware 介绍 ESXi 的技术论文称，这一架构独立于任何通用操作系统运行，理由是更安全、更可靠、管理更简单（[Architecture of VMware ESXi](https://www.vmware.com/techpapers/2007/architecture-of-vmware-esxi-1009.html)）。它下面没有一套需要照看的 Windows 或 Linux：服务器启动的就是虚拟机监控程序。

VMware 自己的文档说，它的桌面产品（例如 VMware Workstation）和服务器产品（ESX/ESXi）共用同一个虚拟化层：每台虚拟机都有虚拟 CPU、内存、总线、网卡、存储适配器和 BIOS，它们映射到物理设备的一部分份额上（[vSphere 4.1 文档](https://pubs.vmware.com/vsphere-4-esx-vcenter/topic/com.vmware.vsphere.config_iscsi.doc_41/esx_san_config/common/c_understanding_virtualization.html)）。所以 ESXi 与 Workstation 的区别不在客户机看到什么，而在虚拟机监控程序下面是什么：一个是裸服务器，一个是桌面操作系统。`,
  },
  related: ['type-1-hypervisor', 'vmware-workstation', 'hypervisor'],
  sources: [
    ESXI_PAPER,
    {
      title: 'Understanding virtualization (VMware vSphere 4.1 documentation)',
      url: 'https://pubs.vmware.com/vsphere-4-esx-vcenter/topic/com.vmware.vsphere.config_iscsi.doc_41/esx_san_config/common/c_understanding_virtualization.html',
    },
  ],
  classification: [
    {
      type: 'type-1',
      view: {
        en: 'VMware describes ESXi as operating independently of any general-purpose operating system, that is, on the bare server.',
        'zh-cn': 'VMware 称 ESXi 独立于任何通用操作系统运行，也就是直接运行在裸服务器上。',
      },
      source: ESXI_PAPER,
    },
  ],
} satisfies TermInput;
