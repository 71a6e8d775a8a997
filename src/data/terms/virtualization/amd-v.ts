/** AMD-V (Secure Virtual Machine, SVM); facts from the AMD64 Architecture Programmer's Manual vol. 2 and cpufeatures.h. */
import type { TermInput } from '../../schema/term.ts';

export default {
  id: 'amd-v',
  category: 'technique',
  page: 'virt-techniques',
  name: { en: 'AMD-V', 'zh-cn': 'AMD-V' },
  aliases: {
    en: ['SVM', 'Secure Virtual Machine', 'AMD SVM', 'Pacifica', 'VMCB', 'VMRUN', '#VMEXIT', 'VMMCALL', 'kvm_amd'],
    'zh-cn': ['SVM', '安全虚拟机', 'AMD 虚拟化', 'VMCB', '虚拟机控制块', 'VMRUN', 'kvm_amd', 'Pacifica', '#VMEXIT', 'VMMCALL'],
  },
  summary: {
    en: 'AMD’s virtualization extensions for x86 (SVM): the VMRUN instruction runs a guest described by a VMCB until an intercepted event causes a #VMEXIT back to the hypervisor.',
    'zh-cn': 'AMD 为 x86 提供的虚拟化扩展（SVM）：VMRUN 指令运行由 VMCB 描述的客户机，直到某个被拦截的事件触发 #VMEXIT，回到虚拟机监控程序。',
  },
  description: {
    en: `The chapter "Secure Virtual Machine" of the [AMD64 Architecture Programmer's Manual, volume 2](https://www.amd.com/content/dam/amd/en/documents/processor-tech-docs/programmer-references/24593.pdf) defines it. A hypervisor sets \`EFER.SVME\` to enable the extensions, prepares a **virtual machine control block** (VMCB) for each virtual CPU and executes \`VMRUN\` with the VMCB's address. The processor saves host state, loads the guest's state from the VMCB's state-save area and runs the guest, at ring 0 if that is where the guest kernel was.

The VMCB's control area lists **intercepts**: instructions, exceptions, I/O ports and MSRs whose use must go to the hypervisor. When one happens, the processor performs a \`#VMEXIT\`: it writes the guest's state and an exit code back into the VMCB, restores the host state and continues in the hypervisor after its \`VMRUN\`. \`VMLOAD\` and \`VMSAVE\` move the parts of the state that \`VMRUN\` and \`#VMEXIT\` leave alone, and a guest can call the hypervisor on purpose with \`VMMCALL\`.

AMD's second-level address translation is **nested paging** (NPT). Linux shows SVM as the CPU flag \`svm\` ([cpufeatures.h](https://github.com/torvalds/linux/blob/master/arch/x86/include/asm/cpufeatures.h)), and KVM's module for it is \`kvm_amd\`.`,
    'zh-cn': `[AMD64 架构程序员手册第 2 卷](https://www.amd.com/content/dam/amd/en/documents/processor-tech-docs/programmer-references/24593.pdf)中的“Secure Virtual Machine”一章定义了它。虚拟机监控程序先置位 \`EFER.SVME\` 启用这组扩展，为每个虚拟 CPU 准备一个**虚拟机控制块**（VMCB），然后以 VMCB 的地址为操作数执行 \`VMRUN\`。处理器保存宿主机状态，从 VMCB 的状态保存区装入客户机状态并运行客户机；客户机内核原来在 ring 0，现在也照样在 ring 0。

VMCB 的控制区列出各种**拦截**（intercept）：哪些指令、异常、I/O 端口和 MSR 的使用必须交给虚拟机监控程序处理。一旦发生，处理器就执行 \`#VMEXIT\`：把客户机状态和退出码写回 VMCB，恢复宿主机状态，并从虚拟机监控程序中那条 \`VMRUN\` 之后继续执行。\`VMLOAD\` 和 \`VMSAVE\` 负责搬运 \`VMRUN\` 与 \`#VMEXIT\` 不处理的那部分状态；客户机也可以用 \`VMMCALL\` 主动调用虚拟机监控程序。

AMD 的二级地址转换叫作**嵌套分页**（NPT）。Linux 用 CPU 标志 \`svm\` 表示 SVM（[cpufeatures.h](https://github.com/torvalds/linux/blob/master/arch/x86/include/asm/cpufeatures.h)），KVM 对应的模块是 \`kvm_amd\`。`,
  },
  related: ['vt-x', 'vm-exit', 'ept-npt', 'hardware-assisted-virtualization', 'kvm'],
  sources: [
    { title: 'AMD64 Architecture Programmer’s Manual, vol. 2, “Secure Virtual Machine”', url: 'https://www.amd.com/content/dam/amd/en/documents/processor-tech-docs/programmer-references/24593.pdf' },
    { title: 'arch/x86/include/asm/cpufeatures.h', url: 'https://github.com/torvalds/linux/blob/master/arch/x86/include/asm/cpufeatures.h' },
  ],
} satisfies TermInput;
