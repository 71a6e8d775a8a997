/** VM exit and VM entry, root and non-root mode; facts from the Intel SDM, the AMD APM, the KVM API docs and Firecracker's design document. */
import type { TermInput } from '../../schema/term.ts';

export default {
  id: 'vm-exit',
  category: 'concept',
  page: 'virt-techniques',
  name: { en: 'VM exit and VM entry', 'zh-cn': 'VM exit 与 VM entry' },
  aliases: {
    en: ['VM exit', 'VM entry', 'VMEXIT', '#VMEXIT', 'exit reason', 'VMX root operation', 'VMX non-root operation', 'root mode', 'non-root mode', 'guest mode', 'KVM_RUN'],
    'zh-cn': ['VM exit', 'VM entry', '虚拟机退出', '虚拟机进入', '退出原因', 'root 模式', 'non-root 模式', '根模式', '非根模式', '客户机模式', 'KVM_RUN', 'VMEXIT', '#VMEXIT'],
  },
  summary: {
    en: 'The two hardware transitions of VT-x and AMD-V: a VM exit leaves the guest for the hypervisor when something the hypervisor must handle happens, and a VM entry resumes the guest.',
    'zh-cn': 'VT-x 和 AMD-V 中的两种硬件切换：发生了必须由虚拟机监控程序处理的事情时，VM exit 从客户机切到虚拟机监控程序；VM entry 则让客户机恢复运行。',
  },
  description: {
    en: `With hardware assistance the processor has two worlds: root mode, where the hypervisor runs (Intel's VMX root operation, AMD's host), and non-root or guest mode, where guests run. A **VM entry** (\`VMLAUNCH\` or \`VMRESUME\` on Intel, \`VMRUN\` on AMD) loads the guest's state from the VMCS or VMCB and starts it. A **VM exit** saves the guest's state there, records an exit reason, loads the hypervisor's state and jumps to its handler. Typical reasons: the guest executed an instruction that always exits (on Intel, \`CPUID\` is one) or one the hypervisor asked to intercept (\`HLT\`, an I/O port access, an MSR), an external interrupt arrived, or a memory access was not allowed by the second-level page tables ([Intel SDM, vol. 3](https://www.intel.com/content/www/us/en/developer/articles/technical/intel-sdm.html); [AMD APM, vol. 2](https://www.amd.com/content/dam/amd/en/documents/processor-tech-docs/programmer-references/24593.pdf)).

Exits are how the hypervisor keeps control, and also the main running cost of hardware virtualization: each one switches a large amount of processor state twice and keeps the guest's virtual CPU off the processor while the handler runs. Second-level paging (EPT/NPT) and paravirtual devices such as virtio exist largely to take exits off the hot path.

Under KVM an exit is handled inside the host kernel when it can be. Otherwise the \`KVM_RUN\` ioctl, on which the VMM's vCPU thread waits, returns to user space with a reason such as \`KVM_EXIT_IO\` or \`KVM_EXIT_MMIO\`; the VMM (QEMU, Firecracker and others) emulates the device access and calls \`KVM_RUN\` again ([KVM API](https://docs.kernel.org/virt/kvm/api.html)). Firecracker's [design document](https://github.com/firecracker-microvm/firecracker/blob/v1.16.1/docs/design.md) describes exactly this loop for its vCPU threads.`,
    'zh-cn': `有了硬件辅助，处理器便分成两个世界：虚拟机监控程序所在的 root 模式（Intel 称为 VMX root 操作，AMD 称为 host），以及客户机所在的 non-root 模式，也叫客户机模式。**VM entry**（Intel 上是 \`VMLAUNCH\` 或 \`VMRESUME\`，AMD 上是 \`VMRUN\`）从 VMCS 或 VMCB 装入客户机状态并开始运行客户机。**VM exit** 把客户机状态存回那里，记下退出原因，装入虚拟机监控程序的状态并跳转到它的处理程序。常见的退出原因有：客户机执行了一条总会退出的指令（在 Intel 上 \`CPUID\` 就是这样），或者执行了虚拟机监控程序要求拦截的指令（\`HLT\`、访问 I/O 端口、访问 MSR）；来了一个外部中断；或者某次内存访问不被二级页表允许（[Intel SDM 第 3 卷](https://www.intel.com/content/www/us/en/developer/articles/technical/intel-sdm.html)；[AMD APM 第 2 卷](https://www.amd.com/content/dam/amd/en/documents/processor-tech-docs/programmer-references/24593.pdf)）。

虚拟机监控程序靠退出保持控制权，退出也是硬件辅助虚拟化在运行时的主要开销：每次退出都要来回切换两次大量的处理器状态，处理程序运行期间，客户机的虚拟 CPU 也无法占用处理器。二级分页（EPT/NPT）和 virtio 这类半虚拟化设备，很大程度上就是为了把退出从热点路径上移走。

在 KVM 中，能在宿主机内核里处理的退出就地处理。否则，VMM 的 vCPU 线程所阻塞的 \`KVM_RUN\` ioctl 会带着 \`KVM_EXIT_IO\`、\`KVM_EXIT_MMIO\` 之类的原因返回用户态，由 VMM（QEMU、Firecracker 等）模拟这次设备访问，然后再次调用 \`KVM_RUN\`（[KVM API](https://docs.kernel.org/virt/kvm/api.html)）。Firecracker 的[设计文档](https://github.com/firecracker-microvm/firecracker/blob/v1.16.1/docs/design.md)描述的 vCPU 线程正是这样一个循环。`,
  },
  related: ['trap-and-emulate', 'vt-x', 'amd-v', 'hardware-assisted-virtualization', 'kvm', 'qemu', 'firecracker'],
  sources: [
    { title: 'Intel 64 and IA-32 Architectures Software Developer’s Manual, vol. 3 (VMX)', url: 'https://www.intel.com/content/www/us/en/developer/articles/technical/intel-sdm.html' },
    { title: 'AMD64 Architecture Programmer’s Manual, vol. 2, “Secure Virtual Machine”', url: 'https://www.amd.com/content/dam/amd/en/documents/processor-tech-docs/programmer-references/24593.pdf' },
    { title: 'The Definitive KVM API Documentation (kernel docs)', url: 'https://docs.kernel.org/virt/kvm/api.html' },
    { title: 'Firecracker design document (v1.16.1)', url: 'https://github.com/firecracker-microvm/firecracker/blob/v1.16.1/docs/design.md' },
  ],
} satisfies TermInput;
