/**
 * Operating-system-level virtualization: one kernel, many isolated user spaces. History from the
 * original papers on FreeBSD jails (2000), Solaris Zones (2004) and Linux namespaces (2006).
 */
import type { TermInput } from '../../schema/term.ts';
import { man } from '../../sources/index.ts';

export default {
  id: 'os-level-virtualization',
  category: 'concept',
  page: 'virt-layers',
  name: { en: 'Operating-system-level virtualization', 'zh-cn': '操作系统层虚拟化' },
  aliases: {
    en: ['OS-level virtualization', 'OS virtualization', 'container-based virtualization', 'containerization', 'jails', 'zones'],
    'zh-cn': ['操作系统级虚拟化', '容器化', '容器虚拟化', 'OS 层虚拟化', 'jail', 'zone', 'containerization', 'jails', 'zones'],
  },
  summary: {
    en: 'Virtualization done inside one operating-system kernel, which gives separate groups of processes separate views of the system, so that each group looks like a machine of its own while all share the kernel.',
    'zh-cn': '在同一个操作系统内核内部实现的虚拟化：内核让不同的进程组看到各自独立的系统视图，于是每组进程看起来都像独占一台机器，实际上共用同一个内核。',
  },
  description: {
    en: `Nothing below the kernel is imitated: there is no virtual CPU, no virtual device and no second kernel. Instead the kernel keeps several instances of things that used to be global (process IDs, mount tables, network stacks, host names, user IDs), attaches every process to one instance of each, and divides CPU, memory and I/O among the groups with a resource controller. The result is what is commonly called a container.

The idea is older than Linux containers. FreeBSD's jail confined a group of processes to a file-system subtree and an IP address of its own and took away most of root's powers inside it ([Kamp and Watson, 2000](https://papers.freebsd.org/2000/phk-jails/)). Solaris Zones gave each zone its own view of processes, files and network, with server consolidation as the stated aim ([Price and Tucker, LISA 2004](https://www.usenix.org/legacy/event/lisa04/tech/price.html)). On Linux the same goal was reached by giving the kernel's global namespaces multiple instances ([Biederman, Linux Symposium 2006](https://www.kernel.org/doc/ols/2006/ols2006v1-pages-101-112.pdf)); those namespaces ([namespaces(7)](https://man7.org/linux/man-pages/man7/namespaces.7.html)) and cgroups became the building blocks of LXC, Docker and the runtimes after them.

Sharing the kernel has a price. Every guest must be a user space for that kernel (on a Linux host, Linux user spaces only), and the isolation is exactly as strong as the kernel's own checks, since every guest talks to it directly.`,
    'zh-cn': `内核以下的东西一概不模仿：没有虚拟 CPU，没有虚拟设备，也没有第二个内核。内核的做法是：把原本全局唯一的东西（进程号、挂载表、网络协议栈、主机名、用户 ID）各维护多份实例，让每个进程在每一类中归属其中一份，再用资源控制器在各组进程之间分配 CPU、内存和 I/O。这样得到的，就是通常所说的容器。

这个思路比 Linux 容器早得多。FreeBSD 的 jail 把一组进程限制在某个文件系统子树和一个专属 IP 地址之内，并在其中收回了 root 的大部分权力（[Kamp 和 Watson，2000](https://papers.freebsd.org/2000/phk-jails/)）。Solaris Zones 让每个 zone 看到自己的一套进程、文件和网络，明确以服务器整合为目标（[Price 和 Tucker，LISA 2004](https://www.usenix.org/legacy/event/lisa04/tech/price.html)）。Linux 走的路是让内核的各种全局命名空间可以有多个实例（[Biederman，Linux Symposium 2006](https://www.kernel.org/doc/ols/2006/ols2006v1-pages-101-112.pdf)）；这些命名空间（[namespaces(7)](https://man7.org/linux/man-pages/man7/namespaces.7.html)）和 cgroup 后来成了 LXC、Docker 以及此后各种运行时的基本构件。

共享内核是有代价的。每个客户都只能是这个内核所能运行的用户空间（Linux 宿主机上只能跑 Linux 用户空间）；而且隔离的强度完全取决于内核自身的检查，因为每个客户都直接与内核打交道。`,
  },
  related: ['container', 'namespace', 'cgroup', 'system-virtual-machine', 'gvisor'],
  sources: [
    { title: 'Kamp and Watson, "Jails: Confining the omnipotent root", SANE 2000', url: 'https://papers.freebsd.org/2000/phk-jails/' },
    {
      title: 'Price and Tucker, "Solaris Zones: Operating System Support for Consolidating Commercial Workloads", LISA 2004',
      url: 'https://www.usenix.org/legacy/event/lisa04/tech/price.html',
    },
    {
      title: 'Biederman, "Multiple Instances of the Global Linux Namespaces", Linux Symposium 2006',
      url: 'https://www.kernel.org/doc/ols/2006/ols2006v1-pages-101-112.pdf',
    },
    man('namespaces', 7),
  ],
} satisfies TermInput;
