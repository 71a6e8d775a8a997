/** Hardware-assisted virtualization (Intel VT-x, AMD-V); facts from the Intel SDM, the AMD APM, Adams & Agesen 2006, the VFIO docs and cpufeatures.h. */
import type { TermInput } from '../../schema/term.ts';

export default {
  id: 'hardware-assisted-virtualization',
  category: 'technique',
  page: 'virt-techniques',
  name: { en: 'Hardware-assisted virtualization', 'zh-cn': '硬件辅助虚拟化' },
  aliases: {
    en: ['hardware virtualization', 'HVM', 'hardware virtual machine', 'virtualization extensions', 'VT', 'vmx flag', 'svm flag'],
    'zh-cn': ['硬件虚拟化', '硬件虚拟化扩展', 'HVM', 'VT', '虚拟化扩展', 'vmx', 'svm', 'hardware virtualization'],
  },
  summary: {
    en: 'CPU extensions, Intel VT-x and AMD-V, that add a separate execution mode for guests in which the events the hypervisor must see cause an exit to it, so unmodified guests can be virtualized by trap and emulate.',
    'zh-cn': 'Intel VT-x、AMD-V 这类 CPU 扩展：它们为客户机增加一种独立的执行模式，凡是虚拟机监控程序必须知道的事件都会导致退出到虚拟机监控程序，从而可以用陷入再模拟的方式虚拟化未经修改的客户机。',
  },
  description: {
    en: `Instead of patching the guest's code (binary translation) or its source (paravirtualization), Intel and AMD changed the processor. Both add a mode for guest code in which the guest kernel runs at its usual privilege level, ring 0 included, while controls chosen by the hypervisor decide which instructions and events leave that mode. The controls live in an in-memory structure per virtual CPU, the VMCS on Intel ([SDM vol. 3](https://www.intel.com/content/www/us/en/developer/articles/technical/intel-sdm.html)) and the VMCB on AMD ([APM vol. 2](https://www.amd.com/content/dam/amd/en/documents/processor-tech-docs/programmer-references/24593.pdf)), which also holds the guest's register state while it is not running.

That gives x86 the Popek–Goldberg property without touching the guest: everything the hypervisor must see causes a VM exit. The first generation virtualized only the CPU; guest page tables still had to be shadowed in software, and [Adams and Agesen](https://doi.org/10.1145/1168857.1168860) measured it losing to binary translation where page-table updates and context switches dominate. Later additions covered memory (EPT on Intel, nested paging on AMD) and device DMA through an IOMMU (Intel VT-d, AMD-Vi), which is what [VFIO](https://docs.kernel.org/driver-api/vfio.html) relies on to hand devices to guests safely.

Linux shows the CPU features as the \`/proc/cpuinfo\` flags \`vmx\` (Intel) and \`svm\` (AMD), and sets the flag \`hypervisor\` when it is itself running as a guest ([cpufeatures.h](https://github.com/torvalds/linux/blob/master/arch/x86/include/asm/cpufeatures.h)). KVM is built on these extensions, and so are the microVM monitors. Inside a virtual machine, a guest can run virtual machines of its own only if the outer hypervisor offers nested virtualization (KVM's \`kvm-intel.nested\` and \`kvm-amd.nested\` [parameters](https://docs.kernel.org/admin-guide/kernel-parameters.html)).`,
    'zh-cn': `Intel 和 AMD 没有去修补客户机的代码（二进制翻译）或源码（半虚拟化），而是改造了处理器。两家都为客户机代码增加了一种模式：客户机内核在其中以原本的特权级运行，包括 ring 0，而哪些指令和事件会离开这一模式，由虚拟机监控程序设定的控制项决定。这些控制项存放在每个虚拟 CPU 各自的一个内存结构里，Intel 称之为 VMCS（[SDM 第 3 卷](https://www.intel.com/content/www/us/en/developer/articles/technical/intel-sdm.html)），AMD 称之为 VMCB（[APM 第 2 卷](https://www.amd.com/content/dam/amd/en/documents/processor-tech-docs/programmer-references/24593.pdf)）；客户机不运行时，它的寄存器状态也保存在这里。

这样一来，不必改动客户机，x86 也具备了 Popek–Goldberg 性质：凡是虚拟机监控程序必须知道的事，都会引发 VM exit。第一代硬件只虚拟化了 CPU，客户机页表仍要靠软件维护影子页表；[Adams 与 Agesen](https://doi.org/10.1145/1168857.1168860) 的测量显示，在页表更新和上下文切换频繁的场景下，它反而不如二进制翻译。后来的扩展覆盖了内存（Intel 的 EPT、AMD 的嵌套分页）和经由 IOMMU 的设备 DMA（Intel VT-d、AMD-Vi），[VFIO](https://docs.kernel.org/driver-api/vfio.html) 正是依靠 IOMMU 把设备安全地交给客户机。

Linux 在 \`/proc/cpuinfo\` 中用 \`vmx\`（Intel）和 \`svm\`（AMD）标志表示这些 CPU 特性；当 Linux 本身作为客户机运行时，还会设置 \`hypervisor\` 标志（[cpufeatures.h](https://github.com/torvalds/linux/blob/master/arch/x86/include/asm/cpufeatures.h)）。KVM 建立在这些扩展之上，各种 microVM 监控程序也是如此。在虚拟机内部，只有外层虚拟机监控程序提供嵌套虚拟化时，客户机才能再运行自己的虚拟机（见 KVM 的 \`kvm-intel.nested\` 和 \`kvm-amd.nested\` [内核参数](https://docs.kernel.org/admin-guide/kernel-parameters.html)）。`,
  },
  related: ['vt-x', 'amd-v', 'vm-exit', 'ept-npt', 'trap-and-emulate', 'kvm'],
  sources: [
    { title: 'Intel 64 and IA-32 Architectures Software Developer’s Manual, vol. 3 (VMX)', url: 'https://www.intel.com/content/www/us/en/developer/articles/technical/intel-sdm.html' },
    { title: 'AMD64 Architecture Programmer’s Manual, vol. 2, “Secure Virtual Machine”', url: 'https://www.amd.com/content/dam/amd/en/documents/processor-tech-docs/programmer-references/24593.pdf' },
    { title: 'Adams & Agesen, “A Comparison of Software and Hardware Techniques for x86 Virtualization”, ASPLOS 2006', url: 'https://doi.org/10.1145/1168857.1168860' },
    { title: 'VFIO – “Virtual Function I/O” (kernel docs)', url: 'https://docs.kernel.org/driver-api/vfio.html' },
    { title: 'arch/x86/include/asm/cpufeatures.h', url: 'https://github.com/torvalds/linux/blob/master/arch/x86/include/asm/cpufeatures.h' },
    { title: 'The kernel’s command-line parameters (kernel docs)', url: 'https://docs.kernel.org/admin-guide/kernel-parameters.html' },
  ],
} satisfies TermInput;
