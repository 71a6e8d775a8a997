/** The microVM idea; facts from Firecracker's README, design document and specification (v1.16.1), QEMU's microvm machine docs and Kata's hypervisors document. */
import type { TermInput } from '../../schema/term.ts';

export default {
  id: 'microvm',
  category: 'concept',
  page: 'virt-sandboxes',
  name: { en: 'microVM', 'zh-cn': '微虚拟机（microVM）' },
  aliases: {
    en: ['micro VM', 'micro virtual machine', 'lightweight VM', 'lightweight virtual machine', 'microvm machine type'],
    'zh-cn': ['microVM', '微型虚拟机', '轻量级虚拟机', '轻量虚拟机'],
  },
  summary: {
    en: 'A virtual machine cut down to what one container or function needs, with a handful of paravirtual devices and little or no firmware or legacy PC hardware to emulate, so that it boots in a fraction of a second with a few MiB of monitor overhead.',
    'zh-cn': '按一个容器或函数的实际需要裁剪过的虚拟机：只有少数几个半虚拟化设备，固件和传统 PC 硬件要么极简，要么干脆没有，因此能在不到一秒内启动，监控程序本身只占几 MiB 内存。',
  },
  description: {
    en: `The word is Firecracker's: its [README](https://github.com/firecracker-microvm/firecracker/blob/v1.16.1/README.md) describes microVMs as lightweight virtual machines that combine the isolation of hardware virtualization with the speed and flexibility of containers. What makes a VM "micro" is the machine model, not the CPU virtualization, which is ordinary KVM: the monitor offers a few virtio devices, boots a Linux kernel directly, and leaves out the emulated PC hardware that a general-purpose guest expects. Less device emulation means less host code for a hostile guest to attack and less to set up at boot. Firecracker's [specification](https://github.com/firecracker-microvm/firecracker/blob/v1.16.1/SPECIFICATION.md) puts numbers on it: at most 125 ms from the start request to the guest's \`/sbin/init\`, and at most 5 MiB of memory for the monitor's own threads, under the conditions it states.

QEMU took the idea into a machine type of its own, [\`microvm\`](https://www.qemu.org/docs/master/system/i386/microvm.html), "inspired by Firecracker": no PCI, no ACPI, up to eight virtio-mmio devices, built for short-lived guests. Kata Containers can run its VMs on Firecracker, Cloud Hypervisor, QEMU, StratoVirt or its built-in Dragonball monitor ([hypervisors](https://github.com/kata-containers/kata-containers/blob/4.1.0/docs/hypervisors.md)).

The limits follow from the design. A microVM boots a kernel configured for its small machine model, and Firecracker runs Linux guests only ([design](https://github.com/firecracker-microvm/firecracker/blob/v1.16.1/docs/design.md)). QEMU's \`microvm\` supports no hotplug of any kind. Devices such as GPUs are out of reach: in Kata's table only QEMU supports them. And the published boot figures hold for a minimal kernel and root file system with the serial console disabled, not for an arbitrary distribution kernel.`,
    'zh-cn': `这个词是 Firecracker 的用语：它的 [README](https://github.com/firecracker-microvm/firecracker/blob/v1.16.1/README.md) 把 microVM 描述为一种轻量级虚拟机，兼具硬件辅助虚拟化的隔离性和容器的速度与灵活性。让虚拟机变“微”的是机器模型，而不是 CPU 虚拟化，后者就是普通的 KVM：监控程序只提供几个 virtio 设备，直接引导 Linux 内核，并省去通用客户机所需要的那些模拟 PC 硬件。要模拟的设备越少，宿主机上可供恶意客户机攻击的代码就越少，启动时要准备的东西也越少。Firecracker 的[规格说明](https://github.com/firecracker-microvm/firecracker/blob/v1.16.1/SPECIFICATION.md)给出了具体数字：在其声明的条件下，从发出启动请求到客户机的 \`/sbin/init\` 开始运行不超过 125 ms，监控程序自身线程的内存开销不超过 5 MiB。

QEMU 把这个思路做成了自己的一种机器类型 [\`microvm\`](https://www.qemu.org/docs/master/system/i386/microvm.html)，文档说明它“受 Firecracker 启发”：没有 PCI，没有 ACPI，最多八个 virtio-mmio 设备，专为短生命周期的客户机设计。Kata Containers 可以在 Firecracker、Cloud Hypervisor、QEMU、StratoVirt 或自带的 Dragonball 监控程序上运行它的虚拟机（[hypervisors 文档](https://github.com/kata-containers/kata-containers/blob/4.1.0/docs/hypervisors.md)）。

局限也来自这种设计。microVM 引导的内核要针对它那套精简的机器模型来配置，Firecracker 也只支持 Linux 客户机（[设计文档](https://github.com/firecracker-microvm/firecracker/blob/v1.16.1/docs/design.md)）。QEMU 的 \`microvm\` 不支持任何形式的热插拔。GPU 之类的设备也用不上：在 Kata 的对照表中，只有 QEMU 支持 GPU。此外，公布的启动耗时是在最小化的内核和根文件系统、关闭串口控制台的条件下测得的，换成随便一个发行版内核就不适用了。`,
  },
  related: ['firecracker', 'kata-containers', 'virtio', 'kvm', 'qemu', 'virtual-machine', 'container'],
  sources: [
    { title: 'Firecracker README (v1.16.1)', url: 'https://github.com/firecracker-microvm/firecracker/blob/v1.16.1/README.md' },
    { title: 'Firecracker SPECIFICATION.md (v1.16.1)', url: 'https://github.com/firecracker-microvm/firecracker/blob/v1.16.1/SPECIFICATION.md' },
    { title: 'Firecracker design document (v1.16.1)', url: 'https://github.com/firecracker-microvm/firecracker/blob/v1.16.1/docs/design.md' },
    { title: '“microvm” virtual platform (QEMU docs)', url: 'https://www.qemu.org/docs/master/system/i386/microvm.html' },
    { title: 'Kata Containers: Hypervisors (4.1.0)', url: 'https://github.com/kata-containers/kata-containers/blob/4.1.0/docs/hypervisors.md' },
  ],
} satisfies TermInput;
