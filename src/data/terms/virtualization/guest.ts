/** Guest: the environment a virtual machine supports (Smith and Nair 2005); equivalence from Popek and Goldberg 1974. */
import type { TermInput } from '../../schema/term.ts';

export default {
  id: 'guest',
  category: 'concept',
  page: 'virtualization',
  name: { en: 'Guest', 'zh-cn': '客户机' },
  aliases: {
    en: ['guest OS', 'guest operating system', 'guest machine', 'guest kernel'],
    'zh-cn': ['客户操作系统', '客户机操作系统', '来宾操作系统', '客户机内核', 'guest', 'guest OS'],
  },
  summary: {
    en: 'The software environment that runs inside a virtual machine; in a system virtual machine, a whole operating system with its own kernel, the guest OS.',
    'zh-cn': '运行在虚拟机内部的软件环境；在系统虚拟机中，它是一整套带有自己内核的操作系统，即客户机操作系统。',
  },
  description: {
    en: `The guest is the other half of the host/guest pair ([Smith and Nair, 2005](https://doi.org/10.1109/MC.2005.173)). In a system virtual machine it is a complete operating system (kernel, libraries and applications) that boots on virtual hardware. Ideally it cannot tell that the hardware is virtual: [Popek and Goldberg (1974)](https://doi.org/10.1145/361011.361073) require a program to behave under a virtual machine monitor essentially as it would on the real machine. A guest that does know, and cooperates with the hypervisor through interfaces made for the purpose, is *paravirtualized*.

Because each guest has its own kernel, a crash of that kernel stops one virtual machine and leaves the others running.

In a process virtual machine the guest is a single program, for example the class files a JVM executes. With containers the word is seldom used, and the reason is instructive: a container has no guest kernel, only a guest user space running on the host's kernel.`,
    'zh-cn': `客户机是“宿主机/客户机”这对概念中的另一半（[Smith 和 Nair，2005](https://doi.org/10.1109/MC.2005.173)）。在系统虚拟机中，客户机是一整套操作系统：内核、库和应用程序，它在虚拟硬件上启动。理想情况下，它察觉不到硬件是虚拟的：[Popek 和 Goldberg（1974）](https://doi.org/10.1145/361011.361073)要求程序在虚拟机监控程序之下的行为与在真实机器上基本相同。如果客户机知道自己运行在虚拟机里，并通过专门设计的接口与虚拟机监控程序配合，就称为*半虚拟化*（paravirtualized）客户机。

每个客户机都有自己的内核，因此一个客户机内核崩溃只会停掉这一台虚拟机，其他虚拟机照常运行。

在进程虚拟机中，客户机只是一个程序，例如 JVM 所执行的那些 class 文件。容器场景下很少用“客户机”这个词，原因很能说明问题：容器没有客户机内核，只有一套运行在宿主机内核之上的客户用户空间。`,
  },
  related: ['host', 'virtual-machine', 'paravirtualization', 'popek-goldberg-requirements'],
  sources: [
    { title: 'Smith and Nair, "The Architecture of Virtual Machines", IEEE Computer 38(5), 2005', url: 'https://doi.org/10.1109/MC.2005.173' },
    {
      title: 'Popek and Goldberg, "Formal Requirements for Virtualizable Third Generation Architectures", CACM 17(7), 1974',
      url: 'https://doi.org/10.1145/361011.361073',
    },
  ],
} satisfies TermInput;
