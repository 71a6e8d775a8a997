/**
 * The Chinese edition's term table (`shared/guides/zh-style.md`, "one concept, one word") as
 * data: for each concept, the word to use and the variants that must not appear in Chinese
 * text. `tests/unit/zh-terms.test.ts` reads it and fails on any variant in the pages, the data,
 * the UI strings, the diagrams and the tools' messages. Aliases are the one exception: they list
 * what readers type into the search box, variants included, so that a search finds the term.
 * @module
 */
import { z } from 'astro/zod';

export const ZhTermSchema = z
  .object({
    /** The concept in English, as the English pages name it. */
    en: z.string().min(1),
    /** The word to use in Chinese running text; two related words are separated by " / ". */
    zh: z.string().min(1),
    /** How the word is glossed the first time a page uses it, where it is glossed at all. */
    firstUse: z.string().min(1).optional(),
    /** Why the variants are wrong, or how to choose, for the author who meets the test's message. */
    note: z.string().min(1).optional(),
    /** Words that must not appear in Chinese text, written exactly (case and spacing matter). */
    avoid: z.array(z.string().min(1)),
    /**
     * Phrases in which an avoided word is still right, each containing it: the one gloss that
     * introduces a term ("cgroup（控制组）") or a quoted mention of the word itself.
     */
    allowIn: z.array(z.string().min(1)).default([]),
  })
  .refine((row) => row.allowIn.every((phrase) => row.avoid.some((word) => phrase.includes(word))), {
    message: 'every allowIn phrase must contain one of the avoided words',
    path: ['allowIn'],
  });
export type ZhTerm = z.output<typeof ZhTermSchema>;

