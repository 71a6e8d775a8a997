/** Intel VT-x (VMX); facts from the Intel SDM vol. 3 chapters on VMX and from cpufeatures.h. */
import type { TermInput } from '../../schema/term.ts';

export default {
  id: 'vt-x',
  category: 'technique',
  page: 'virt-techniques',
  name: { en: 'Intel VT-x', 'zh-cn': 'Intel VT-x' },
  aliases: {
    en: ['VT-x', 'VMX', 'Virtual-Machine Extensions', 'Intel VT', 'VMCS', 'VMXON', 'VMLAUNCH', 'VMRESUME', 'VMCALL', 'kvm_intel'],
    'zh-cn': ['VT-x', 'VMX', '虚拟机扩展', 'Intel 虚拟化技术', 'VMCS', '虚拟机控制结构', 'kvm_intel', 'VMXON', 'VMLAUNCH', 'VMRESUME', 'VMCALL'],
  },
  summary: {
    en: 'Intel’s virtualization extensions for x86 (VMX): a VMX root mode for the hypervisor, a VMX non-root mode for guests, and a VMCS per virtual CPU that says what makes the guest exit.',
    'zh-cn': 'Intel 为 x86 提供的虚拟化扩展（VMX）：虚拟机监控程序运行在 VMX root 模式，客户机运行在 VMX non-root 模式，每个虚拟 CPU 有一个 VMCS，规定哪些情况会让客户机退出。',
  },
  description: {
    en: `Volume 3 of Intel's [Software Developer's Manual](https://www.intel.com/content/www/us/en/developer/articles/technical/intel-sdm.html) calls them the Virtual-Machine Extensions. Software enters *VMX operation* with \`VMXON\`. The hypervisor then runs in **VMX root operation**, which behaves much like the processor outside VMX but adds the VMX instructions; guests run in **VMX non-root operation**, where certain instructions and events cause a **VM exit** instead of their normal behaviour. Privilege rings are a separate matter: a guest kernel runs at ring 0 *inside* non-root operation, so it needs no changes, and no bit visible to software tells the guest that it is in non-root operation.

Each virtual CPU has a **virtual-machine control structure** (VMCS) in memory. Its guest-state area receives the guest's registers at a VM exit and supplies them at a VM entry; its host-state area says where and in what state the hypervisor resumes; its execution, exit and entry control fields choose what causes exits (for example \`HLT\`, I/O port accesses, MSR accesses or control-register writes) and how transitions behave; its exit-information fields record why the last exit happened. \`VMLAUNCH\` performs the first VM entry with a VMCS, \`VMRESUME\` the following ones, and a guest can call the hypervisor on purpose with \`VMCALL\`.

Extended page tables (EPT) add a second stage of address translation in hardware. Linux shows VT-x itself as the CPU flag \`vmx\` ([cpufeatures.h](https://github.com/torvalds/linux/blob/master/arch/x86/include/asm/cpufeatures.h)), and KVM's module for it is \`kvm_intel\`.`,
    'zh-cn': `Intel [软件开发者手册](https://www.intel.com/content/www/us/en/developer/articles/technical/intel-sdm.html)第 3 卷称之为虚拟机扩展（Virtual-Machine Extensions，VMX）。软件执行 \`VMXON\` 进入 **VMX 操作**。此后虚拟机监控程序运行在 **VMX root 操作**中，其行为与 VMX 之外的处理器基本一致，只是多了 VMX 指令；客户机运行在 **VMX non-root 操作**中，某些指令和事件在这里不会按常规执行，而是引发 **VM exit**。特权环是另一回事：客户机内核在 non-root 操作**内部**照样运行在 ring 0，因此无需任何修改，而且没有任何软件可见的标志位会告诉客户机它正处于 non-root 操作中。

每个虚拟 CPU 在内存中有一个**虚拟机控制结构**（VMCS）。其中的客户机状态区在 VM exit 时接收客户机的寄存器，在 VM entry 时再把它们装回；宿主机状态区规定虚拟机监控程序从哪里、以什么状态恢复运行；执行控制、退出控制和进入控制字段决定哪些情况引发退出（例如 \`HLT\`、访问 I/O 端口、访问 MSR、写控制寄存器）以及转换过程的细节；退出信息字段记录最近一次退出的原因。\`VMLAUNCH\` 用一个 VMCS 完成第一次 VM entry，之后的进入用 \`VMRESUME\`；客户机也可以用 \`VMCALL\` 主动调用虚拟机监控程序。

扩展页表（EPT）在硬件中增加了第二级地址转换。Linux 用 CPU 标志 \`vmx\` 表示 VT-x 本身（[cpufeatures.h](https://github.com/torvalds/linux/blob/master/arch/x86/include/asm/cpufeatures.h)），KVM 对应的模块是 \`kvm_intel\`。`,
  },
  related: ['amd-v', 'vm-exit', 'ept-npt', 'hardware-assisted-virtualization', 'kvm'],
  sources: [
    { title: 'Intel 64 and IA-32 Architectures Software Developer’s Manual, vol. 3 (VMX)', url: 'https://www.intel.com/content/www/us/en/developer/articles/technical/intel-sdm.html' },
    { title: 'arch/x86/include/asm/cpufeatures.h', url: 'https://github.com/torvalds/linux/blob/master/arch/x86/include/asm/cpufeatures.h' },
  ],
} satisfies TermInput;
