/** gVisor; facts from gvisor.dev's architecture and user guides (intro, platforms, filesystem, containerd configuration). */
import type { TermInput } from '../../schema/term.ts';

export default {
  id: 'gvisor',
  category: 'project',
  page: 'virt-sandboxes',
  name: { en: 'gVisor', 'zh-cn': 'gVisor' },
  aliases: {
    en: ['runsc', 'Sentry', 'gVisor Sentry', 'Gofer', 'Systrap', 'directfs', 'containerd-shim-runsc-v1', 'io.containerd.runsc.v1', 'application kernel', 'user-space kernel'],
    'zh-cn': ['runsc', 'Sentry', 'Gofer', 'Systrap', '用户态内核', '应用内核', 'containerd-shim-runsc-v1', 'directfs', 'io.containerd.runsc.v1'],
  },
  summary: {
    en: 'An application kernel from Google, written in Go, that runs in user space and implements the Linux system-call interface itself, so that a container’s system calls never reach the host kernel directly; its OCI runtime is runsc.',
    'zh-cn': 'Google 推出的应用内核，用 Go 编写、运行在用户态，自行实现 Linux 系统调用接口，使容器发出的系统调用永远不会直接到达宿主机内核；它的 OCI 运行时叫 runsc。',
  },
  description: {
    en: `gVisor's [introduction](https://gvisor.dev/docs/architecture_guide/intro/) describes it as neither a virtual machine hypervisor nor a system-call filter. Its core, the **Sentry**, intercepts the sandboxed program's system calls and page faults and handles them with its own Go implementation of Linux: the system-call interface, memory management, file systems, a network stack, processes, signals and namespaces. No system call is passed through to the host. The Sentry makes a limited set of host calls of its own, which need not match the program's (a \`read\` from a pipe may become a host \`futex\` wait), and a kernel feature that the Sentry does not implement is simply unavailable inside the sandbox.

How calls are caught is the **platform** ([platforms](https://gvisor.dev/docs/architecture_guide/platforms/)). The default, **Systrap**, uses seccomp's \`SECCOMP_RET_TRAP\` so that each system call raises \`SIGSYS\` and hands control to the Sentry; it needs no virtualization support, so it works inside cloud VMs, and it replaced the older ptrace platform as the default in mid-2023. The **KVM** platform uses hardware virtualization for address-space isolation and fault interception, with the Sentry acting as guest kernel and VMM at once but no virtual hardware; it is the fastest choice on bare metal. File systems are served by the **Gofer**, a separate and slightly more privileged process that owns the container's files; with *directfs*, the default, the Gofer passes the Sentry file descriptors for the mounts and the Sentry opens files beneath them itself ([file system guide](https://gvisor.dev/docs/user_guide/filesystem/)).

The Sentry itself runs under seccomp filters, in its own user namespace with minimal capabilities and an empty mount namespace. To escape, an attacker must exploit the Sentry and then the host kernel, which share no code. gVisor does not protect against CPU side channels such as Spectre, nor against flaws in the layers that start it (for example a containerd bug that runs a container without gVisor). \`runsc\` is an OCI runtime in its own right, and containerd uses it through \`containerd-shim-runsc-v1\` ([containerd configuration](https://gvisor.dev/docs/user_guide/containerd/configuration/)).`,
    'zh-cn': `gVisor 的[介绍文档](https://gvisor.dev/docs/architecture_guide/intro/)说，它既不是虚拟机监控程序，也不是系统调用过滤器。它的核心 **Sentry** 拦截沙箱内程序的系统调用和缺页异常，用自己的 Go 版 Linux 实现来处理：系统调用接口、内存管理、文件系统、网络协议栈、进程、信号和命名空间。任何系统调用都不会被透传给宿主机。Sentry 自己会向宿主机发起有限的一组调用，它们与程序发出的调用不必一一对应（例如从管道 \`read\` 可能变成宿主机上的一次 \`futex\` 等待）；而 Sentry 没有实现的内核功能，在沙箱里就是不可用的。

系统调用怎样被截获，取决于**平台**（[platforms 文档](https://gvisor.dev/docs/architecture_guide/platforms/)）。默认的 **Systrap** 平台利用 seccomp 的 \`SECCOMP_RET_TRAP\`，让每个系统调用触发 \`SIGSYS\`，从而把控制权交给 Sentry；它不需要虚拟化支持，所以能在云虚拟机内部使用，并于 2023 年年中取代旧的 ptrace 平台成为默认。**KVM** 平台借助硬件辅助虚拟化实现地址空间隔离和异常拦截，Sentry 同时充当客户机内核和 VMM，但并没有虚拟硬件；在裸金属上它是最快的选择。文件系统由 **Gofer** 提供：这是一个单独的、权限略高一些的进程，掌管容器的文件；启用默认的 directfs 时，Gofer 把各个挂载点的文件描述符交给 Sentry，由 Sentry 自己在这些目录下打开文件（[文件系统指南](https://gvisor.dev/docs/user_guide/filesystem/)）。

Sentry 本身运行在 seccomp 过滤器之下，位于自己的用户命名空间中，只有最少的能力（capability），挂载命名空间是空的。攻击者要逃逸，必须先攻破 Sentry，再攻破宿主机内核，而两者没有任何共用的代码。gVisor 不能防御 Spectre 之类的 CPU 侧信道攻击，也不能防御启动它的那些上层组件的缺陷（例如 containerd 的某个漏洞导致容器没有在 gVisor 中启动）。\`runsc\` 本身就是一个 OCI 运行时，containerd 则通过 \`containerd-shim-runsc-v1\` 使用它（[containerd 配置](https://gvisor.dev/docs/user_guide/containerd/configuration/)）。`,
  },
  related: ['runc', 'oci-runtime-spec', 'containerd', 'containerd-shim', 'kvm', 'namespace', 'user-namespace', 'container'],
  sources: [
    { title: 'Introduction to gVisor security (gvisor.dev)', url: 'https://gvisor.dev/docs/architecture_guide/intro/' },
    { title: 'gVisor Platform Guide (gvisor.dev)', url: 'https://gvisor.dev/docs/architecture_guide/platforms/' },
    { title: 'gVisor Filesystem (gvisor.dev)', url: 'https://gvisor.dev/docs/user_guide/filesystem/' },
    { title: 'gVisor Containerd Advanced Configuration (gvisor.dev)', url: 'https://gvisor.dev/docs/user_guide/containerd/configuration/' },
  ],
} satisfies TermInput;
