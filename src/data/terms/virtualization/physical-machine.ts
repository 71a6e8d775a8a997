/** The physical machine (bare metal) as virtualization writing uses the word; Popek and Goldberg 1974, Smith and Nair 2005. */
import type { TermInput } from '../../schema/term.ts';

export default {
  id: 'physical-machine',
  category: 'concept',
  page: 'virtualization',
  name: { en: 'Physical machine', 'zh-cn': '物理机' },
  aliases: {
    en: ['bare metal', 'bare-metal server', 'real machine', 'physical server', 'physical host'],
    'zh-cn': ['物理服务器', '实体机', '裸金属', '裸机', 'bare metal'],
  },
  summary: {
    en: 'A computer made of real hardware (processors, memory, disks, network cards), as opposed to a virtual machine that software builds on top of one.',
    'zh-cn': '由真实硬件（处理器、内存、磁盘、网卡）构成的计算机，与软件在它之上构造出来的虚拟机相对。',
  },
  description: {
    en: `In the literature on virtualization the physical machine is the *real machine* that a virtual machine imitates: [Popek and Goldberg (1974)](https://doi.org/10.1145/361011.361073) describe a virtual machine as an efficient, isolated duplicate of it. However many layers are stacked up, every guest, every container and every JVM finally executes on some physical machine's processors and memory.

Software that runs directly on the hardware, with no virtualization layer underneath, is said to run on **bare metal**; a Type 1 hypervisor is described the same way because it, too, has nothing below it but the machine.

A physical machine is rarely used by a single program. An ordinary operating system already divides it among many processes and gives each its own address space, and [Smith and Nair (2005)](https://doi.org/10.1109/MC.2005.173) count that multiprogramming as a process virtual machine in its own right. When a physical machine carries virtual machines or containers, it is called their host.`,
    'zh-cn': `在讲虚拟化的文献里，物理机就是虚拟机所模仿的那台“真实机器”：[Popek 和 Goldberg（1974）](https://doi.org/10.1145/361011.361073)把虚拟机描述为真实机器的一个高效、隔离的副本。无论上面叠了多少层，所有客户机、容器和 JVM 最终都是在某台物理机的处理器和内存上执行的。

软件直接跑在硬件上、下面没有任何虚拟化层，就叫运行在**裸金属**（bare metal）上；Type 1 虚拟机监控程序也这样称呼，因为它下面除了机器本身之外也什么都没有。

物理机很少只给一个程序用。普通的操作系统本来就把它分给许多进程，并给每个进程一个独立的地址空间；[Smith 和 Nair（2005）](https://doi.org/10.1109/MC.2005.173)把这种多道程序运行本身也算作一种进程虚拟机。当一台物理机上运行着虚拟机或容器时，它就被称为这些虚拟机或容器的宿主机。`,
  },
  related: ['host', 'virtual-machine', 'type-1-hypervisor'],
  sources: [
    {
      title: 'Popek and Goldberg, "Formal Requirements for Virtualizable Third Generation Architectures", CACM 17(7), 1974',
      url: 'https://doi.org/10.1145/361011.361073',
    },
    { title: 'Smith and Nair, "The Architecture of Virtual Machines", IEEE Computer 38(5), 2005', url: 'https://doi.org/10.1109/MC.2005.173' },
  ],
} satisfies TermInput;
