/**
 * VMware Workstation. Facts from VMware's USENIX 2001 paper on Workstation's hosted virtual
 * machine monitor (and its VMware technical-paper page).
 */
import type { TermInput } from '../../schema/term.ts';

const WS_USENIX = {
  title: "Sugerman, Venkitachalam, Lim: Virtualizing I/O Devices on VMware Workstation's Hosted Virtual Machine Monitor (USENIX 2001), §2",
  url: 'https://static.usenix.org/events/usenix01/sugerman/sugerman_html/node3.html',
};

export default {
  id: 'vmware-workstation',
  category: 'hypervisor',
  page: 'virt-hypervisors',
  name: { en: 'VMware Workstation', 'zh-cn': 'VMware Workstation' },
  aliases: {
    en: ['Workstation Pro', 'VMware Workstation Pro', 'VMware Player', 'VMApp', 'VMDriver', 'world switch'],
    'zh-cn': ['VMware Workstation', 'Workstation Pro', 'VMware 工作站', 'VMApp', 'VMDriver', '世界切换'],
  },
  summary: {
    en: 'VMware’s desktop hypervisor, installed as an application on Windows or Linux; VMware’s engineers describe its design as a hosted virtual machine architecture.',
    'zh-cn': 'VMware 的桌面虚拟机监控程序，作为应用安装在 Windows 或 Linux 上；VMware 的工程师把它的设计称为宿主型虚拟机架构。',
  },
  description: {
    en: `Workstation has three parts. **VMApp** is the application the user installs and starts. **VMDriver** is a driver it loads into the host kernel. Through that driver VMApp sets up the **VMM**, a monitor that runs directly on the hardware. A processor is at any moment either in the host world or in the VMM world, and VMDriver switches between them; a **world switch** saves and restores all CPU state, so it is heavier than a process switch.

Guest computation runs in the VMM world at full speed. Guest I/O does not touch the hardware: the VMM switches to the host world, and VMApp carries out the request with ordinary system calls, so a disk read in the guest becomes a \`read()\` on the host. Hardware interrupts that arrive while the VMM is running are passed back to the host OS to handle. The paper's point is the trade-off: relying on the host's drivers lets Workstation run on the enormous variety of PC hardware, at the cost of extra world switches on every I/O path ([Sugerman et al., USENIX 2001](https://static.usenix.org/events/usenix01/sugerman/sugerman_html/node3.html); [VMware technical paper page](https://www.vmware.com/techpapers/2006/virtualizing-io-devices-on-vmware-workstations-530.html)).

The paper measured Workstation 2.0, on Windows NT, Windows 2000 and Linux hosts. VMware's later documentation still files Workstation among its desktop products, beside the server products ESX and ESXi ([vSphere 4.1 docs](https://pubs.vmware.com/vsphere-4-esx-vcenter/topic/com.vmware.vsphere.config_iscsi.doc_41/esx_san_config/common/c_understanding_virtualization.html)).`,
    'zh-cn': `Workstation 由三部分组成。**VMApp** 是用户安装、启动的应用程序。**VMDriver** 是它装进宿主机内核的一个驱动。VMApp 通过这个驱动建立起 **VMM**——一个直接运行在硬件上的监控程序。任何时刻，一个处理器要么处在宿主机的世界里，要么处在 VMM 的世界里，由 VMDriver 在两者之间切换；一次**世界切换**（world switch）要保存并恢复全部 CPU 状态，比进程切换重。

客户机的计算在 VMM 的世界里全速运行。客户机的 I/O 则不直接碰硬件：VMM 切回宿主机的世界，由 VMApp 用普通系统调用完成请求，于是客户机里的一次磁盘读取就变成了宿主机上的一次 \`read()\`。VMM 运行期间到来的硬件中断，交还给宿主机操作系统处理。论文要说明的正是这笔取舍：依靠宿主机的驱动，Workstation 能跑在种类繁多的 PC 硬件上，代价是每条 I/O 路径上多出来的世界切换（[Sugerman 等，USENIX 2001](https://static.usenix.org/events/usenix01/sugerman/sugerman_html/node3.html)；[VMware 技术论文页面](https://www.vmware.com/techpapers/2006/virtualizing-io-devices-on-vmware-workstations-530.html)）。

论文测量的是 Workstation 2.0，宿主机为 Windows NT、Windows 2000 和 Linux。VMware 后来的文档仍把 Workstation 列为桌面产品，与服务器产品 ESX、ESXi 并列（[vSphere 4.1 文档](https://pubs.vmware.com/vsphere-4-esx-vcenter/topic/com.vmware.vsphere.config_iscsi.doc_41/esx_san_config/common/c_understanding_virtualization.html)）。`,
  },
  related: ['type-2-hypervisor', 'esxi', 'hypervisor', 'host'],
  sources: [
    WS_USENIX,
    {
      title: "Virtualizing I/O Devices on VMware Workstation's Hosted Virtual Machine Monitor (VMware technical paper page)",
      url: 'https://www.vmware.com/techpapers/2006/virtualizing-io-devices-on-vmware-workstations-530.html',
    },
    {
      title: 'Understanding virtualization (VMware vSphere 4.1 documentation)',
      url: 'https://pubs.vmware.com/vsphere-4-esx-vcenter/topic/com.vmware.vsphere.config_iscsi.doc_41/esx_san_config/common/c_understanding_virtualization.html',
    },
  ],
  classification: [
    {
      type: 'type-2',
      view: {
        en: 'VMware’s own engineers call Workstation’s design a hosted virtual machine architecture: it installs like an application on a host operating system and relies on that OS for devices.',
        'zh-cn': 'VMware 自己的工程师把 Workstation 的设计称为宿主型虚拟机架构：它像应用一样装在宿主机操作系统上，依靠这个操作系统访问设备。',
      },
      source: WS_USENIX,
    },
  ],
} satisfies TermInput;
