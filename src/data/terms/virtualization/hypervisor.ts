/**
 * The hypervisor (virtual machine monitor) as a concept. Facts from Microsoft's Hyper-V
 * architecture glossary, the QEMU system-emulation introduction and the kernel's KVM API document.
 */
import type { TermInput } from '../../schema/term.ts';

export default {
  id: 'hypervisor',
  category: 'concept',
  page: 'virt-hypervisors',
  name: { en: 'Hypervisor', 'zh-cn': '虚拟机监控程序' },
  aliases: {
    en: ['virtual machine monitor', 'VMM', 'hypervisors', 'virtualization layer'],
    'zh-cn': ['hypervisor', 'Hypervisor', 'VMM', '虚拟机监视器', '虚拟机管理程序', '虚拟化层', 'hypervisors', 'virtual machine monitor'],
  },
  summary: {
    en: 'The software that creates virtual machines and shares one physical machine’s processors, memory and devices among them, each guest seeing only its own share.',
    'zh-cn': '创建虚拟机、把一台物理机的处理器、内存和设备分给多台虚拟机使用的软件，每个客户机只看得到分给自己的那一份。',
  },
  description: {
    en: `Microsoft's glossary defines it as a software layer between the hardware and one or more operating systems, there to run those systems in isolated environments and to referee their access to the hardware ([Hyper-V Architecture](https://learn.microsoft.com/virtualization/hyper-v-on-windows/reference/hyper-v-architecture)). "Virtual machine monitor" (VMM) names the same job; some products use it for one component of a larger stack.

Every hypervisor does three things. It runs guest code on the real processor for as long as it safely can and takes control back when the guest does something it may not do alone: touching a device, a privileged register or memory it does not own. With KVM this loop is visible in the API: a thread calls \`KVM_RUN\` on a virtual CPU's file descriptor, guest code runs, and the call returns when the guest needs help ([KVM API](https://docs.kernel.org/virt/kvm/api.html)). It gives each guest memory that looks like a machine's physical memory. And it gives the guest devices: emulated copies of real hardware, paravirtual devices such as VirtIO built for virtual machines, or a real device passed straight through ([QEMU: Introduction](https://www.qemu.org/docs/master/system/introduction.html)).

What differs between hypervisors is where these jobs live: in a small kernel of their own, in a general-purpose kernel, in a privileged virtual machine, or in an ordinary user-space program. That is what the Type 1 / Type 2 labels try to capture.`,
    'zh-cn': `微软的术语表用一句话概括：虚拟机监控程序是位于硬件与一个或多个操作系统之间的一层软件，主要任务是提供彼此隔离的执行环境，并控制、仲裁对底层硬件的访问（[Hyper-V Architecture](https://learn.microsoft.com/virtualization/hyper-v-on-windows/reference/hyper-v-architecture)）。“虚拟机监视器”（VMM）说的是同一件事；有些产品只把整个软件栈中的某个组件叫作 VMM。

任何虚拟机监控程序都要做三件事。第一，让客户机代码尽可能长时间地直接跑在真实处理器上，一旦客户机要做它不能独自完成的事——访问设备、特权寄存器或不属于它的内存——就把控制权收回来。KVM 的 API 把这个循环摆在了明面上：一个线程对虚拟 CPU 的文件描述符调用 \`KVM_RUN\`，客户机代码开始运行，等客户机需要帮忙时调用才返回（[KVM API](https://docs.kernel.org/virt/kvm/api.html)）。第二，给每个客户机一段看起来就像整台机器物理内存的内存。第三，给客户机提供设备：可以是模拟出来的真实硬件，可以是 VirtIO 这类专为虚拟机设计的半虚拟化设备，也可以把一块真实设备直通给它（[QEMU: Introduction](https://www.qemu.org/docs/master/system/introduction.html)）。

各家虚拟机监控程序的差别在于这些工作放在哪里：放在自己的小内核里、放在通用操作系统内核里、放在一台有特权的虚拟机里，还是放在一个普通的用户态程序里。Type 1 / Type 2 这对标签想描述的正是这一点。`,
  },
  related: ['type-1-hypervisor', 'type-2-hypervisor', 'virtual-machine', 'host', 'guest', 'vm-exit', 'virtio'],
  sources: [
    {
      title: 'Hyper-V Architecture (Microsoft Learn, Hyper-V on Windows)',
      url: 'https://learn.microsoft.com/virtualization/hyper-v-on-windows/reference/hyper-v-architecture',
    },
    { title: 'The Definitive KVM API Documentation (kernel docs)', url: 'https://docs.kernel.org/virt/kvm/api.html' },
    { title: 'QEMU system emulation: Introduction', url: 'https://www.qemu.org/docs/master/system/introduction.html' },
  ],
} satisfies TermInput;
