/** System virtual machines and their four kinds, after Smith and Nair's paper and book (2005). */
import type { TermInput } from '../../schema/term.ts';

export default {
  id: 'system-virtual-machine',
  category: 'concept',
  page: 'virt-layers',
  name: { en: 'System virtual machine', 'zh-cn': '系统虚拟机' },
  aliases: {
    en: ['system VM', 'hardware-level virtualization', 'hardware virtualization', 'whole-system VM', 'hosted VM', 'classic system VM'],
    'zh-cn': ['系统 VM', '系统级虚拟机', '硬件级虚拟化', '硬件虚拟化', 'system VM'],
  },
  summary: {
    en: 'A virtual machine that reproduces a whole computer at the ISA level, so that a complete operating system, kernel included, can boot and run on it as the guest.',
    'zh-cn': '在 ISA 层面重现一整台计算机的虚拟机，一整套操作系统（包括内核）可以作为客户机在上面启动和运行。',
  },
  description: {
    en: `In [Smith and Nair's](https://doi.org/10.1109/MC.2005.173) terms, the virtualizing software of a system VM, the virtual machine monitor or hypervisor, sits between the hardware and the guest operating system. It provides the full ISA, system part included, plus virtual devices. The VM does not depend on any one guest process: it is switched on, boots, and runs until it is shut down. Smith and Nair distinguish four kinds:

- **Classic system VMs**: the monitor runs directly on the hardware, the arrangement now called a Type 1 hypervisor.
- **Hosted VMs**: the monitor is built on top of an existing host operating system (Type 2); VMware is their example.
- **Whole-system VMs**: guest and host have different ISAs, so the guest's operating system and applications are all emulated.
- **Co-designed VMs**: the hardware and the monitor are designed together; Transmeta's Crusoe, whose software translated x86 code into the processor's own instruction set, is the example.

When guest and host share an ISA, most guest instructions run directly on the processor, and only the sensitive ones are handled by trap-and-emulate, binary translation or hardware support such as VT-x and AMD-V. When the ISAs differ, every instruction has to be translated, which is much slower. Their book ([Virtual Machines, 2005](https://www.oreilly.com/library/view/virtual-machines/9781558609105/)) devotes chapter 8 to system VMs.`,
    'zh-cn': `按 [Smith 和 Nair](https://doi.org/10.1109/MC.2005.173) 的说法，系统虚拟机的虚拟化软件（虚拟机监控程序，即 hypervisor）位于硬件与客户机操作系统之间，提供完整的 ISA（包括系统部分）以及虚拟设备。这种虚拟机不依附于客户机里的任何一个进程：它被开机、启动，一直运行到关机为止。Smith 和 Nair 区分了四类：

- **经典系统虚拟机**：监控程序直接运行在硬件上，也就是现在所说的 Type 1 虚拟机监控程序。
- **寄居式（hosted）虚拟机**：监控程序建立在一个现成的宿主机操作系统之上（Type 2），他们举的例子是 VMware。
- **全系统虚拟机**：客户机与宿主机的 ISA 不同，客户机的操作系统和应用程序全部要靠模拟执行。
- **协同设计虚拟机**：硬件与监控程序一起设计，例子是 Transmeta 的 Crusoe，它用软件把 x86 代码翻译成处理器自己的指令集。

客户机与宿主机的 ISA 相同时，大部分客户机指令直接在处理器上执行，只有敏感指令要借助陷入再模拟（trap-and-emulate）、二进制翻译或 VT-x、AMD-V 之类的硬件支持来处理。ISA 不同时，每一条指令都得翻译，速度要慢得多。他们的专著（[Virtual Machines，2005](https://www.oreilly.com/library/view/virtual-machines/9781558609105/)）第 8 章专门讲系统虚拟机。`,
  },
  related: [
    'virtual-machine',
    'hypervisor',
    'type-1-hypervisor',
    'type-2-hypervisor',
    'instruction-set-architecture',
    'hardware-assisted-virtualization',
    'qemu',
  ],
  sources: [
    { title: 'Smith and Nair, "The Architecture of Virtual Machines", IEEE Computer 38(5), 2005', url: 'https://doi.org/10.1109/MC.2005.173' },
    {
      title: 'Smith and Nair, Virtual Machines: Versatile Platforms for Systems and Processes (Morgan Kaufmann, 2005)',
      url: 'https://www.oreilly.com/library/view/virtual-machines/9781558609105/',
    },
  ],
} satisfies TermInput;
