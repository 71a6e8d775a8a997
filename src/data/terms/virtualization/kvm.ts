/**
 * KVM. Facts from the kernel's KVM API document, the linux-kvm.org main page and QEMU's list of
 * accelerators; the two classifications from Red Hat ("What is KVM?") and Dall et al. (ISCA 2016).
 */
import type { TermInput } from '../../schema/term.ts';

const KVM_API = { title: 'The Definitive KVM API Documentation (kernel docs)', url: 'https://docs.kernel.org/virt/kvm/api.html' };
const KVM_MAIN = { title: 'KVM main page (linux-kvm.org)', url: 'https://www.linux-kvm.org/page/Main_Page' };
const REDHAT_KVM = { title: 'What is KVM? (Red Hat)', url: 'https://www.redhat.com/en/topics/virtualization/what-is-KVM' };
const DALL_2016 = {
  title: 'Dall et al., ARM Virtualization: Performance and Architectural Implications (ISCA 2016), authors’ copy',
  url: 'https://www.cs.columbia.edu/~cdall/pubs/isca2016-dall.pdf',
};

export default {
  id: 'kvm',
  category: 'hypervisor',
  page: 'virt-hypervisors',
  name: { en: 'KVM', 'zh-cn': 'KVM' },
  aliases: {
    en: ['Kernel-based Virtual Machine', 'kvm.ko', 'kvm-intel', 'kvm-amd', '/dev/kvm', 'KVM_RUN'],
    'zh-cn': ['基于内核的虚拟机', 'KVM', 'kvm.ko', 'kvm-intel', 'kvm-amd', '/dev/kvm', 'KVM_RUN', 'Kernel-based Virtual Machine'],
  },
  summary: {
    en: 'The hypervisor built into the Linux kernel: a kernel module that runs virtual CPUs with the processor’s virtualization extensions, driven from user space through /dev/kvm.',
    'zh-cn': '内置于 Linux 内核的虚拟机监控程序：一个借助处理器虚拟化扩展运行虚拟 CPU 的内核模块，由用户态程序通过 /dev/kvm 驱动。',
  },
  description: {
    en: `On x86, KVM is a generic module, \`kvm.ko\`, plus a processor-specific one, \`kvm-intel.ko\` or \`kvm-amd.ko\`, and it needs the processor's virtualization extensions (Intel VT or AMD-V). Its kernel part has been in mainline Linux since 2.6.20 ([linux-kvm.org](https://www.linux-kvm.org/page/Main_Page)). QEMU's documentation lists KVM as its Linux accelerator on several architectures, x86 and 64-bit Arm among them ([QEMU: Introduction](https://www.qemu.org/docs/master/system/introduction.html)).

KVM is only the kernel half. Its API is a set of ioctls on file descriptors: opening \`/dev/kvm\` gives a handle for system ioctls; \`KVM_CREATE_VM\` on it returns a VM descriptor; \`KVM_CREATE_VCPU\` on that returns one descriptor per virtual CPU; and \`KVM_RUN\` on a vCPU descriptor runs guest code until the guest needs something the kernel hands back to user space. VM ioctls must come from the process that created the VM, and vCPU ioctls should come from the thread that created the vCPU. The ABI has been stable since Linux 2.6.22, and \`KVM_GET_API_VERSION\` returns 12 ([KVM API](https://docs.kernel.org/virt/kvm/api.html)). Everything else a machine needs, firmware, disks, network cards, comes from a user-space program, most often QEMU.

Because of this split, to the host a KVM virtual machine is an ordinary Linux process, scheduled by the normal scheduler ([Red Hat](https://www.redhat.com/en/topics/virtualization/what-is-KVM)). That is also why people disagree on its type, as the two views below show. The kernel documentation and linux-kvm.org use neither label.`,
    'zh-cn': `在 x86 上，KVM 由一个通用模块 \`kvm.ko\` 加一个与处理器相关的模块 \`kvm-intel.ko\` 或 \`kvm-amd.ko\` 组成，需要处理器的虚拟化扩展（Intel VT 或 AMD-V）。它的内核部分从 Linux 2.6.20 起进入主线（[linux-kvm.org](https://www.linux-kvm.org/page/Main_Page)）。QEMU 的文档把 KVM 列为它在 Linux 上的加速器，支持多种架构，其中包括 x86 和 64 位 Arm（[QEMU: Introduction](https://www.qemu.org/docs/master/system/introduction.html)）。

KVM 只是内核里的那一半。它的 API 是一组作用在文件描述符上的 ioctl：打开 \`/dev/kvm\` 得到一个用于系统级 ioctl 的句柄；对它调用 \`KVM_CREATE_VM\` 得到一个虚拟机描述符；再对虚拟机描述符调用 \`KVM_CREATE_VCPU\`，每个虚拟 CPU 得到一个描述符；对 vCPU 描述符调用 \`KVM_RUN\` 就开始运行客户机代码，直到客户机需要内核交回用户态处理的事情为止。虚拟机级的 ioctl 必须由创建该虚拟机的进程发出，vCPU 级的 ioctl 应当由创建该 vCPU 的线程发出。这套 ABI 从 Linux 2.6.22 起保持稳定，\`KVM_GET_API_VERSION\` 返回 12（[KVM API](https://docs.kernel.org/virt/kvm/api.html)）。一台机器需要的其他东西——固件、磁盘、网卡——都由一个用户态程序提供，最常见的就是 QEMU。

正因为这样分工，在宿主机看来，一台 KVM 虚拟机就是一个普通的 Linux 进程，由普通的调度器调度（[Red Hat](https://www.redhat.com/en/topics/virtualization/what-is-KVM)）。这也是人们对它属于哪一型意见不一的原因，见下面两种观点。内核文档和 linux-kvm.org 都没有用这两个标签。`,
  },
  related: ['qemu', 'hypervisor', 'type-1-hypervisor', 'type-2-hypervisor', 'vt-x', 'amd-v', 'vm-exit', 'firecracker'],
  sources: [KVM_API, KVM_MAIN, REDHAT_KVM, DALL_2016],
  classification: [
    {
      type: 'type-1',
      view: {
        en: 'Red Hat: KVM turns Linux itself into a bare-metal hypervisor, because the kernel already has the memory manager, scheduler, I/O stack and drivers every hypervisor needs.',
        'zh-cn': 'Red Hat：KVM 把 Linux 本身变成了裸金属虚拟机监控程序，因为内核本来就具备每个虚拟机监控程序都需要的内存管理、调度、I/O 栈和驱动。',
      },
      source: REDHAT_KVM,
    },
    {
      type: 'type-2',
      view: {
        en: 'Dall, Li, Lim, Nieh and Koloventzos, studying Arm virtualization on servers: KVM is their example of a Type 2 hypervisor, set against Xen as Type 1.',
        'zh-cn': 'Dall、Li、Lim、Nieh 和 Koloventzos 在研究服务器上的 Arm 虚拟化时，把 KVM 作为 Type 2 虚拟机监控程序的例子，与 Type 1 的 Xen 相对。',
      },
      source: DALL_2016,
    },
  ],
} satisfies TermInput;
