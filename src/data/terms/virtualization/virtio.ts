/** virtio paravirtual devices; facts from the OASIS VIRTIO 1.2 specification, Firecracker's design document and Kata Containers' architecture document. */
import type { TermInput } from '../../schema/term.ts';

export default {
  id: 'virtio',
  category: 'technique',
  page: 'virt-techniques',
  name: { en: 'virtio', 'zh-cn': 'virtio' },
  aliases: {
    en: ['VIRTIO', 'virtqueue', 'virtio-net', 'virtio-blk', 'virtio-mmio', 'virtio-pci', 'virtio-fs', 'vsock', 'vhost', 'vhost-user', 'paravirtual device'],
    'zh-cn': ['virtio', 'virtqueue', '虚拟队列', 'virtio-net', 'virtio-blk', 'virtio-fs', '半虚拟化设备', '半虚拟化驱动', 'VIRTIO', 'virtio-mmio', 'virtio-pci', 'vsock', 'vhost', 'vhost-user'],
  },
  summary: {
    en: 'An OASIS standard for paravirtual devices: network cards, disks, consoles and more that exist only in virtual machines and exchange data with the guest through shared-memory queues instead of emulated hardware registers.',
    'zh-cn': 'OASIS 制定的半虚拟化设备标准：网卡、磁盘、控制台等只存在于虚拟机中的设备，通过共享内存队列而不是模拟的硬件寄存器与客户机交换数据。',
  },
  description: {
    en: `An emulated device imitates real hardware register by register, so nearly every register access by the guest's driver is an exit. virtio instead defines devices made for virtual machines that still behave like ordinary devices to the guest, so it can use standard drivers and discovery: they are found over PCI, memory-mapped I/O (virtio-mmio) or s390 channel I/O, negotiate feature bits, and move data through **virtqueues**, rings of buffer descriptors in guest memory. The driver adds buffers and notifies the device; the device consumes them and marks them used; either side can suppress notifications, so one exit can cover many requests. Queues come in the original split layout and, since version 1.1, a packed one.

The [OASIS VIRTIO 1.2 specification](https://docs.oasis-open.org/virtio/virtio/v1.2/virtio-v1.2.html) defines the transports, the queues and the device types, among them network, block, console, entropy, memory balloon, SCSI, GPU, input, socket (vsock) and file system (virtio-fs). Linux carries the guest drivers (\`virtio_net\`, \`virtio_blk\` and others); the device side runs in the VMM, in the host kernel (vhost) or in a separate process (vhost-user).

Sandboxed runtimes depend on it: Firecracker gives its guests network, disk and host-socket access as virtio net, block and vsock devices ([design](https://github.com/firecracker-microvm/firecracker/blob/v1.16.1/docs/design.md)), and Kata Containers shares each container's root file system into its VM with virtio-fs ([architecture](https://github.com/kata-containers/kata-containers/blob/4.1.0/docs/design/architecture/README.md)).`,
    'zh-cn': `模拟设备要一个寄存器一个寄存器地仿造真实硬件，于是客户机驱动对寄存器的几乎每次访问都是一次退出。virtio 则定义了专为虚拟机设计、但在客户机看来仍像普通设备的设备，因而可以沿用标准的驱动与发现机制：它们通过 PCI、内存映射 I/O（virtio-mmio）或 s390 的通道 I/O 被发现，协商特性位，并通过 **virtqueue** 传输数据，也就是客户机内存中由缓冲区描述符组成的环形队列。驱动放入缓冲区并通知设备；设备取走处理后把它们标记为已用；双方都可以抑制通知，所以一次退出可以覆盖许多请求。队列有最初的 split 布局，从 1.1 版起又增加了 packed 布局。

[OASIS VIRTIO 1.2 规范](https://docs.oasis-open.org/virtio/virtio/v1.2/virtio-v1.2.html)定义了各种传输方式、队列和设备类型，其中包括网络、块设备、控制台、熵源、内存气球、SCSI、GPU、输入设备、套接字（vsock）和文件系统（virtio-fs）。Linux 自带客户机侧驱动（\`virtio_net\`、\`virtio_blk\` 等）；设备侧则运行在 VMM 中、宿主机内核中（vhost），或者一个单独的进程中（vhost-user）。

沙箱运行时离不开它：Firecracker 通过 virtio net、block 和 vsock 设备为客户机提供网络、磁盘和宿主机套接字访问（[设计文档](https://github.com/firecracker-microvm/firecracker/blob/v1.16.1/docs/design.md)），Kata Containers 用 virtio-fs 把每个容器的根文件系统共享进虚拟机（[架构文档](https://github.com/kata-containers/kata-containers/blob/4.1.0/docs/design/architecture/README.md)）。`,
  },
  related: ['paravirtualization', 'sr-iov', 'vm-exit', 'qemu', 'firecracker', 'kata-containers'],
  sources: [
    { title: 'Virtual I/O Device (VIRTIO) Version 1.2, OASIS', url: 'https://docs.oasis-open.org/virtio/virtio/v1.2/virtio-v1.2.html' },
    { title: 'Firecracker design document (v1.16.1)', url: 'https://github.com/firecracker-microvm/firecracker/blob/v1.16.1/docs/design.md' },
    { title: 'Kata Containers architecture (4.1.0)', url: 'https://github.com/kata-containers/kata-containers/blob/4.1.0/docs/design/architecture/README.md' },
  ],
} satisfies TermInput;
