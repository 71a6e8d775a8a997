/**
 * The handbook's sections and pages, declared once. The page ids that terms name as their home,
 * both sidebars, the home page's cards and the public-URL test all follow from this list, so
 * adding a section is: an entry here, its pages in both languages, its data folder and diagrams.
 *
 * A page's `id` is stable (terms refer to it); its `slug` is its English path without slashes,
 * and the Chinese page is the same path under /zh-cn/. Moving a page changes the slug only,
 * plus a redirect in astro.config.mjs for the old URL.
 */
import type { LocalizedText } from './schema/common.ts';

/** One page of the handbook. */
export interface PageEntry {
  readonly id: string;
  readonly slug: string;
}

/** A group of the sidebar, optionally with a card on the home page. */
export interface SectionEntry {
  readonly id: string;
  readonly label: LocalizedText;
  readonly pages: readonly PageEntry[];
  /** The home page card: a Starlight icon name and one paragraph of inline Markdown per language. */
  readonly card?: { readonly icon: string; readonly title: LocalizedText; readonly text: LocalizedText };
}

export const SECTIONS = [
  {
    id: 'virtualization',
    label: { en: 'Virtualization', 'zh-cn': '虚拟化' },
    pages: [
      { id: 'virtualization', slug: 'virtualization' },
      { id: 'virt-layers', slug: 'virtualization/layers' },
      { id: 'virt-hypervisors', slug: 'virtualization/hypervisors' },
      { id: 'virt-techniques', slug: 'virtualization/techniques' },
      { id: 'virt-sandboxes', slug: 'virtualization/sandboxes' },
    ],
    card: {
      icon: 'laptop',
      title: { en: 'Virtualization', 'zh-cn': '虚拟化' },
      text: {
        en: 'Physical machines and virtual ones; why virtualize; the hardware, operating-system and library layers and the kind of virtualization that works at each; Type 1 and Type 2 hypervisors and how a CPU is virtualized. [Read the virtualization section](/virtualization/).',
        'zh-cn': '物理机与虚拟机；为什么要虚拟化；硬件层、操作系统层、程序库层，以及在每一层上实现的虚拟化类别；Type 1 与 Type 2 虚拟机监控程序（hypervisor），以及 CPU 是怎样被虚拟化的。[阅读虚拟化一节](/zh-cn/virtualization/)。',
      },
    },
  },
  {
    id: 'namespaces',
    label: { en: 'Namespaces', 'zh-cn': '命名空间' },
    pages: [
      { id: 'namespaces', slug: 'namespaces' },
      { id: 'clone-flags', slug: 'namespaces/clone-flags' },
      { id: 'ns-mount', slug: 'namespaces/mount' },
      { id: 'ns-uts', slug: 'namespaces/uts' },
      { id: 'ns-ipc', slug: 'namespaces/ipc' },
      { id: 'ns-pid', slug: 'namespaces/pid' },
      { id: 'ns-network', slug: 'namespaces/network' },
      { id: 'ns-user', slug: 'namespaces/user' },
      { id: 'ns-cgroup', slug: 'namespaces/cgroup' },
      { id: 'ns-time', slug: 'namespaces/time' },
    ],
    card: {
      icon: 'puzzle',
      title: { en: 'Namespaces', 'zh-cn': '命名空间（Namespaces）' },
      text: {
        en: 'The eight Linux namespaces, what each one isolates, and every `CLONE_*` flag with its value, its `/proc/[pid]/ns` file and its `unshare`, `nsenter`, Docker and OCI equivalents. [Read the namespaces section](/namespaces/).',
        'zh-cn': 'Linux 的八种命名空间各自隔离什么；每个 `CLONE_*` 标志的取值、对应的 `/proc/[pid]/ns` 文件，以及 `unshare`、`nsenter`、Docker 与 OCI 中的等价写法。[阅读命名空间一节](/zh-cn/namespaces/)。',
      },
    },
  },
  {
    id: 'cgroups',
    label: { en: 'cgroups', 'zh-cn': 'cgroups' },
    pages: [
      { id: 'cgroups', slug: 'cgroups' },
      { id: 'cgroup-controllers', slug: 'cgroups/controllers' },
      { id: 'cgroup-docker', slug: 'cgroups/docker' },
    ],
    card: {
      icon: 'setting',
      title: { en: 'cgroups', 'zh-cn': 'cgroups' },
      text: {
        en: 'Control groups v1 and v2: every controller, its interface files (`memory.max`, `cpu.max`, …) and how `docker run` resource flags become values in them. [Read the cgroups section](/cgroups/).',
        'zh-cn': 'cgroup（控制组）v1 与 v2：每个控制器、它的接口文件（`memory.max`、`cpu.max` 等），以及 `docker run` 的资源参数如何变成这些文件里的值。[阅读 cgroups 一节](/zh-cn/cgroups/)。',
      },
    },
  },
  {
    id: 'engines',
    label: { en: 'Container engines', 'zh-cn': '容器引擎' },
    pages: [
      { id: 'engines', slug: 'engines' },
      { id: 'engines-lxc', slug: 'engines/lxc' },
      { id: 'engines-docker', slug: 'engines/docker' },
      { id: 'engines-history', slug: 'engines/history' },
      { id: 'engines-docker-vs-vm', slug: 'engines/docker-vs-vm' },
      { id: 'engines-docker-vs-jvm', slug: 'engines/docker-vs-jvm' },
    ],
    card: {
      icon: 'rocket',
      title: { en: 'Container engines', 'zh-cn': '容器引擎' },
      text: {
        en: 'From LXC to Docker, libcontainer, runC and containerd: who built what, when, and why — with dates from the projects\' own announcements; Docker against virtual machines and against the JVM. [Read the engines section](/engines/).',
        'zh-cn': '从 LXC 到 Docker、libcontainer、runC 和 containerd：谁在何时做了什么、为什么这样做，日期均取自各项目自己的公告；以及 Docker 与虚拟机、与 JVM 的对比。[阅读容器引擎一节](/zh-cn/engines/)。',
      },
    },
  },
  {
    id: 'labs',
    label: { en: 'Labs', 'zh-cn': '动手实验' },
    pages: [
      { id: 'labs', slug: 'labs' },
      { id: 'lab-namespaces', slug: 'labs/namespaces' },
      { id: 'lab-cgroups', slug: 'labs/cgroups' },
      { id: 'lab-lxc', slug: 'labs/lxc' },
      { id: 'lab-scratch', slug: 'labs/scratch' },
    ],
    card: {
      icon: 'pencil',
      title: { en: 'Hands-on labs', 'zh-cn': '动手实验' },
      text: {
        en: 'Isolate a shell with namespaces, limit it with cgroups, run an LXC container and build a container from scratch. Every command and its output on these pages is run by the test suite. [Start the labs](/labs/).',
        'zh-cn': '用命名空间隔离一个 shell，用 cgroup 限制它，运行一个 LXC 容器，再从零搭建一个容器。这些页面上的每条命令及其输出都由测试套件实际运行。[开始动手实验](/zh-cn/labs/)。',
      },
    },
  },
  {
    id: 'tools',
    label: { en: 'Tools', 'zh-cn': '工具' },
    pages: [
      { id: 'tool-clone-flags', slug: 'tools/clone-flags' },
      { id: 'tool-cgroup-limits', slug: 'tools/cgroup-limits' },
      { id: 'tool-docker-run', slug: 'tools/docker-run' },
    ],
    card: {
      icon: 'seti:config',
      title: { en: 'Tools', 'zh-cn': '工具' },
      text: {
        en: 'Interactive widgets: a [clone-flag calculator](/tools/clone-flags/) that turns flag names into bitmasks and back, a [cgroup limits calculator](/tools/cgroup-limits/), and a [docker run explainer](/tools/docker-run/) that shows what a pasted command asks of the kernel.',
        'zh-cn': '交互式小工具：[clone 标志计算器](/zh-cn/tools/clone-flags/)把标志名转换成位掩码，也能反向解析；[cgroup 限制计算器](/zh-cn/tools/cgroup-limits/)展示资源参数写入的文件；[docker run 解读器](/zh-cn/tools/docker-run/)说明粘贴进来的一条命令向内核提出了哪些请求。',
      },
    },
  },
  {
    id: 'reference',
    label: { en: 'Reference', 'zh-cn': '参考' },
    pages: [
      { id: 'glossary', slug: 'glossary' },
      { id: 'link-to-this-handbook', slug: 'link-to-this-handbook' },
    ],
    card: {
      icon: 'open-book',
      title: { en: 'Glossary', 'zh-cn': '术语表' },
      text: {
        en: 'Every term of the site A–Z with a permanent link, also published as `/glossary.json` for course authors. [Open the glossary](/glossary/).',
        'zh-cn': '全站术语按字母排序，每个术语都有固定链接，并以 `/zh-cn/glossary.json` 的形式提供给课程作者。[打开术语表](/zh-cn/glossary/)。',
      },
    },
  },
] as const satisfies readonly SectionEntry[];

/** A page id, as terms name their home page. */
export type PageId = (typeof SECTIONS)[number]['pages'][number]['id'];

/** Every page, in sidebar order. */
export const ALL_PAGES: readonly PageEntry[] = SECTIONS.flatMap((s): readonly PageEntry[] => s.pages);

/** Every page id, for the schema's enum. */
export const PAGE_IDS = ALL_PAGES.map((p) => p.id) as [PageId, ...PageId[]];

/** The English path of every page by id: '/namespaces/clone-flags/'. */
export const PAGES = Object.fromEntries(ALL_PAGES.map((p) => [p.id, `/${p.slug}/`])) as Record<PageId, string>;