const ROWS: z.input<typeof ZhTermSchema>[] = [
  // Linux: cgroups and namespaces.
  {
    en: 'cgroup / control group',
    zh: 'cgroup',
    firstUse: 'cgroup（控制组）',
    note: 'cgroup is the running noun: 子 cgroup, 父 cgroup, 根 cgroup, 一个 cgroup.',
    avoid: ['控制组', '子组', '父组'],
    allowIn: ['cgroup（控制组）'],
  },
  { en: 'namespace', zh: '命名空间', avoid: ['名字空间', '名称空间'] },
  {
    en: 'mount namespace',
    zh: '挂载命名空间',
    firstUse: '挂载命名空间（mount，mnt）',
    avoid: ['Mount 命名空间', 'mount 命名空间', '挂载（Mount）命名空间', '挂载命名空间（Mount）', 'mnt 命名空间'],
  },
  { en: 'network namespace', zh: '网络命名空间', avoid: ['Network 命名空间', 'network 命名空间', '网络（Network）命名空间', 'net 命名空间'] },
  { en: 'user namespace', zh: '用户命名空间', avoid: ['User 命名空间', 'user 命名空间', '用户（User）命名空间'] },
  { en: 'time namespace', zh: '时间命名空间', avoid: ['Time 命名空间', 'time 命名空间', '时间（Time）命名空间'] },
  { en: 'cgroup namespace', zh: 'cgroup 命名空间', avoid: ['Cgroup 命名空间', '控制组命名空间'] },
  {
    en: 'mount (a mounted filesystem) / mount point',
    zh: '挂载 / 挂载点',
    note: '挂载点 is only the directory a filesystem is mounted on; a mount namespace holds a list of mounts (挂载列表), and each mount has a propagation type.',
    avoid: ['挂载点列表', '挂载点的列表', '每个挂载点都有'],
  },
  { en: 'swap', zh: '交换空间', note: 'swap can be a file, not only a partition', avoid: ['交换分区'] },
  { en: 'descendant', zh: '后代', avoid: ['子孙'] },
  { en: 'throttle', zh: '限流', firstUse: '限流（throttle）', note: 'one word for CPU, memory.high and io', avoid: ['节流'] },
  { en: 'OOM killer', zh: 'OOM killer', avoid: ['OOM 杀手', 'OOM杀手', '内存不足杀手'] },
  {
    en: 'charge / uncharge; accounting',
    zh: '计入 / 撤销计入',
    firstUse: '计入 / 撤销计入（charge/uncharge）',
    note: 'accounting (what cpuacct does) is 统计',
    avoid: ['记账', '销账', '解除记账'],
  },
  { en: 'delegation (of a cgroup subtree)', zh: '委派', avoid: ['委托'] },
  { en: 'capability', zh: '能力', firstUse: '能力（capability）', avoid: ['权能', '特权能力'] },
  { en: 'rootless container', zh: 'rootless 容器', firstUse: 'rootless 容器（以非 root 用户运行的容器）', avoid: ['无根容器', '无根（rootless）'] },
  // Virtualization.
  { en: 'physical machine / virtual machine', zh: '物理机 / 虚拟机', avoid: ['物理主机', '实体机', '虚机'] },
  { en: 'system virtual machine / process virtual machine', zh: '系统虚拟机 / 进程虚拟机', avoid: ['系统级虚拟机', '进程级虚拟机'] },
  { en: 'instruction set architecture (ISA)', zh: '指令集架构', avoid: ['指令集体系结构'] },
  { en: 'microVM', zh: 'microVM', firstUse: '微虚拟机（microVM）', avoid: ['微型虚拟机'] },
  { en: 'host / guest', zh: '宿主机 / 客户机', avoid: ['来宾', '客户虚拟机', '宿主操作系统', '客户操作系统', '宿主内核', '客户内核'] },
  {
    en: 'hypervisor / virtual machine monitor',
    zh: '虚拟机监控程序',
    firstUse: '虚拟机监控程序（hypervisor）',
    note: 'Hypervisor is fine in running text once glossed; VMM may stand for the same thing.',
    avoid: ['虚拟机管理程序', '虚拟机监视器', '超级管理程序', '虚拟化管理程序'],
    allowIn: ['“虚拟机监视器”'],
  },
  { en: 'full virtualization', zh: '全虚拟化', avoid: ['完全虚拟化'] },
  { en: 'paravirtualization', zh: '半虚拟化', avoid: ['准虚拟化', '超虚拟化'] },
  {
    en: 'hardware-assisted virtualization',
    zh: '硬件辅助虚拟化',
    note: 'the CPU extensions themselves (VT-x, AMD-V) are 虚拟化扩展',
    avoid: ['硬件虚拟化'],
  },
  { en: 'binary translation', zh: '二进制翻译', avoid: ['二进制转换'] },
  { en: 'trap-and-emulate', zh: '陷入再模拟', avoid: ['陷入并模拟', '陷入-模拟', '陷阱模拟'] },
  { en: 'operating-system-level virtualization', zh: '操作系统层虚拟化', avoid: ['操作系统级虚拟化'] },
  { en: 'sandbox', zh: '沙箱', avoid: ['沙盒'] },
  // Containers and engines.
  { en: 'image / layer', zh: '镜像 / 镜像层', avoid: ['映像', '映象', '镜像分层'] },
  { en: 'union filesystem / writable layer', zh: '联合文件系统 / 可写层', avoid: ['叠加文件系统', '读写层'] },
  { en: 'registry', zh: '镜像仓库', note: 'a repository (仓库) is one image name inside a registry', avoid: ['镜像注册表', '注册中心'] },
  { en: 'container runtime', zh: '容器运行时', avoid: ['容器运行环境', '容器执行器'] },
  { en: 'low-level / high-level runtime', zh: '低层运行时 / 高层运行时', avoid: ['底层运行时', '高级运行时', '低级运行时'] },
  { en: 'container engine', zh: '容器引擎', avoid: ['容器发动机'] },
  { en: 'Open Container Initiative', zh: '开放容器倡议（OCI）', avoid: ['开放容器计划'] },
];

/** The term table, validated once. */
export const ZH_TERMS: readonly ZhTerm[] = z.array(ZhTermSchema).parse(ROWS);
