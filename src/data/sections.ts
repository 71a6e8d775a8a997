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
    id: 'tools',
    label: { en: 'Tools', 'zh-cn': '工具' },
    pages: [
      { id: 'tool-clone-flags', slug: 'tools/clone-flags' },
      { id: 'tool-cgroup-limits', slug: 'tools/cgroup-limits' },
    ],
    card: {
      icon: 'seti:config',
      title: { en: 'Tools', 'zh-cn': '工具' },
      text: {
        en: 'Interactive widgets: a [clone-flag calculator](/tools/clone-flags/) that turns flag names into bitmasks and back, and a [cgroup limits calculator](/tools/cgroup-limits/).',
        'zh-cn': '交互式小工具：[clone 标志计算器](/zh-cn/tools/clone-flags/)把标志名转换成位掩码，也能反向解析；[cgroup 限制计算器](/zh-cn/tools/cgroup-limits/)展示资源参数写入的文件。',
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
