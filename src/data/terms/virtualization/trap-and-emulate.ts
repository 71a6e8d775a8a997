/** Trap and emulate, the classic CPU virtualization scheme; facts from Popek & Goldberg 1974, Adams & Agesen 2006 and the Intel SDM. */
import type { TermInput } from '../../schema/term.ts';

export default {
  id: 'trap-and-emulate',
  category: 'technique',
  page: 'virt-techniques',
  name: { en: 'Trap and emulate', 'zh-cn': '陷入再模拟' },
  aliases: {
    en: ['trap-and-emulate', 'trap and emulation', 'deprivileging', 'de-privileging', 'classical virtualization'],
    'zh-cn': ['trap-and-emulate', '陷入-模拟', '陷入并模拟', '特权解除', '经典虚拟化'],
  },
  summary: {
    en: 'The classic way to run a guest kernel: let its instructions execute directly on the CPU at reduced privilege, and make every privileged instruction trap into the hypervisor, which carries out its effect on the virtual machine’s state.',
    'zh-cn': '运行客户机内核的经典方法：让它的指令以降低后的特权级直接在 CPU 上执行，每条特权指令都陷入虚拟机监控程序，由后者在虚拟机的状态上替它完成该指令应有的效果。',
  },
  description: {
    en: `The hypervisor runs the guest kernel *deprivileged*, in a less privileged mode than the one it was written for. Ordinary instructions (arithmetic, loads, stores, branches) run natively at full speed. An instruction that touches state the hypervisor must own, such as loading the page-table base, masking interrupts or talking to a device, is privileged, so in the lower mode it faults instead of running. The fault hands control to the hypervisor, which decodes the instruction, applies its effect to a software copy of that state (the virtual CPU's registers, a virtual device), moves the guest's instruction pointer past it and resumes the guest. Apart from timing, the guest cannot tell.

The scheme only works if *every* instruction that reads or changes such state traps; [Popek and Goldberg](https://doi.org/10.1145/361011.361073) turned that into a formal condition in 1974. [Adams and Agesen](https://doi.org/10.1145/1168857.1168860) describe the classical monitor as three pieces: de-privileging, *shadow* copies of privileged structures, and write-protection ("traces") on structures the guest keeps in ordinary memory, such as page tables.

Intel VT-x and AMD-V keep the recipe and change the plumbing: the trap becomes a **VM exit** into a separate hypervisor mode and the return a **VM entry**, and the guest kernel no longer needs to be moved out of ring 0 ([Intel SDM, vol. 3](https://www.intel.com/content/www/us/en/developer/articles/technical/intel-sdm.html)). What does not change is the price: every trap is a round trip through the hypervisor, so a workload that traps often pays for each one.`,
    'zh-cn': `虚拟机监控程序让客户机内核以**降权**方式运行，也就是运行在比它设计时所预期的更低的特权模式下。普通指令（算术、读写内存、跳转）照常在硬件上全速执行。而那些触及必须由虚拟机监控程序掌控的状态的指令，例如加载页表基址、屏蔽中断、访问设备，都是特权指令，在低特权模式下执行会引发异常而不是真正执行。异常把控制权交给虚拟机监控程序：它解码这条指令，把指令的效果作用到这份状态的软件副本上（虚拟 CPU 的寄存器、虚拟设备），让客户机的指令指针越过这条指令，再恢复客户机运行。除了耗时不同，客户机察觉不到任何差别。

这个方案成立的前提是：**每一条**读取或修改这类状态的指令都会陷入。[Popek 与 Goldberg](https://doi.org/10.1145/361011.361073) 在 1974 年把这一点表述成了形式化的条件。[Adams 与 Agesen](https://doi.org/10.1145/1168857.1168860) 把经典的虚拟机监控程序概括为三个部分：降权运行、为特权数据结构维护**影子**副本，以及对客户机放在普通内存里的数据结构（例如页表）设置写保护（即所谓 trace）。

Intel VT-x 和 AMD-V 保留了这套做法，只是换了实现方式：陷入变成进入独立的虚拟机监控程序模式的 **VM exit**，返回则是 **VM entry**，客户机内核也不必再被挪出 ring 0（[Intel SDM 第 3 卷](https://www.intel.com/content/www/us/en/developer/articles/technical/intel-sdm.html)）。没有改变的是代价：每次陷入都要在虚拟机监控程序里走一个来回，陷入越频繁的负载，付出的开销就越多。`,
  },
  related: ['popek-goldberg-requirements', 'vm-exit', 'binary-translation', 'hardware-assisted-virtualization', 'shadow-page-tables', 'hypervisor'],
  sources: [
    { title: 'Popek & Goldberg, “Formal Requirements for Virtualizable Third Generation Architectures”, CACM 17(7), 1974', url: 'https://doi.org/10.1145/361011.361073' },
    { title: 'Adams & Agesen, “A Comparison of Software and Hardware Techniques for x86 Virtualization”, ASPLOS 2006', url: 'https://doi.org/10.1145/1168857.1168860' },
    { title: 'Intel 64 and IA-32 Architectures Software Developer’s Manual, vol. 3 (VMX)', url: 'https://www.intel.com/content/www/us/en/developer/articles/technical/intel-sdm.html' },
  ],
} satisfies TermInput;
