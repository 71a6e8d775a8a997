/** Paravirtualization as introduced on x86 by Xen; facts from Barham et al., "Xen and the Art of Virtualization", SOSP 2003. */
import type { TermInput } from '../../schema/term.ts';

export default {
  id: 'paravirtualization',
  category: 'technique',
  page: 'virt-techniques',
  name: { en: 'Paravirtualization', 'zh-cn': '半虚拟化' },
  aliases: {
    en: ['paravirtualisation', 'para-virtualization', 'PV', 'hypercall', 'PV guest', 'split driver'],
    'zh-cn': ['半虚拟化', '类虚拟化', '准虚拟化', 'paravirtualization', 'PV', '超级调用', 'hypercall'],
  },
  summary: {
    en: 'Virtualization in which the guest kernel is modified to know that it runs on a hypervisor and calls it explicitly, with hypercalls, instead of executing instructions that would have to be trapped; Xen’s x86 design is built on it.',
    'zh-cn': '客户机内核经过修改、知道自己运行在虚拟机监控程序之上的虚拟化方式：它通过超级调用（hypercall）主动请求虚拟机监控程序，而不是执行需要被陷入捕获的指令。Xen 在 x86 上的设计就建立在它之上。',
  },
  description: {
    en: `[Barham et al.](https://doi.org/10.1145/945445.945462), "Xen and the Art of Virtualization" (SOSP 2003), offer guests a virtual machine interface that resembles x86 without being identical to it, an approach that, as they note, had already been named paravirtualization. The guest kernel is ported to that interface; the application binary interface stays the same, so programs run unmodified. Where a fully virtualized guest executes a privileged instruction and relies on a trap, a paravirtualized one makes a **hypercall**, a deliberate call into the hypervisor much as a program makes a system call into its kernel, and can batch several requests into one call.

In the paper's x86 design Xen runs in ring 0, guest kernels in ring 1 and applications in ring 3, so the sensitive instructions that would not trap are removed from the guest kernel's source rather than caught at run time. A guest keeps its own page tables but may only read them; updates go through Xen, which validates them before applying. Instead of emulated hardware, guests get simple virtual devices: data moves through asynchronous rings of buffer descriptors in shared memory, and a lightweight event mechanism takes the place of hardware interrupts.

The price is a ported guest kernel for every operating system. With VT-x and AMD-V the CPU no longer needs paravirtualizing, but paravirtual *devices* stayed: Xen's ring-based devices, and virtio under KVM and other hypervisors, are built around shared queues instead of imitating a real device's registers one trapped access at a time.`,
    'zh-cn': `[Barham 等人](https://doi.org/10.1145/945445.945462)在 SOSP 2003 的论文《Xen and the Art of Virtualization》中，为客户机提供了一个与 x86 相似但不完全相同的虚拟机接口；论文指出，这种做法此前已被称为半虚拟化。客户机内核要移植到这个接口上；应用程序二进制接口（ABI）保持不变，所以应用程序无需修改。全虚拟化的客户机执行特权指令，依靠陷入让监控程序介入；半虚拟化的客户机则发起**超级调用**（hypercall），像程序向内核发起系统调用那样主动请求虚拟机监控程序，而且可以把多个请求合并成一次调用。

在论文的 x86 设计中，Xen 运行在 ring 0，客户机内核运行在 ring 1，应用程序运行在 ring 3。那些不会陷入的敏感指令直接从客户机内核的源码里去掉，而不是在运行时去捕获。客户机保留自己的页表，但只能读；修改要经过 Xen，由 Xen 校验之后再生效。客户机拿到的不是模拟出来的硬件，而是简单的虚拟设备：数据通过共享内存中由缓冲区描述符组成的异步环形队列传递，一套轻量的事件机制取代了硬件中断。

代价是每种操作系统都要移植一份客户机内核。有了 VT-x 和 AMD-V 之后，CPU 本身已不需要半虚拟化，但半虚拟化的**设备**留了下来：Xen 基于环形队列的设备，以及 KVM 等虚拟机监控程序使用的 virtio，都以共享队列为核心，而不是一个寄存器一个寄存器地模仿真实设备、每次访问都陷入一次。`,
  },
  related: ['xen', 'virtio', 'full-virtualization', 'trap-and-emulate', 'hypervisor'],
  sources: [{ title: 'Barham et al., “Xen and the Art of Virtualization”, SOSP 2003', url: 'https://doi.org/10.1145/945445.945462' }],
} satisfies TermInput;
