/** Second-level address translation: Intel EPT and AMD nested paging; facts from the Intel SDM, the AMD APM, the kernel's KVM MMU document and kernel-parameters. */
import type { TermInput } from '../../schema/term.ts';

export default {
  id: 'ept-npt',
  category: 'technique',
  page: 'virt-techniques',
  name: { en: 'EPT / NPT (second-level address translation)', 'zh-cn': 'EPT / NPT（二级地址转换）' },
  aliases: {
    en: [
      'EPT',
      'Extended Page Tables',
      'NPT',
      'Nested Page Tables',
      'nested paging',
      'RVI',
      'Rapid Virtualization Indexing',
      'SLAT',
      'second-level address translation',
      'two-dimensional paging',
      'TDP',
      'EPT violation',
    ],
    'zh-cn': ['EPT', 'NPT', '扩展页表', '嵌套页表', '嵌套分页', 'RVI', 'SLAT', '二级地址转换', '二维分页', 'TDP'],
  },
  summary: {
    en: 'A second set of page tables, walked by the CPU itself, that maps a guest’s physical addresses to host physical memory, so that the guest manages its own page tables without the hypervisor shadowing them.',
    'zh-cn': '由 CPU 自己遍历的第二套页表，把客户机物理地址映射到宿主机物理内存；有了它，客户机可以自行管理页表，虚拟机监控程序不必再维护影子页表。',
  },
  description: {
    en: `Intel calls it extended page tables (EPT, part of VT-x; [SDM vol. 3](https://www.intel.com/content/www/us/en/developer/articles/technical/intel-sdm.html)), AMD nested paging (NPT, part of AMD-V; [APM vol. 2](https://www.amd.com/content/dam/amd/en/documents/processor-tech-docs/programmer-references/24593.pdf)). The hypervisor builds one set of tables per virtual machine that translates guest-physical to host-physical addresses and gives the processor its root through the VMCS or VMCB. The guest keeps full control of its own page tables and CR3, and changing them no longer causes exits. On a TLB miss the processor walks the guest's tables and, for every guest-physical address it meets on the way (including the addresses of the guest's page-table pages themselves), the second-level tables as well. The [KVM documentation](https://docs.kernel.org/virt/kvm/x86/mmu.html) calls this two-dimensional paging (TDP), a vendor-neutral name for both.

An access that the second-level tables do not allow, an **EPT violation** on Intel or a nested page fault on AMD, exits to the hypervisor. That is how KVM fills in guest memory on first touch, write-protects pages to log dirty ones for live migration, and catches accesses to memory-mapped device registers, which have no host page behind them.

KVM uses the feature by default where the hardware has it; the kernel parameters \`kvm-intel.ept=\` and \`kvm-amd.npt=\` turn it off ([kernel-parameters](https://docs.kernel.org/admin-guide/kernel-parameters.html)). The KVM MMU document also notes that EPT had no accessed and dirty bits before Intel's Haswell generation.`,
    'zh-cn': `Intel 称之为扩展页表（EPT，属于 VT-x；[SDM 第 3 卷](https://www.intel.com/content/www/us/en/developer/articles/technical/intel-sdm.html)），AMD 称之为嵌套分页（NPT，属于 AMD-V；[APM 第 2 卷](https://www.amd.com/content/dam/amd/en/documents/processor-tech-docs/programmer-references/24593.pdf)）。虚拟机监控程序为每台虚拟机建立一套页表，把客户机物理地址转换成宿主机物理地址，并通过 VMCS 或 VMCB 把这套页表的根交给处理器。客户机完全掌控自己的页表和 CR3，修改它们不再引发退出。发生 TLB 未命中时，处理器遍历客户机页表；途中遇到的每个客户机物理地址（包括客户机页表页本身的地址），都要再经过第二级页表转换一次。[KVM 文档](https://docs.kernel.org/virt/kvm/x86/mmu.html)把这称为二维分页（TDP），用作两家技术共同的中性名称。

第二级页表不允许的访问，在 Intel 上叫 **EPT violation**，在 AMD 上叫嵌套缺页（nested page fault），都会退出到虚拟机监控程序。KVM 正是借此在客户机第一次访问时才分配内存、为实时迁移记录脏页而对页面设写保护，以及捕获对内存映射设备寄存器的访问（这些地址背后没有宿主机页面）。

硬件支持时，KVM 默认启用这一特性；内核参数 \`kvm-intel.ept=\` 和 \`kvm-amd.npt=\` 可以关闭它（[内核参数文档](https://docs.kernel.org/admin-guide/kernel-parameters.html)）。KVM 的 MMU 文档还提到，在 Intel Haswell 这一代之前，EPT 没有访问位和脏位。`,
  },
  related: ['shadow-page-tables', 'vt-x', 'amd-v', 'vm-exit', 'kvm'],
  sources: [
    { title: 'Intel 64 and IA-32 Architectures Software Developer’s Manual, vol. 3 (EPT)', url: 'https://www.intel.com/content/www/us/en/developer/articles/technical/intel-sdm.html' },
    { title: 'AMD64 Architecture Programmer’s Manual, vol. 2, “Secure Virtual Machine” (nested paging)', url: 'https://www.amd.com/content/dam/amd/en/documents/processor-tech-docs/programmer-references/24593.pdf' },
    { title: 'The x86 kvm shadow mmu (kernel docs)', url: 'https://docs.kernel.org/virt/kvm/x86/mmu.html' },
    { title: 'The kernel’s command-line parameters (kernel docs)', url: 'https://docs.kernel.org/admin-guide/kernel-parameters.html' },
  ],
} satisfies TermInput;
