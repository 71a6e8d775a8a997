/** Firecracker; facts from its README, FAQ, SPECIFICATION.md, design and jailer documents (tag v1.16.1), the NSDI 2020 paper and the firecracker-containerd README. */
import type { TermInput } from '../../schema/term.ts';

const FC = 'https://github.com/firecracker-microvm/firecracker/blob/v1.16.1';

export default {
  id: 'firecracker',
  category: 'project',
  page: 'virt-sandboxes',
  name: { en: 'Firecracker', 'zh-cn': 'Firecracker' },
  aliases: {
    en: ['Firecracker VMM', 'firecracker-microvm', 'jailer', 'firecracker-containerd', 'aws.firecracker'],
    'zh-cn': ['Firecracker', 'Firecracker 虚拟机监控程序', 'jailer', 'firecracker-containerd', 'firecracker-microvm', 'aws.firecracker'],
  },
  summary: {
    en: 'An open-source virtual machine monitor from AWS, written in Rust on top of KVM, that runs each workload in a microVM; it was built for AWS Lambda and AWS Fargate.',
    'zh-cn': 'AWS 开源的虚拟机监控程序，用 Rust 编写、基于 KVM，把每个工作负载放进一台 microVM 中运行；它是为 AWS Lambda 和 AWS Fargate 打造的。',
  },
  description: {
    en: `One Firecracker process runs one microVM ([design](${FC}/docs/design.md)). Its API thread serves the HTTP API through which the VM is configured (vCPUs, memory, kernel and root file system, network and block devices, rate limiters) and then started with \`InstanceStart\`. Its VMM thread runs the device models: virtio net, block and vsock, a serial console and a partial i8042 keyboard controller whose only job is to let the guest reset the VM. Each guest CPU is a vCPU thread sitting in KVM's \`KVM_RUN\` loop. Network devices are backed by TAP devices on the host, disks by files. Firecracker started from crosvm, Chromium OS's virtual machine monitor, and was built at AWS for Lambda and Fargate ([FAQ](${FC}/FAQ.md)).

Its [SPECIFICATION.md](${FC}/SPECIFICATION.md) states figures that integration tests enforce, measured on AWS M5D.metal and M6G.metal hosts for a microVM with 1 vCPU and 128 MiB of RAM and a Firecracker-tuned guest kernel: the monitor's own threads use at most 5 MiB of memory; it takes at most 125 ms from the \`InstanceStart\` call to the start of the guest's \`/sbin/init\`, measured with the serial console disabled and a minimal kernel and root file system; and the process is ready to serve its API within 8 ms of CPU time. The design document adds a steady rate of 5 microVMs created per host core per second. The [NSDI 2020 paper](https://www.usenix.org/conference/nsdi20/presentation/agache) explains the design and reports that, deployed in Lambda and Fargate, it supports millions of production workloads and trillions of requests per month.

KVM is the first boundary. In production Firecracker is meant to be launched by the [\`jailer\`](${FC}/docs/jailer.md), which sets up cgroups, namespaces and a chroot, drops privileges and then executes Firecracker, whose threads also run under seccomp filters. Firecracker does not filter network traffic: whatever a guest sends must be treated as untrusted and filtered on the host. It has no OCI or containerd interface of its own. Kata Containers can use it as a hypervisor, and [firecracker-containerd](https://github.com/firecracker-microvm/firecracker-containerd/blob/be68640a5d2237f5b427c37c1f5809ec154126c5/README.md) adds a containerd runtime shim and an agent that runs containers with runc inside the microVM.`,
    'zh-cn': `一个 Firecracker 进程运行一台 microVM（[设计文档](${FC}/docs/design.md)）。它的 API 线程提供 HTTP API：先通过它配置虚拟机（vCPU、内存、内核与根文件系统、网络与块设备、限速器），再用 \`InstanceStart\` 启动。VMM 线程运行各种设备模型：virtio net、block 和 vsock，一个串口控制台，以及一个不完整的 i8042 键盘控制器，它唯一的用途是让客户机能够重启虚拟机。每个客户机 CPU 对应一个 vCPU 线程，循环调用 KVM 的 \`KVM_RUN\`。网络设备以宿主机上的 TAP 设备为后端，磁盘以宿主机上的文件为后端。Firecracker 起源于 Chromium OS 的虚拟机监控程序 crosvm，由 AWS 为 Lambda 和 Fargate 开发（[FAQ](${FC}/FAQ.md)）。

它的 [SPECIFICATION.md](${FC}/SPECIFICATION.md) 列出由集成测试保证的指标，测量条件是 AWS M5D.metal 和 M6G.metal 宿主机、1 个 vCPU 加 128 MiB 内存的 microVM，以及为 Firecracker 调优的客户机内核：监控程序自身线程的内存开销不超过 5 MiB；从 \`InstanceStart\` 调用到客户机 \`/sbin/init\` 开始运行不超过 125 ms，测量时关闭串口控制台，并使用最小化的内核和根文件系统；进程在 8 ms CPU 时间之内即可开始响应 API。设计文档还给出了持续创建速率：每个宿主机核心每秒 5 台 microVM。[NSDI 2020 论文](https://www.usenix.org/conference/nsdi20/presentation/agache)阐述了其设计，并称 Firecracker 在 Lambda 和 Fargate 中承载着数以百万计的生产工作负载，每月处理数万亿次请求。

KVM 是第一道边界。在生产环境中，Firecracker 应当由 [\`jailer\`](${FC}/docs/jailer.md) 启动：jailer 设置好 cgroup、命名空间和 chroot，降低权限，然后执行 Firecracker；Firecracker 的各个线程还运行在 seccomp 过滤器之下。Firecracker 不过滤网络流量：客户机发出的一切都应视为不可信，需要在宿主机上过滤。它本身没有 OCI 或 containerd 接口。Kata Containers 可以把它当作虚拟机监控程序使用，[firecracker-containerd](https://github.com/firecracker-microvm/firecracker-containerd/blob/be68640a5d2237f5b427c37c1f5809ec154126c5/README.md) 则为它提供了一个 containerd 运行时 shim，以及一个在 microVM 内部用 runc 运行容器的 agent。`,
  },
  related: ['microvm', 'kvm', 'kata-containers', 'virtio', 'containerd', 'containerd-shim', 'runc', 'cgroup', 'namespace'],
  sources: [
    { title: 'Firecracker README (v1.16.1)', url: `${FC}/README.md` },
    { title: 'Firecracker SPECIFICATION.md (v1.16.1)', url: `${FC}/SPECIFICATION.md` },
    { title: 'Firecracker design document (v1.16.1)', url: `${FC}/docs/design.md` },
    { title: 'Firecracker jailer (v1.16.1)', url: `${FC}/docs/jailer.md` },
    { title: 'Firecracker FAQ (v1.16.1)', url: `${FC}/FAQ.md` },
    { title: 'Agache et al., “Firecracker: Lightweight Virtualization for Serverless Applications”, NSDI 2020', url: 'https://www.usenix.org/conference/nsdi20/presentation/agache' },
    { title: 'firecracker-containerd README', url: 'https://github.com/firecracker-microvm/firecracker-containerd/blob/be68640a5d2237f5b427c37c1f5809ec154126c5/README.md' },
  ],
} satisfies TermInput;
