/** Full virtualization: the guest runs unmodified. Facts from Adams & Agesen 2006 and Barham et al. (Xen) 2003. */
import type { TermInput } from '../../schema/term.ts';

export default {
  id: 'full-virtualization',
  category: 'technique',
  page: 'virt-techniques',
  name: { en: 'Full virtualization', 'zh-cn': '全虚拟化' },
  aliases: {
    en: ['full virtualisation', 'complete virtualization', 'unmodified guest', 'transparent virtualization'],
    'zh-cn': ['完全虚拟化', '全虚拟化', 'full virtualization', '未修改的客户机'],
  },
  summary: {
    en: 'Virtualization in which the guest runs unmodified: the hypervisor presents a complete copy of a real machine, so an off-the-shelf operating system boots as it would on hardware.',
    'zh-cn': '客户机无需任何修改的虚拟化：虚拟机监控程序呈现一台完整的“真实机器”，现成的操作系统可以像在硬件上一样直接启动。',
  },
  description: {
    en: `Full virtualization is defined by what the guest sees, not by how it is achieved: the same instruction set, devices a real computer has (or copies indistinguishable from them), and no need to change or recompile the guest kernel. Its opposite is paravirtualization, where the guest is modified to cooperate with the hypervisor.

On x86 it has been done in two ways. Before processors helped, VMware's monitor ran guest user code directly on the CPU and binary-translated guest kernel code ([Adams and Agesen 2006](https://doi.org/10.1145/1168857.1168860)). Since Intel VT-x and AMD-V, a hypervisor such as KVM lets the unmodified guest kernel run natively in a dedicated guest mode and takes a VM exit whenever it must step in. Either way, the devices the guest first sees are usually emulated models of real hardware.

The [Xen paper](https://doi.org/10.1145/945445.945462) argued against full virtualization on x86 in 2003: the missing traps made it complex and slow, and hiding the real machine completely is not always wanted; a guest that can see real time as well as virtual time handles TCP timeouts better, for example. Today the line is blurred: a "fully virtualized" guest usually loads paravirtual device drivers such as virtio.`,
    'zh-cn': `全虚拟化是按客户机看到什么来定义的，而不是按实现手段：同样的指令集、真实计算机上有的设备（或与之无法区分的仿制品），并且客户机内核不必修改，也不必重新编译。与之相对的是半虚拟化：客户机经过修改，主动配合虚拟机监控程序。

在 x86 上，全虚拟化有过两种实现方式。处理器提供支持之前，VMware 的虚拟机监控程序让客户机的用户态代码直接在 CPU 上运行，对客户机内核代码则做二进制翻译（[Adams 与 Agesen 2006](https://doi.org/10.1145/1168857.1168860)）。有了 Intel VT-x 和 AMD-V 之后，KVM 这样的虚拟机监控程序可以让未经修改的客户机内核在专门的客户机模式中原生运行，需要介入时通过 VM exit 接管。无论哪种方式，客户机起初看到的设备通常都是对真实硬件的模拟。

2003 年的 [Xen 论文](https://doi.org/10.1145/945445.945462)对 x86 上的全虚拟化提出了异议：缺失的陷入让它既复杂又慢，而且完全隐藏真实机器也未必可取，例如客户机如果既能看到虚拟时间又能看到真实时间，就能更好地处理 TCP 超时。如今两者的界线已经模糊：所谓“全虚拟化”的客户机，通常也会加载 virtio 这类半虚拟化设备驱动。`,
  },
  related: ['binary-translation', 'hardware-assisted-virtualization', 'paravirtualization', 'trap-and-emulate', 'virtio', 'kvm', 'vmware-workstation'],
  sources: [
    { title: 'Adams & Agesen, “A Comparison of Software and Hardware Techniques for x86 Virtualization”, ASPLOS 2006', url: 'https://doi.org/10.1145/1168857.1168860' },
    { title: 'Barham et al., “Xen and the Art of Virtualization”, SOSP 2003', url: 'https://doi.org/10.1145/945445.945462' },
  ],
} satisfies TermInput;
