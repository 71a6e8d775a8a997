/**
 * Microsoft Hyper-V. Facts from Microsoft Learn: "Hyper-V Architecture" (Hyper-V on Windows) and
 * "Hyper-V Architecture" (Windows Server performance tuning).
 */
import type { TermInput } from '../../schema/term.ts';

const HYPERV_ARCH = {
  title: 'Hyper-V Architecture (Microsoft Learn, Hyper-V on Windows)',
  url: 'https://learn.microsoft.com/virtualization/hyper-v-on-windows/reference/hyper-v-architecture',
};
const HYPERV_PERF = {
  title: 'Hyper-V Architecture (Microsoft Learn, Windows Server performance tuning)',
  url: 'https://learn.microsoft.com/windows-server/administration/performance-tuning/role/hyper-v-server/architecture',
};

export default {
  id: 'hyper-v',
  category: 'hypervisor',
  page: 'virt-hypervisors',
  name: { en: 'Microsoft Hyper-V', 'zh-cn': 'Microsoft Hyper-V' },
  aliases: {
    en: ['Hyper-V', 'Windows hypervisor', 'root partition', 'parent partition', 'child partition', 'VMBus'],
    'zh-cn': ['Hyper-V', 'Windows 虚拟机监控程序', '根分区', '父分区', '子分区', 'root partition', 'VMBus'],
  },
  summary: {
    en: 'Microsoft’s hypervisor for x64 Windows: it runs beneath Windows, and the Windows you manage it from lives in a privileged root partition.',
    'zh-cn': '微软面向 x64 Windows 的虚拟机监控程序：它运行在 Windows 之下，用来管理它的那个 Windows 位于有特权的根分区里。',
  },
  description: {
    en: `Hyper-V isolates operating systems in **partitions**. The hypervisor needs at least one **root** (or parent) partition running Windows; that partition holds the virtualization management stack, is the only one with direct access to physical memory and devices, and creates the **child** partitions that host guests through the hypercall API. Child partitions never see the physical processor or its interrupts: the hypervisor takes the interrupts and redirects them, and the partitions get a virtual view of the processor and a private address space ([Hyper-V Architecture](https://learn.microsoft.com/virtualization/hyper-v-on-windows/reference/hyper-v-architecture)).

Devices reach a guest in two ways. The root partition's stack emulates classic hardware such as an IDE disk controller and a PS/2 port ([performance tuning guide](https://learn.microsoft.com/windows-server/administration/performance-tuning/role/hyper-v-server/architecture)). Faster synthetic devices are split in two: a Virtualization Service Provider (VSP) in the root partition and a Virtualization Service Client (VSC) in the guest, talking over **VMBus**, a channel between partitions. Guests that know they are virtualized ("enlightened") use VMBus directly and skip device emulation. Each running VM also has a worker process (VMWP) in the root partition. Hyper-V requires hardware-assisted virtualization (Intel VT or AMD-V).

Pitfall: turning on Hyper-V on a Windows desktop does not add a program to Windows. It slides the hypervisor underneath, and the Windows you keep using becomes the root partition.`,
    'zh-cn': `Hyper-V 用**分区**（partition）隔离各个操作系统。虚拟机监控程序至少需要一个运行 Windows 的**根分区**（也叫父分区）：虚拟化管理栈就在这里，只有它能直接访问物理内存和设备，也由它通过超级调用 API 创建承载客户机的**子分区**。子分区看不到物理处理器，也接触不到处理器中断：中断由虚拟机监控程序接收并转发，分区看到的是虚拟的处理器和一段私有的地址空间（[Hyper-V Architecture](https://learn.microsoft.com/virtualization/hyper-v-on-windows/reference/hyper-v-architecture)）。

设备以两种方式交给客户机。一种是根分区里的虚拟化栈模拟经典硬件，例如 IDE 磁盘控制器和 PS/2 接口（[性能调优指南](https://learn.microsoft.com/windows-server/administration/performance-tuning/role/hyper-v-server/architecture)）。另一种是更快的合成设备，拆成两半：根分区里的虚拟化服务提供者（VSP）和客户机里的虚拟化服务使用者（VSC），两者通过分区间通道 **VMBus** 通信。知道自己运行在虚拟机里的客户机（“已启蒙”，enlightened）直接使用 VMBus，绕过设备模拟。每台运行中的虚拟机还在根分区里有一个工作进程（VMWP）。Hyper-V 要求处理器支持硬件辅助虚拟化（Intel VT 或 AMD-V）。

易错点：在 Windows 桌面上启用 Hyper-V，并不是给 Windows 加装一个程序，而是把虚拟机监控程序垫到 Windows 下面，你继续使用的那个 Windows 就成了根分区。`,
  },
  related: ['type-1-hypervisor', 'hypervisor', 'paravirtualization', 'hardware-assisted-virtualization', 'xen'],
  sources: [HYPERV_ARCH, HYPERV_PERF],
  classification: [
    {
      type: 'type-1',
      view: {
        en: 'Microsoft describes Hyper-V as a Type 1 hypervisor-based architecture, with Windows itself running in the root partition above the hypervisor.',
        'zh-cn': '微软称 Hyper-V 采用基于 Type 1 虚拟机监控程序的架构，Windows 自身运行在虚拟机监控程序之上的根分区里。',
      },
      source: HYPERV_PERF,
    },
  ],
} satisfies TermInput;
