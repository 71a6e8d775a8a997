/** The Java Virtual Machine as its specification (JVMS, Java SE 25, chapter 1) defines it; Security Manager status from JEP 486. */
import type { TermInput } from '../../schema/term.ts';

export default {
  id: 'jvm',
  category: 'concept',
  page: 'virt-layers',
  name: { en: 'Java Virtual Machine (JVM)', 'zh-cn': 'Java 虚拟机（JVM）' },
  aliases: {
    en: ['JVM', 'Java VM', 'Java virtual machine', 'JVMS'],
    'zh-cn': ['JVM', 'Java 虚拟机', 'Java VM', 'JVM 规范', 'JVMS'],
  },
  summary: {
    en: 'The abstract computing machine of the Java platform: an instruction set (bytecode) and run-time memory areas, defined by a specification and implemented for many operating systems and processors.',
    'zh-cn': 'Java 平台的抽象计算机：一套指令集（字节码）加上运行时内存区域，由规范定义，并在多种操作系统和处理器上分别实现。',
  },
  description: {
    en: `The [JVM specification](https://docs.oracle.com/javase/specs/jvms/se25/html/jvms-1.html) defines it as an abstract machine: like a real computer it has an instruction set and manipulates memory areas at run time, and it is the part of the Java platform that makes compiled programs independent of hardware and operating system. It knows nothing of the Java language, only of the \`class\` file format (bytecode plus a symbol table and other information), so any language that can be compiled to valid class files can run on it.

The specification fixes behaviour, not implementation. A JVM may interpret bytecode, compile it to the host's machine code, or be built in microcode or silicon; the first prototype emulated the instruction set in software on a handheld device. The specification assumes no particular implementation technology, host hardware or host operating system. A Java program reaches the real operating system only through the Java class libraries that come with its JVM, so the JVM and its libraries are where the portable platform meets the real system.

In [Smith and Nair's](https://doi.org/10.1109/MC.2005.173) taxonomy the JVM is the standard example of a high-level-language process VM. The JVM's own sandbox, the Security Manager, no longer exists in practice: since JDK 24 it is permanently disabled ([JEP 486](https://openjdk.org/jeps/486)). Isolating untrusted Java code is now a job for the operating system, containers or virtual machines.`,
    'zh-cn': `[JVM 规范](https://docs.oracle.com/javase/specs/jvms/se25/html/jvms-1.html)把它定义为一台抽象机器：和真实计算机一样，它有一套指令集，运行时操作若干内存区域；Java 平台之所以能让编译好的程序不依赖具体硬件和操作系统，靠的就是它。JVM 对 Java 语言一无所知，只认 \`class\` 文件格式（字节码加上符号表等信息），所以任何能编译成合法 class 文件的语言都能在它上面运行。

规范只规定行为，不规定实现。JVM 可以解释执行字节码，也可以把字节码编译成宿主机的机器码，甚至可以用微码或直接用硬件实现；第一个原型就是在一台手持设备上用软件模拟这套指令集的。规范也不预设任何特定的实现技术、宿主机硬件或宿主机操作系统。Java 程序只能通过随 JVM 提供的 Java 类库接触真实的操作系统，所以 JVM 及其类库正是可移植平台与真实系统相接的地方。

在 [Smith 和 Nair](https://doi.org/10.1109/MC.2005.173) 的分类中，JVM 是高级语言进程虚拟机的典型例子。JVM 自带的沙箱，即安全管理器（Security Manager），实际上已经不复存在：自 JDK 24 起它被永久禁用（[JEP 486](https://openjdk.org/jeps/486)）。如今要隔离不可信的 Java 代码，得靠操作系统、容器或虚拟机。`,
  },
  related: ['process-virtual-machine', 'container', 'instruction-set-architecture'],
  sources: [
    { title: 'The Java Virtual Machine Specification, Java SE 25 Edition, chapter 1', url: 'https://docs.oracle.com/javase/specs/jvms/se25/html/jvms-1.html' },
    { title: 'JEP 486: Permanently Disable the Security Manager', url: 'https://openjdk.org/jeps/486' },
    {
      title: 'The Security Manager Is Permanently Disabled (Java SE 24 security guide)',
      url: 'https://docs.oracle.com/en/java/javase/24/security/security-manager-is-permanently-disabled.html',
    },
    { title: 'Smith and Nair, "The Architecture of Virtual Machines", IEEE Computer 38(5), 2005', url: 'https://doi.org/10.1109/MC.2005.173' },
  ],
} satisfies TermInput;
