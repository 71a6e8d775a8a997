/** The Popek–Goldberg virtualization requirements (CACM 17(7), July 1974), and why classic x86 missed them (Robin & Irvine 2000). */
import type { TermInput } from '../../schema/term.ts';

export default {
  id: 'popek-goldberg-requirements',
  category: 'concept',
  page: 'virt-techniques',
  name: { en: 'Popek–Goldberg requirements', 'zh-cn': 'Popek–Goldberg 可虚拟化条件' },
  aliases: {
    en: [
      'Popek and Goldberg virtualization requirements',
      'Formal Requirements for Virtualizable Third Generation Architectures',
      'virtualizable architecture',
      'sensitive instruction',
      'privileged instruction',
      'equivalence, resource control, efficiency',
    ],
    'zh-cn': ['Popek-Goldberg', 'Popek 与 Goldberg 定理', '可虚拟化架构', '敏感指令', '特权指令', '等价性、资源控制、高效性'],
  },
  summary: {
    en: 'The 1974 condition under which a machine can host an efficient virtual machine monitor: every sensitive instruction must also be privileged, so that it traps when a guest runs it.',
    'zh-cn': '1974 年提出的条件，用来判断一台机器能否承载高效的虚拟机监控程序：所有敏感指令都必须同时是特权指令，这样客户机执行它们时才会陷入。',
  },
  description: {
    en: `Gerald Popek and Robert Goldberg's paper ["Formal Requirements for Virtualizable Third Generation Architectures"](https://doi.org/10.1145/361011.361073) (Communications of the ACM 17(7), July 1974) models a machine with a supervisor mode and a user mode, relocation-based memory and traps, and asks three things of a virtual machine monitor: **equivalence** (a program under the monitor behaves as it would on the real machine, except for timing and the amount of resources available), **resource control** (the monitor stays in full control of the virtualized resources) and **efficiency** (a statistically dominant share of the guest's instructions runs directly on the hardware, without the monitor stepping in).

It then sorts instructions. **Privileged** instructions trap in user mode and run in supervisor mode. **Sensitive** instructions are either *control-sensitive*, changing the machine's configuration or resources, or *behaviour-sensitive*, giving results that depend on that configuration (the current mode, or where in memory the program has been placed). The main theorem: a monitor with all three properties can be built if the sensitive instructions are a subset of the privileged ones. The monitor then runs the guest, kernel included, in user mode and gets control exactly when it must, which is trap and emulate. The paper names the DEC PDP-10 as a machine that fails the test, and proves a weaker result for a *hybrid* monitor, which interprets every instruction while the guest is in its virtual supervisor mode.

The condition is sufficient, not necessary. Classic x86 fails it: [Robin and Irvine](https://www.usenix.org/legacy/events/sec00/full_papers/robin/robin.pdf) went through the roughly 250 instructions of the Pentium and found sensitive ones that do not trap outside ring 0, such as \`POPF\` and \`SGDT\`. Binary translation and paravirtualization work around the gap in software; Intel VT-x and AMD-V close it in hardware.`,
    'zh-cn': `Gerald Popek 与 Robert Goldberg 的论文[《Formal Requirements for Virtualizable Third Generation Architectures》](https://doi.org/10.1145/361011.361073)（Communications of the ACM 第 17 卷第 7 期，1974 年 7 月）为一台机器建立了模型：它有管态和用户态，用重定位方式管理内存，并且有陷入机制。论文对虚拟机监控程序提出三项要求：**等价性**（程序在监控程序之下的行为与在真实机器上相同，只有耗时和可用资源的多少可以不同）、**资源控制**（被虚拟化的资源始终完全由监控程序掌控）和**高效性**（客户机指令中占统计优势的大部分直接在硬件上执行，无需监控程序介入）。

接着论文对指令分类。**特权指令**在用户态执行时陷入，在管态下正常执行。**敏感指令**分两类：**控制敏感**指令会改变机器的配置或资源；**行为敏感**指令的结果取决于这些配置，例如当前处于哪种模式、程序被放在内存的什么位置。核心定理是：只要敏感指令集合是特权指令集合的子集，就能构造出同时满足三项要求的监控程序。这时监控程序把客户机（连同它的内核）放在用户态运行，恰好在需要介入的时候拿到控制权，这就是陷入再模拟。论文点名 DEC PDP-10 不满足这一条件，并针对**混合式**监控程序证明了一个较弱的结论：客户机处于虚拟管态期间，它的每条指令都由监控程序解释执行。

这个条件是充分条件而非必要条件。经典 x86 就不满足它：[Robin 与 Irvine](https://www.usenix.org/legacy/events/sec00/full_papers/robin/robin.pdf) 逐一分析了 Pentium 的约 250 条指令，找出了一批在 ring 0 之外执行时并不陷入的敏感指令，例如 \`POPF\` 和 \`SGDT\`。二进制翻译和半虚拟化用软件绕开了这个缺口，Intel VT-x 与 AMD-V 则在硬件上补上了它。`,
  },
  related: ['trap-and-emulate', 'binary-translation', 'paravirtualization', 'hardware-assisted-virtualization', 'hypervisor'],
  sources: [
    { title: 'Popek & Goldberg, “Formal Requirements for Virtualizable Third Generation Architectures”, CACM 17(7), 1974', url: 'https://doi.org/10.1145/361011.361073' },
    { title: 'Robin & Irvine, “Analysis of the Intel Pentium’s Ability to Support a Secure Virtual Machine Monitor”, USENIX Security 2000', url: 'https://www.usenix.org/legacy/events/sec00/full_papers/robin/robin.pdf' },
  ],
} satisfies TermInput;
