/**
 * A container as the Linux kernel sees it: processes in namespaces and a cgroup. Facts from
 * namespaces(7), cgroups(7), the OCI runtime spec (config-linux.md) and Docker's storage docs.
 */
import type { TermInput } from '../../schema/term.ts';
import { man, OCI_LINUX_NAMESPACES } from '../../sources/index.ts';

export default {
  id: 'container',
  category: 'concept',
  page: 'virtualization',
  name: { en: 'Container', 'zh-cn': '容器' },
  aliases: {
    en: ['containers', 'Linux container', 'Linux containers', 'application container', 'container instance'],
    'zh-cn': ['容器', 'Linux 容器', '应用容器', '容器实例', 'container', 'rootless'],
  },
  summary: {
    en: 'A group of processes that the kernel runs in their own set of namespaces and in a cgroup of their own, usually with a root file system unpacked from an image.',
    'zh-cn': '一组进程：内核让它们运行在专属的一套命名空间和一个专属的 cgroup 中，根文件系统通常来自某个镜像。',
  },
  description: {
    en: `The Linux kernel has no container object. It offers namespaces, which decide what a process can see, and cgroups, which decide how much it may use ([namespaces(7)](https://man7.org/linux/man-pages/man7/namespaces.7.html), [cgroups(7)](https://man7.org/linux/man-pages/man7/cgroups.7.html)). A container runtime such as runc reads a configuration in the format of the [OCI runtime specification](https://github.com/opencontainers/runtime-spec/blob/main/config-linux.md), which lists the namespaces to create or join, the cgroup and its limits, the root file system, mounts, capabilities and optionally a seccomp filter. It sets these up and starts the first process, and that process with everything it starts is the container.

Seen from the host, \`ps\` lists a container's processes like any others. Seen from inside, the PID namespace numbers them from 1, the mount namespace shows only the container's own file tree, and the network namespace shows only its own interfaces.

Since a container is only processes, all containers on a host make their system calls directly to one shared kernel, with nothing translated in between. That is why they start quickly and run at native speed, and also why a kernel bug reachable from one container can affect all of them. The image a container starts from supplies the user space (libraries, programs, configuration) but never the kernel.

Image and container are different things: the image is a read-only template; the container is one running or stopped instance of it, with a thin writable layer of its own on top of the image's layers, which is deleted along with the container ([Docker: storage drivers](https://docs.docker.com/engine/storage/drivers/)).`,
    'zh-cn': `Linux 内核里并没有“容器”这种对象。内核提供的是命名空间和 cgroup：前者决定进程能看到什么，后者决定它最多能用多少（[namespaces(7)](https://man7.org/linux/man-pages/man7/namespaces.7.html)、[cgroups(7)](https://man7.org/linux/man-pages/man7/cgroups.7.html)）。runc 这样的容器运行时读取一份符合 [OCI 运行时规范](https://github.com/opencontainers/runtime-spec/blob/main/config-linux.md)的配置，其中列出要新建或加入哪些命名空间、放进哪个 cgroup 以及限额多少、根文件系统、挂载、能力（capability），还可以有一个 seccomp 过滤器。运行时把这些一一建好，再启动第一个进程；这个进程连同它启动的所有进程，就是容器。

从宿主机上看，\`ps\` 列出的容器进程和其他进程没有两样。从容器内部看，PID 命名空间让这些进程从 1 开始编号，挂载命名空间只显示容器自己的文件树，网络命名空间只显示它自己的网络接口。

既然容器只是一些进程，同一台宿主机上的所有容器都直接向同一个共享内核发起系统调用，中间没有任何转译。所以容器启动快、以原生速度运行；也正因如此，一个能从某个容器内部触发的内核漏洞，可能波及所有容器。容器所用的镜像提供用户空间（库、程序、配置），但从不提供内核。

镜像和容器是两回事：镜像是只读的模板；容器是它的一个正在运行或已停止的实例，在镜像各层之上有一层属于自己的、很薄的可写层，这一层随容器一起删除（[Docker：storage drivers](https://docs.docker.com/engine/storage/drivers/)）。`,
  },
  related: ['namespace', 'cgroup', 'os-level-virtualization', 'container-runtime', 'docker-image', 'runc', 'pid-namespace', 'mount-namespace', 'network-namespace'],
  sources: [
    man('namespaces', 7),
    man('cgroups', 7),
    OCI_LINUX_NAMESPACES,
    { title: 'Storage drivers (Docker docs)', url: 'https://docs.docker.com/engine/storage/drivers/' },
  ],
} satisfies TermInput;
