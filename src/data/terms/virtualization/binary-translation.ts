/** Binary translation as VMware used it to virtualize x86; facts from Adams & Agesen 2006 and Barham et al. 2003. */
import type { TermInput } from '../../schema/term.ts';

export default {
  id: 'binary-translation',
  category: 'technique',
  page: 'virt-techniques',
  name: { en: 'Binary translation', 'zh-cn': '二进制翻译' },
  aliases: {
    en: ['BT', 'dynamic binary translation', 'DBT', 'adaptive binary translation', 'translation cache', 'VMware BT'],
    'zh-cn': ['BT', '动态二进制翻译', '自适应二进制翻译', '翻译缓存', 'binary translation', 'DBT'],
  },
  summary: {
    en: 'Rewriting a guest kernel’s machine code just before it runs, so that sensitive instructions are replaced by safe sequences that work on the virtual CPU or call the hypervisor; VMware’s way of virtualizing x86 before VT-x.',
    'zh-cn': '在客户机内核的机器码运行之前将其改写，把其中的敏感指令替换成操作虚拟 CPU 或调用虚拟机监控程序的安全指令序列；这是 VT-x 出现之前 VMware 虚拟化 x86 的方法。',
  },
  description: {
    en: `Binary translation meets the x86 problem head-on: if some sensitive instructions will not trap, make sure they never run as written. In VMware's monitor as [Adams and Agesen](https://doi.org/10.1145/1168857.1168860) describe it, the translator takes guest kernel code one translation unit (roughly a basic block) at a time, on demand, just before it first runs, and writes the result into a translation cache. Most instructions are copied unchanged; the sensitive ones, and jumps that must stay inside the cache, become code that operates on the virtual CPU's state or calls into the monitor. Translated fragments are chained so that hot code runs from the cache without returning to the translator. The [Xen paper](https://doi.org/10.1145/945445.945462) describes VMware ESX in the same terms: it rewrites parts of the guest's code on the fly to insert traps where the monitor must step in.

Only code that runs in the guest's kernel mode needs translating. Guest user-mode code is unprivileged already, so the monitor runs it directly. Translation is *adaptive*: instructions that keep faulting, typically writes to page tables that the monitor has write-protected to keep its shadow page tables in sync, are retranslated into code that calls the monitor directly, which is cheaper than taking the fault.

The same paper compared this software monitor with one built on the first processors with Intel VT-x and found, to the authors' surprise, that the hardware-assisted one was often slower: page-table updates, context switches and I/O cost far more under the early hardware, which had no help for memory virtualization yet.`,
    'zh-cn': `二进制翻译正面解决 x86 的问题：既然有些敏感指令不会陷入，那就保证它们永远不会按原样执行。按照 [Adams 与 Agesen](https://doi.org/10.1145/1168857.1168860) 的描述，VMware 的翻译器按需工作：在客户机内核代码第一次执行之前，每次取一个翻译单元（大致是一个基本块）进行翻译，结果存进翻译缓存。大多数指令原样照抄；敏感指令以及必须留在缓存内部的跳转，则被替换成操作虚拟 CPU 状态或调用监控程序的代码。翻译好的片段会被串联起来，热点代码因此可以一直在缓存中运行，无需回到翻译器。[Xen 论文](https://doi.org/10.1145/945445.945462)对 VMware ESX 的描述也是如此：它在运行时改写客户机的部分代码，在需要监控程序介入的地方插入陷入。

只有在客户机内核态运行的代码才需要翻译。客户机的用户态代码本来就没有特权，监控程序直接让它在 CPU 上执行。翻译是**自适应**的：反复触发异常的指令（典型的例子是写页表，监控程序为了让影子页表保持同步而对页表设了写保护）会被重新翻译成直接调用监控程序的代码，这比每次都走一遍异常要便宜。

同一篇论文把这个纯软件的监控程序与基于第一代 Intel VT-x 处理器的监控程序做了对比，结果连作者都感到意外：硬件辅助的版本常常更慢。原因在于，早期硬件还不支持内存虚拟化，页表更新、上下文切换和 I/O 在它上面的开销要大得多。`,
  },
  related: ['full-virtualization', 'trap-and-emulate', 'shadow-page-tables', 'hardware-assisted-virtualization', 'vmware-workstation', 'esxi'],
  sources: [
    { title: 'Adams & Agesen, “A Comparison of Software and Hardware Techniques for x86 Virtualization”, ASPLOS 2006', url: 'https://doi.org/10.1145/1168857.1168860' },
    { title: 'Barham et al., “Xen and the Art of Virtualization”, SOSP 2003', url: 'https://doi.org/10.1145/945445.945462' },
  ],
} satisfies TermInput;
