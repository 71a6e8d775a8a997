/** Process virtual machines and their kinds, after Smith and Nair's paper and book (2005). */
import type { TermInput } from '../../schema/term.ts';

export default {
  id: 'process-virtual-machine',
  category: 'concept',
  page: 'virt-layers',
  name: { en: 'Process virtual machine', 'zh-cn': '进程虚拟机' },
  aliases: {
    en: ['process VM', 'application virtual machine', 'language virtual machine', 'high-level-language VM', 'HLL VM', 'managed runtime'],
    'zh-cn': ['进程级虚拟机', '应用程序虚拟机', '语言虚拟机', '高级语言虚拟机', 'process VM', 'HLL VM'],
  },
  summary: {
    en: 'A virtual machine that runs a single program: software running as an ordinary process of the host operating system gives that program its execution environment, and ends when the program ends.',
    'zh-cn': '只运行一个程序的虚拟机：一个作为宿主机操作系统普通进程运行的软件为该程序提供执行环境，程序结束，它也随之结束。',
  },
  description: {
    en: `[Smith and Nair (2005)](https://doi.org/10.1109/MC.2005.173) call the virtualizing software of a process VM its *runtime*. It sits at the ABI, on top of the host operating system; it is created together with the guest process and terminates with it. Their examples cover a wide range:

- **Multiprogramming** itself: an ordinary operating system gives every process the illusion of a machine of its own.
- **Emulators and dynamic binary translators**, which run programs compiled for one ISA on a processor with another.
- **Same-ISA dynamic optimizers**, which rewrite a running program's code to make it faster.
- **High-level-language VMs** such as the Java Virtual Machine and Microsoft's Common Language Infrastructure, whose instruction sets were designed for portability rather than for any one processor.

A process VM does little isolating on its own. Its guest is a process of the host, with that process's user ID and privileges, and it sees the host's files and network unless the operating system confines it. Smith and Nair's book ([Virtual Machines, 2005](https://www.oreilly.com/library/view/virtual-machines/9781558609105/)) treats process VMs in chapter 3 and high-level-language VMs in chapters 5 and 6.`,
    'zh-cn': `[Smith 和 Nair（2005）](https://doi.org/10.1109/MC.2005.173)把进程虚拟机的虚拟化软件称为*运行时*（runtime）。它位于 ABI 这一层，运行在宿主机操作系统之上；随客户进程一起创建，也随它一起结束。他们举的例子跨度很大：

- **多道程序运行**本身：普通操作系统让每个进程都以为自己独占一台机器。
- **模拟器和动态二进制翻译器**：让为一种 ISA 编译的程序在另一种 ISA 的处理器上运行。
- **同 ISA 动态优化器**：在程序运行时改写它的代码，让它跑得更快。
- **高级语言虚拟机**，例如 Java 虚拟机和微软的公共语言基础结构（CLI），它们的指令集是为可移植性设计的，并不针对哪一种处理器。

进程虚拟机本身几乎不提供隔离。它的客户程序就是宿主机上的一个进程，带着这个进程的用户 ID 和权限；除非操作系统另加限制，它看得到宿主机的文件和网络。Smith 和 Nair 的专著（[Virtual Machines，2005](https://www.oreilly.com/library/view/virtual-machines/9781558609105/)）第 3 章讲进程虚拟机，第 5、6 章讲高级语言虚拟机。`,
  },
  related: ['jvm', 'virtual-machine', 'system-virtual-machine', 'binary-translation'],
  sources: [
    { title: 'Smith and Nair, "The Architecture of Virtual Machines", IEEE Computer 38(5), 2005', url: 'https://doi.org/10.1109/MC.2005.173' },
    {
      title: 'Smith and Nair, Virtual Machines: Versatile Platforms for Systems and Processes (Morgan Kaufmann, 2005)',
      url: 'https://www.oreilly.com/library/view/virtual-machines/9781558609105/',
    },
  ],
} satisfies TermInput;
