/** SR-IOV and device assignment; facts from the kernel's "PCI Express I/O Virtualization Howto" and VFIO documents. */
import type { TermInput } from '../../schema/term.ts';

export default {
  id: 'sr-iov',
  category: 'technique',
  page: 'virt-techniques',
  name: { en: 'SR-IOV and device assignment', 'zh-cn': 'SR-IOV 与设备直通' },
  aliases: {
    en: ['SR-IOV', 'Single Root I/O Virtualization', 'PF', 'physical function', 'VF', 'virtual function', 'device assignment', 'PCI passthrough', 'VFIO', 'vfio-pci', 'IOMMU group'],
    'zh-cn': ['SR-IOV', '单根 I/O 虚拟化', '物理功能', '虚拟功能', 'PF', 'VF', '设备直通', 'PCI 直通', '设备分配', 'VFIO', 'IOMMU 组', 'Single Root I/O Virtualization', 'vfio-pci'],
  },
  summary: {
    en: 'A PCI Express capability that lets one physical device present many lightweight virtual functions, each of which can be assigned directly to a virtual machine so that the guest drives real hardware with no hypervisor in the data path.',
    'zh-cn': 'PCI Express 的一项能力：一个物理设备可以呈现出多个轻量的虚拟功能，每个都能直接分配给一台虚拟机，客户机由此直接驱动真实硬件，数据路径上没有虚拟机监控程序。',
  },
  description: {
    en: `As the kernel's [SR-IOV how-to](https://docs.kernel.org/PCI/pci-iov-howto.html) explains, a device with Single Root I/O Virtualization has a **physical function** (PF), a full PCIe function that carries the capability, and can enable a number of **virtual functions** (VFs), each with its own routing ID, configuration space and memory space for its registers. On Linux the PF's driver creates them, or a write to \`/sys/bus/pci/devices/<address>/sriov_numvfs\` does; the kernel then treats each VF as a hot-plugged PCI device.

The point is **device assignment** (passthrough): a VF, or a whole device, is unbound from its host driver, bound to \`vfio-pci\` and handed to the VMM, which maps it into the guest. The guest's ordinary driver for that hardware then talks to it directly, and the device's DMA goes through the IOMMU (Intel VT-d, AMD-Vi), which confines it to the memory it was given. [VFIO](https://docs.kernel.org/driver-api/vfio.html) is the kernel framework that does this securely, and lets an unprivileged user-space process, such as a VMM, own the device.

The pitfall is granularity. The IOMMU cannot always tell devices apart, so the unit VFIO hands out is the **IOMMU group**: every device in the group must be bound to VFIO (or have no host driver) before any of them can be used. A multi-function card, or a bridge without PCI ACS (Access Control Services), can pull several devices into one group.`,
    'zh-cn': `按照内核的 [SR-IOV 指南](https://docs.kernel.org/PCI/pci-iov-howto.html)，支持单根 I/O 虚拟化（SR-IOV）的设备有一个**物理功能**（PF），即带有这项能力的完整 PCIe 功能，并且可以启用若干**虚拟功能**（VF）；每个 VF 都有自己的路由 ID、配置空间，以及用来映射寄存器的内存空间。在 Linux 上，VF 由 PF 的驱动创建，或者向 \`/sys/bus/pci/devices/<address>/sriov_numvfs\` 写入数量来创建；之后内核把每个 VF 当作一个热插入的 PCI 设备。

它的用途是**设备直通**（也叫设备分配）：把一个 VF 或整个设备从宿主机驱动上解绑，绑定到 \`vfio-pci\`，再交给 VMM 映射进客户机。客户机用这种硬件本来的驱动直接与它通信；设备发起的 DMA 经过 IOMMU（Intel VT-d、AMD-Vi），被限制在分给它的内存之内。[VFIO](https://docs.kernel.org/driver-api/vfio.html) 就是安全完成这件事的内核框架，它还允许 VMM 这样的无特权用户态进程持有设备。

需要注意的是粒度。IOMMU 并不总能区分每一个设备，所以 VFIO 分配的单位是 **IOMMU 组**：组内所有设备都绑定到 VFIO（或者没有宿主机驱动）之后，其中任何一个才能使用。多功能板卡，或者不支持 PCI ACS（访问控制服务）的桥，都可能把好几个设备拉进同一个组。`,
  },
  related: ['virtio', 'hardware-assisted-virtualization', 'kvm', 'qemu'],
  sources: [
    { title: 'PCI Express I/O Virtualization Howto (kernel docs)', url: 'https://docs.kernel.org/PCI/pci-iov-howto.html' },
    { title: 'VFIO – “Virtual Function I/O” (kernel docs)', url: 'https://docs.kernel.org/driver-api/vfio.html' },
  ],
} satisfies TermInput;
