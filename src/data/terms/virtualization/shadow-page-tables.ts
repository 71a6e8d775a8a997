/** Shadow page tables; facts from the kernel's "The x86 kvm shadow mmu" document and Adams & Agesen 2006. */
import type { TermInput } from '../../schema/term.ts';

export default {
  id: 'shadow-page-tables',
  category: 'technique',
  page: 'virt-techniques',
  name: { en: 'Shadow page tables', 'zh-cn': '影子页表' },
  aliases: {
    en: ['shadow paging', 'shadow MMU', 'SPT', 'shadow page table', 'spte'],
    'zh-cn': ['影子页表', '影子分页', 'shadow page table', 'shadow MMU', '影子 MMU', 'SPT', 'spte'],
  },
  summary: {
    en: 'Page tables that the hypervisor builds and keeps in sync behind the guest’s back, mapping guest virtual addresses straight to host physical memory, so that a CPU with a single level of translation can run a guest.',
    'zh-cn': '由虚拟机监控程序在客户机背后建立并保持同步的页表，把客户机虚拟地址直接映射到宿主机物理内存，使只有一级地址转换的 CPU 也能运行客户机。',
  },
  description: {
    en: `A guest kernel manages page tables that map its virtual addresses to what it believes are physical addresses. They are really *guest-physical* addresses, which the hypervisor maps again to host-physical memory. A CPU without second-level translation walks only one set of tables, so the hypervisor composes the two mappings into **shadow page tables** (guest-virtual to host-physical) and points the real CR3 at those; the hardware never uses the guest's own tables.

The shadows must follow every change the guest makes. [KVM's shadow MMU](https://docs.kernel.org/virt/kvm/x86/mmu.html) keeps the guest's page-table pages write-protected so that writes trap and can be mirrored, looks up or builds the matching shadow root when the guest writes CR3, and drops translations when the guest executes \`INVLPG\`. As an optimisation it may leave a leaf page-table page writable ("unsync") and bring its shadow back in line when the guest flushes the TLB or runs \`INVLPG\`, the same moments at which real hardware could still be using stale TLB entries.

The cost shows up as exits on page faults, context switches and process creation; [Adams and Agesen](https://doi.org/10.1145/1168857.1168860) studied page-table updates and context switches among the events whose cost they found vastly different between native, software-monitor and hardware-monitor execution. EPT and NPT remove the need for shadows in the common case. KVM's MMU still runs in shadow mode whenever a guest needs more levels of translation than the hardware provides: on hardware without EPT/NPT, or for a nested guest running inside a guest.`,
    'zh-cn': `客户机内核管理着自己的页表，把虚拟地址映射到它以为的物理地址。这些其实是**客户机物理地址**，虚拟机监控程序还要再把它们映射到宿主机物理内存。没有二级地址转换的 CPU 只会遍历一套页表，于是虚拟机监控程序把两层映射合成为**影子页表**（客户机虚拟地址直接到宿主机物理地址），并让真正的 CR3 指向它；硬件从不使用客户机自己的页表。

客户机对页表的每一次修改，影子页表都必须跟上。[KVM 的影子 MMU](https://docs.kernel.org/virt/kvm/x86/mmu.html) 对客户机的页表页设置写保护，让每次写入都陷入，从而同步到影子页表；客户机写 CR3 时，查找或建立对应的影子根；客户机执行 \`INVLPG\` 时，丢弃相应的转换。作为优化，它可以让某个叶子页表页保持可写（称为 unsync），等客户机刷新 TLB 或执行 \`INVLPG\` 时再让影子页表追上来；在真实硬件上，TLB 里的旧条目同样可能一直用到这些时刻。

代价体现在缺页、上下文切换和创建进程时的大量退出；[Adams 与 Agesen](https://doi.org/10.1145/1168857.1168860) 研究了页表更新和上下文切换等事件，发现它们在原生执行、软件监控程序和硬件监控程序下的开销相差悬殊。EPT 和 NPT 让常见情况下不再需要影子页表。不过，只要客户机所需的地址转换层数多于硬件能提供的层数，KVM 的 MMU 仍会工作在影子模式：例如硬件没有 EPT/NPT，或者在客户机里再运行一个嵌套客户机。`,
  },
  related: ['ept-npt', 'trap-and-emulate', 'binary-translation', 'vm-exit', 'kvm'],
  sources: [
    { title: 'The x86 kvm shadow mmu (kernel docs)', url: 'https://docs.kernel.org/virt/kvm/x86/mmu.html' },
    { title: 'Adams & Agesen, “A Comparison of Software and Hardware Techniques for x86 Virtualization”, ASPLOS 2006', url: 'https://doi.org/10.1145/1168857.1168860' },
  ],
} satisfies TermInput;
