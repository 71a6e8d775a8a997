/**
 * The Xen hypervisor and dom0. Facts from the Xen Project's admin guide (docs/admin-guide/
 * introduction.rst) and QEMU's list of accelerators.
 */
import type { TermInput } from '../../schema/term.ts';

const XEN_INTRO = {
  title: 'Xen admin guide: Introduction',
  url: 'https://xenbits.xen.org/docs/latest/admin-guide/introduction.html',
};

export default {
  id: 'xen',
  category: 'hypervisor',
  page: 'virt-hypervisors',
  name: { en: 'Xen', 'zh-cn': 'Xen' },
  aliases: {
    en: ['Xen Project', 'Xen hypervisor', 'dom0', 'Domain-0', 'control domain', 'hardware domain', 'domid'],
    'zh-cn': ['Xen', 'Xen 虚拟机监控程序', 'dom0', '0 号域', '控制域', '硬件域', 'domid', 'Domain-0'],
  },
  summary: {
    en: 'An open-source bare-metal hypervisor that keeps itself minimal and leaves device drivers and VM management to a privileged first guest, dom0.',
    'zh-cn': '一个开源的裸金属虚拟机监控程序：自身尽量精简，把设备驱动和虚拟机管理交给第一个启动的特权客户机 dom0。',
  },
  description: {
    en: `Xen runs as the most privileged software on the machine and shares the hardware between virtual machines, which Xen calls **domains**, each identified by a numeric \`domid\`. Xen itself is deliberately small: it manages RAM, schedules virtual CPUs onto physical ones and routes interrupts, and it offers guests a hypercall interface with event channels (virtual interrupts) and grant tables (shared memory). It has no drivers for network cards or disks; beyond serial ports and CPU-internal devices such as IOMMUs it leaves hardware alone.

When Xen boots it starts **dom0** automatically. By default dom0 has full permissions and plays two roles: the **control domain**, which creates and manages the other virtual machines, and the **hardware domain**, which drives the devices and carries the other guests' I/O. Xen's documentation stresses that dom0 is a virtual machine like any other; the number 0 follows UNIX tradition rather than marking a different kind of thing. In practice dom0 is usually Linux: QEMU's documentation lists Xen as an accelerator whose host is Linux running as dom0 ([QEMU: Introduction](https://www.qemu.org/docs/master/system/introduction.html)).

Pitfall: "dom0 is just a guest" describes the design, not the trust. Dom0 has full permissions and manages every other domain, so whoever controls dom0 controls them all: it belongs to the trusted base as much as Xen does.`,
    'zh-cn': `Xen 以机器上特权最高的软件身份运行，把硬件分给各台虚拟机使用。Xen 把虚拟机称为**域**（domain），每个域有一个数字编号 \`domid\`。Xen 有意保持精简：它管理内存，把虚拟 CPU 调度到物理 CPU 上，分发中断，并向客户机提供超级调用（hypercall）接口，包括事件通道（虚拟中断）和授权表（grant table，共享内存）。它不带网卡、磁盘的驱动；除了串口和 IOMMU 这类 CPU 内部设备，其他硬件它一概不碰。

Xen 启动时会自动启动 **dom0**。dom0 默认拥有全部权限，身兼两职：一是**控制域**，负责创建和管理其他虚拟机；二是**硬件域**，负责驱动设备、承载其他客户机的 I/O。Xen 的文档特别强调，dom0 和其他虚拟机一样只是一台虚拟机；编号 0 沿袭的是 UNIX 传统，并不表示它是另一类东西。实践中 dom0 通常是 Linux：QEMU 的文档把 Xen 列为一种加速器，对应的宿主机就是以 dom0 身份运行的 Linux（[QEMU: Introduction](https://www.qemu.org/docs/master/system/introduction.html)）。

易错点：“dom0 只是一个客户机”说的是设计，不是信任关系。dom0 拥有全部权限并管理着其他所有域，谁控制了 dom0，谁就控制了全部域：它和 Xen 本身一样属于可信基。`,
  },
  related: ['type-1-hypervisor', 'hypervisor', 'paravirtualization', 'qemu'],
  sources: [
    XEN_INTRO,
    { title: 'QEMU system emulation: Introduction', url: 'https://www.qemu.org/docs/master/system/introduction.html' },
  ],
  classification: [
    {
      type: 'type-1',
      view: {
        en: 'The Xen Project’s own admin guide calls Xen a bare-metal hypervisor that runs as the most privileged software on the machine.',
        'zh-cn': 'Xen 项目自己的管理指南称 Xen 是裸金属虚拟机监控程序，以机器上特权最高的软件身份运行。',
      },
      source: XEN_INTRO,
    },
  ],
} satisfies TermInput;
