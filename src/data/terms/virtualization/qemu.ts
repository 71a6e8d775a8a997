/**
 * QEMU. Facts from the QEMU documentation ("About QEMU", "System emulation: Introduction") and the
 * linux-kvm.org main page (KVM's user-space half in mainline QEMU). QEMU's docs call KVM, Xen and
 * the others the hypervisors and give QEMU itself no Type 1 / Type 2 label, so it is a project.
 */
import type { TermInput } from '../../schema/term.ts';

export default {
  id: 'qemu',
  category: 'project',
  page: 'virt-hypervisors',
  name: { en: 'QEMU', 'zh-cn': 'QEMU' },
  aliases: {
    en: ['Quick Emulator', 'qemu-system', 'qemu-kvm', 'TCG', 'Tiny Code Generator', 'QMP'],
    'zh-cn': ['QEMU', 'qemu-system', 'qemu-kvm', 'TCG', '微型代码生成器', 'QMP'],
  },
  summary: {
    en: 'An open-source machine emulator and virtualizer: it models a whole machine in user space and either emulates its CPU with its own JIT (TCG) or hands the CPU to a hypervisor such as KVM.',
    'zh-cn': '一个开源的机器模拟器和虚拟化器：它在用户态模拟整台机器，CPU 要么由自己的 JIT（TCG）模拟，要么交给 KVM 这类虚拟机监控程序。',
  },
  description: {
    en: `QEMU describes itself as a generic machine emulator and virtualizer ([About QEMU](https://www.qemu.org/docs/master/about/index.html)). In **system emulation**, its usual mode, it provides a model of an entire machine, CPU, memory and devices, to run a guest OS. The guest's instructions are executed in one of two ways. **TCG**, the Tiny Code Generator, is a JIT that translates guest instructions and can emulate many kinds of CPU; it is the default. Or a **hypervisor**, which QEMU calls an accelerator, runs the guest directly on the host CPU: KVM on Linux, Xen (with Linux as dom0), Hypervisor.Framework (\`hvf\`) on macOS, Windows Hypervisor Platform (\`whpx\`) on Windows, NVMM on NetBSD. QEMU keeps the rest of the machine either way.

That rest is large: device models (among them VirtIO devices tuned for virtual machines, with vhost-user to move some of them out of the QEMU process), device passthrough, a block layer for disk images, character devices, and the QMP management protocol that libvirt drives ([QEMU: Introduction](https://www.qemu.org/docs/master/system/introduction.html)). With KVM, this is the user-space half: KVM's user-space component has been part of mainline QEMU since QEMU 1.3 ([linux-kvm.org](https://www.linux-kvm.org/page/Main_Page)).

QEMU also has **user-mode emulation**, which runs a single program built for one CPU on another; there the CPU is always emulated.

Pitfall: the default is TCG. A \`qemu-system-x86_64\` started without choosing an accelerator emulates the guest CPU purely in software and leaves the processor's virtualization support unused; the documentation says you must choose an accelerator, such as \`-accel kvm\`, to get hardware virtualization.`,
    'zh-cn': `QEMU 称自己是通用的机器模拟器和虚拟化器（[About QEMU](https://www.qemu.org/docs/master/about/index.html)）。在最常用的**系统模拟**模式下，它提供一整台机器的模型——CPU、内存和设备——用来运行客户机操作系统。客户机指令有两种执行方式。一种是 **TCG**（Tiny Code Generator，微型代码生成器），一个翻译客户机指令的 JIT，能模拟多种 CPU，也是默认方式。另一种是交给一个**虚拟机监控程序**（QEMU 称之为加速器，accelerator），让客户机直接在宿主机 CPU 上运行：Linux 上的 KVM、Xen（宿主机为以 dom0 身份运行的 Linux）、macOS 上的 Hypervisor.Framework（\`hvf\`）、Windows 上的 Windows Hypervisor Platform（\`whpx\`）、NetBSD 上的 NVMM。无论哪种方式，机器的其余部分都由 QEMU 负责。

这“其余部分”分量很重：设备模型（包括专为虚拟机优化的 VirtIO 设备，其中一部分可以借助 vhost-user 移出 QEMU 进程）、设备直通、管理磁盘镜像的块设备层、字符设备，以及 libvirt 所使用的 QMP 管理协议（[QEMU: Introduction](https://www.qemu.org/docs/master/system/introduction.html)）。与 KVM 搭配时，这就是用户态的那一半：KVM 的用户态组件从 QEMU 1.3 起进入 QEMU 主线（[linux-kvm.org](https://www.linux-kvm.org/page/Main_Page)）。

QEMU 还有**用户态模拟**模式，在一种 CPU 上运行为另一种 CPU 编译的单个程序；这种模式下 CPU 总是模拟的。

易错点：默认加速器是 TCG。启动 \`qemu-system-x86_64\` 时如果不指定加速器，客户机 CPU 完全由软件模拟，处理器的虚拟化支持闲置不用；文档明确说，要用上硬件辅助虚拟化，必须指定加速器，例如 \`-accel kvm\`。`,
  },
  related: ['kvm', 'xen', 'binary-translation', 'virtio', 'hardware-assisted-virtualization', 'process-virtual-machine'],
  sources: [
    { title: 'About QEMU (QEMU docs)', url: 'https://www.qemu.org/docs/master/about/index.html' },
    { title: 'QEMU system emulation: Introduction', url: 'https://www.qemu.org/docs/master/system/introduction.html' },
    { title: 'KVM main page (linux-kvm.org)', url: 'https://www.linux-kvm.org/page/Main_Page' },
  ],
} satisfies TermInput;
