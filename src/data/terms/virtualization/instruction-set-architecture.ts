/** The ISA and the interfaces built on it (user/system ISA, ABI, API) after Smith and Nair 2005; RISC-V manual; Popek and Goldberg 1974. */
import type { TermInput } from '../../schema/term.ts';

export default {
  id: 'instruction-set-architecture',
  category: 'concept',
  page: 'virt-layers',
  name: { en: 'Instruction set architecture (ISA)', 'zh-cn': '指令集架构（ISA）' },
  aliases: {
    en: ['ISA', 'instruction set', 'user ISA', 'system ISA', 'ABI', 'application binary interface'],
    'zh-cn': ['ISA', '指令集', '指令集体系结构', '用户 ISA', '系统 ISA', 'ABI', '应用程序二进制接口'],
  },
  summary: {
    en: 'The contract between a processor and the software on it: the instructions, registers, memory model, privilege levels and exception rules that programs and operating systems are written against.',
    'zh-cn': '处理器与其上软件之间的约定：程序和操作系统据以编写的指令、寄存器、内存模型、特权级和异常规则。',
  },
  description: {
    en: `[Smith and Nair (2005)](https://doi.org/10.1109/MC.2005.173) split the ISA in two. The **user ISA** is what any program may use: arithmetic, loads and stores, branches. The **system ISA** is reserved for privileged software: page tables, interrupt control, I/O, changes of privilege level. The RISC-V specification is organized the same way, with one volume for the unprivileged instruction set and one for the privileged architecture ([riscv-isa-manual](https://github.com/riscv/riscv-isa-manual)).

Two more interfaces are defined on top of it. The **ABI** (application binary interface) is the user ISA plus the operating system's system calls: everything a compiled program relies on. The **API** is the user ISA plus library calls, usually defined at source level. A binary moves between machines that share its ABI; source code moves between platforms that share its API.

The ISA decides what each kind of virtualization must provide. A system virtual machine must reproduce all of it, the system part included, because a guest kernel uses that part. A container needs only the user ISA, because its processes run directly on the host's processor: an image built for one architecture runs on another only through an emulator. Popek and Goldberg showed what the system ISA must offer for efficient virtualization: every *sensitive* instruction (one that reads or changes the machine's control state) must be *privileged*, so that it traps to the monitor when a guest runs it ([1974](https://doi.org/10.1145/361011.361073)).`,
    'zh-cn': `[Smith 和 Nair（2005）](https://doi.org/10.1109/MC.2005.173)把 ISA 分成两部分。**用户 ISA** 是任何程序都可以使用的部分：算术运算、读写内存、跳转。**系统 ISA** 只留给特权软件：页表、中断控制、I/O、切换特权级。RISC-V 规范也是这样组织的：非特权指令集一卷，特权架构另一卷（[riscv-isa-manual](https://github.com/riscv/riscv-isa-manual)）。

在 ISA 之上还定义了两种接口。**ABI**（应用程序二进制接口）是用户 ISA 加上操作系统的系统调用，也就是编译好的程序所依赖的全部东西。**API** 是用户 ISA 加上库函数调用，通常在源代码层面定义。共用同一 ABI 的机器之间，二进制程序可以直接搬过去；共用同一 API 的平台之间，可以搬的是源代码。

各种虚拟化要提供什么，由 ISA 决定。系统虚拟机必须完整地重现它，连系统部分也不例外，因为客户机内核要用这一部分。容器只需要用户 ISA，因为容器里的进程直接在宿主机的处理器上运行：为一种架构构建的镜像，要在另一种架构上运行，只能借助模拟器。Popek 和 Goldberg 指出了系统 ISA 要满足什么条件才能高效地虚拟化：每条*敏感*指令（读取或改变机器控制状态的指令）都必须是*特权*指令，这样客户机执行它时就会陷入（trap）监控程序（[1974](https://doi.org/10.1145/361011.361073)）。`,
  },
  related: ['system-virtual-machine', 'popek-goldberg-requirements', 'trap-and-emulate', 'binary-translation', 'qemu'],
  sources: [
    { title: 'Smith and Nair, "The Architecture of Virtual Machines", IEEE Computer 38(5), 2005', url: 'https://doi.org/10.1109/MC.2005.173' },
    { title: 'The RISC-V Instruction Set Manual (riscv/riscv-isa-manual)', url: 'https://github.com/riscv/riscv-isa-manual' },
    {
      title: 'Popek and Goldberg, "Formal Requirements for Virtualizable Third Generation Architectures", CACM 17(7), 1974',
      url: 'https://doi.org/10.1145/361011.361073',
    },
  ],
} satisfies TermInput;
