// @ts-check
import { defineConfig } from 'astro/config';
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import { rehypeTwinHeadingIds } from './src/integrations/twin-heading-ids.ts';
import starlight from '@astrojs/starlight';
import sitemap from '@astrojs/sitemap';
import starlightLinksValidator from 'starlight-links-validator';
import starlightTypeDoc from 'starlight-typedoc';
import { diagrams } from './src/integrations/diagrams/index.ts';
import { SECTIONS } from './src/data/sections.ts';
import { normalizeBase } from './src/lib/base-path.ts';

// Where the site is published: SITE_URL is the origin (https://handbook.example.org), set by
// the deployment. Without it the build prints no absolute URL anywhere: no canonical link,
// og:url or sitemap pointing at a machine that is not the site.
const site = process.env.SITE_URL || undefined;
// Where under that origin: BASE_PATH (`/handbook/`) when the site is not at the root. Pages and
// data write site paths from the root; src/middleware.ts and the exports add the base
// (src/lib/base-path.ts). OUT_DIR lets the base-path test build beside the main build.
const base = normalizeBase(process.env.BASE_PATH);
const outDir = process.env.OUT_DIR || undefined;

// The modules of src/lib whose API reference TypeDoc writes (one page each, /api/<module>/).
const API_ENTRY_POINTS = [
  './src/lib/clone-flags/index.ts',
  './src/lib/cgroup-limits/index.ts',
  './src/lib/docker-run/index.ts',
  './src/lib/glossary.ts',
  './src/lib/glossary-entries.ts',
  './src/lib/previews.ts',
  './src/lib/embed.ts',
  './src/lib/bits.ts',
  './src/lib/inline-markdown.ts',
  './src/lib/html.ts',
  './src/lib/messages.ts',
  './src/lib/history.ts',
  './src/lib/llms.ts',
  './src/lib/labs/index.ts',
  './src/lib/zh-style.ts',
  './src/lib/base-path.ts',
];
/** /api/<module>/ of an entry point: './src/lib/clone-flags/index.ts' → 'api/clone-flags'. */
const apiSlug = (/** @type {string} */ entry) => `api/${entry.replace(/^\.\/src\/lib\//, '').replace(/(\/index)?\.ts$/, '')}`;

export default defineConfig({
  ...(site ? { site } : {}),
  base,
  ...(outDir ? { outDir } : {}),
  trailingSlash: 'always',
  markdown: {
    // Give headings their ids before other rehype plugins run, so that the links validator
    // sees the anchors of MDX pages too (MDX would otherwise add them last); then give Chinese
    // headings the ids of their English twins, so an anchor works in both languages.
    rehypePlugins: [rehypeHeadingIds, rehypeTwinHeadingIds],
  },
  integrations: [
    diagrams(),
    // Starlight's own sitemap set-up, plus one rule: embed views (noindex) stay out of it.
    sitemap({
      i18n: { defaultLocale: 'root', locales: { root: 'en', 'zh-cn': 'zh-CN' } },
      filter: (page) => !/\/(zh-cn\/)?embed\//.test(new URL(page).pathname),
    }),
    starlight({
      title: { en: 'Virtualization & Containers Handbook', 'zh-CN': '虚拟化与容器手册' },
      description:
        'A bilingual reference on virtualization and Linux containers: namespaces, clone flags, cgroups and container engines.',
      defaultLocale: 'root',
      locales: {
        root: { label: 'English', lang: 'en' },
        'zh-cn': { label: '简体中文', lang: 'zh-CN' },
      },
      // Wrapped code never scrolls sideways: a scrolling region must be focusable, and generated
      // API pages have many long signatures.
      expressiveCode: { defaultProps: { wrap: true } },
      customCss: ['./src/styles/diagrams.css', './src/styles/glossary.css', './src/styles/tools.css'],
      components: {
        Search: './src/components/Search.astro',
        PageFrame: './src/components/PageFrame.astro',
      },
      routeMiddleware: './src/routeData.ts',
      // Sections and their pages come from the registry, so a new section needs no edit here.
      sidebar: [
        { label: 'Home', translations: { 'zh-CN': '首页' }, link: '/' },
        ...SECTIONS.map((section) => ({
          label: section.label.en,
          translations: { 'zh-CN': section.label['zh-cn'] },
          items: section.pages.map((page) => ({ slug: page.slug })),
        })),
        // Built here rather than with starlight-typedoc's group, which drops the translation and,
        // with one page per module, lists each module as an empty sub-group.
        {
          label: 'API reference',
          translations: { 'zh-CN': 'API 参考' },
          collapsed: true,
          items: [{ slug: 'api/readme', label: 'Overview', translations: { 'zh-CN': '概览' } }, ...API_ENTRY_POINTS.map(apiSlug).sort().map((slug) => ({ slug }))],
        },
      ],
      plugins: [
        // TypeDoc writes the API reference (English only) into src/content/docs/api, which is
        // a link to docs/api: generated, git-ignored, and loaded with the other pages.
        starlightTypeDoc({
          entryPoints: API_ENTRY_POINTS,
          tsconfig: './src/lib/tsconfig.json',
          output: 'api',
          // One page per module: readers get each module's API in one place.
          typeDoc: { excludePrivate: true, excludeInternal: true, disableSources: true, outputFileStrategy: 'modules' },
        }),
        // The validator locates pages under src/content/docs by path; generated API pages are
        // reached through the link and so have ids it cannot match: their links are TypeDoc's own.
        // Embed views (src/pages/embed) are pages of their own, outside the docs collection.
        // Links are written from the root and rebased on output, so they are checked in the root
        // build; a base-path build is checked by tests/base on what it outputs.
        ...(base === '/'
          ? [
              starlightLinksValidator({
                errorOnLocalLinks: false,
                exclude: ['/api/**', '/zh-cn/api/**', '/embed/**', '/zh-cn/embed/**'],
              }),
            ]
          : []),
      ],
    }),
  ],
});
