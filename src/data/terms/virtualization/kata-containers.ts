/** Kata Containers; facts from the kata-containers repository at tag 4.1.0 (README, architecture, hypervisors, limitations) and the community README at launch. */
import type { TermInput } from '../../schema/term.ts';

const KATA = 'https://github.com/kata-containers/kata-containers/blob/4.1.0';

export default {
  id: 'kata-containers',
  category: 'project',
  page: 'virt-sandboxes',
  name: { en: 'Kata Containers', 'zh-cn': 'Kata Containers' },
  aliases: {
    en: ['Kata', 'containerd-shim-kata-v2', 'io.containerd.kata.v2', 'kata-runtime', 'kata-agent', 'runtime-rs', 'Dragonball', 'Clear Containers', 'runV'],
    'zh-cn': ['Kata', 'Kata 容器', 'containerd-shim-kata-v2', 'kata-agent', '安全容器', '虚拟化容器', 'io.containerd.kata.v2', 'kata-runtime', 'runtime-rs', 'Dragonball', 'runV'],
  },
  summary: {
    en: 'An open-source container runtime that runs each pod in its own lightweight virtual machine with its own guest kernel, plugged into containerd and CRI-O as the shim v2 runtime containerd-shim-kata-v2.',
    'zh-cn': '一种开源容器运行时：把每个 Pod 放进一台拥有独立客户机内核的轻量级虚拟机中运行，以 shim v2 运行时 containerd-shim-kata-v2 的形式接入 containerd 和 CRI-O。',
  },
  description: {
    en: `Kata Containers builds "lightweight Virtual Machines (VMs) that feel and perform like containers" ([README](${KATA}/README.md)). Its runtime is the containerd shim v2 binary \`containerd-shim-kata-v2\` (runtime type \`io.containerd.kata.v2\`). For each sandbox it starts a hypervisor; the VM boots a guest kernel and a minimal guest image, and inside it the \`kata-agent\` creates the containers and runs the workload in a container environment within the VM. The shim talks to the agent with ttRPC over a VSOCK socket, which also carries the containers' standard I/O, and the container's root file system is shared into the VM with virtio-fs ([architecture](${KATA}/docs/design/architecture/README.md)). A single shim instance serves a whole Kubernetes pod, so the pod's containers share one VM.

The hypervisor is chosen in the runtime's configuration file: QEMU (the choice for GPUs and for confidential computing with Intel TDX or AMD SEV-SNP), Cloud Hypervisor, Firecracker, StratoVirt, or Dragonball, which runs inside the Rust shim's own process ([hypervisors](${KATA}/docs/hypervisors.md)). Kata runs on x86-64 with Intel VT-x or AMD SVM, on Arm64, on IBM Power and on IBM Z.

The project began by combining Intel's Clear Containers and Hyper's runV under the OpenStack Foundation ([community README at launch](https://github.com/kata-containers/community/blob/00b886bfbba2967f17e9792de7099565c6b50171/README.md)). Since 2.0 it needs no per-container shim or proxy processes. Its [limitations](${KATA}/docs/Limitations.md) include: host networking (\`--net=host\`) is not supported and can break the host's network setup, a privileged container gets elevated capabilities inside the guest rather than the host's devices, and Docker can use Kata since Docker 22.06 while Podman cannot.`,
    'zh-cn': `Kata Containers 要打造“用起来、跑起来都像容器的轻量级虚拟机”（[README](${KATA}/README.md)）。它的运行时是 containerd shim v2 程序 \`containerd-shim-kata-v2\`（运行时类型 \`io.containerd.kata.v2\`）。它为每个沙箱启动一个虚拟机监控程序；虚拟机引导客户机内核和一个最小化的客户机镜像，在虚拟机内部由 \`kata-agent\` 创建容器，让工作负载运行在虚拟机里的容器环境中。shim 与 agent 之间通过 VSOCK 套接字上的 ttRPC 通信，容器的标准输入输出也经由这条通道传输；容器的根文件系统则用 virtio-fs 共享进虚拟机（[架构文档](${KATA}/docs/design/architecture/README.md)）。一个 shim 实例服务整个 Kubernetes Pod，所以同一 Pod 的容器共用一台虚拟机。

虚拟机监控程序在运行时的配置文件中选择：QEMU（需要 GPU，或使用 Intel TDX、AMD SEV-SNP 等机密计算时的选择）、Cloud Hypervisor、Firecracker、StratoVirt，以及运行在 Rust 版 shim 进程内部的 Dragonball（[hypervisors 文档](${KATA}/docs/hypervisors.md)）。Kata 可以运行在支持 Intel VT-x 或 AMD SVM 的 x86-64、Arm64、IBM Power 和 IBM Z 上。

这个项目起初由 Intel 的 Clear Containers 与 Hyper 的 runV 合并而成，由 OpenStack 基金会管理（[项目发布时的社区 README](https://github.com/kata-containers/community/blob/00b886bfbba2967f17e9792de7099565c6b50171/README.md)）。从 2.0 起，它不再需要为每个容器单独运行 shim 或 proxy 进程。项目列出的[限制](${KATA}/docs/Limitations.md)包括：不支持宿主机网络（\`--net=host\`），强行使用可能破坏宿主机的网络配置；特权容器得到的是客户机内部的更高能力（capability），而不是宿主机的设备；Docker 从 22.06 起可以使用 Kata，Podman 则不行。`,
  },
  related: ['microvm', 'firecracker', 'qemu', 'kvm', 'virtio', 'containerd', 'containerd-shim', 'oci-runtime-spec', 'runc'],
  sources: [
    { title: 'Kata Containers README (4.1.0)', url: `${KATA}/README.md` },
    { title: 'Kata Containers architecture (4.1.0)', url: `${KATA}/docs/design/architecture/README.md` },
    { title: 'Kata Containers: Hypervisors (4.1.0)', url: `${KATA}/docs/hypervisors.md` },
    { title: 'Kata Containers limitations (4.1.0)', url: `${KATA}/docs/Limitations.md` },
    { title: 'kata-containers/community README at launch', url: 'https://github.com/kata-containers/community/blob/00b886bfbba2967f17e9792de7099565c6b50171/README.md' },
  ],
} satisfies TermInput;
