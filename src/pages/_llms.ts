/** What the llms.txt endpoints of both languages read: the registry's pages and the glossary. */
import { withBase } from '../lib/base-path.ts';
import { getEntry } from 'astro:content';
import { SECTIONS } from '../data/sections.ts';
import { entries } from '../data/index.ts';
import type { Term } from '../data/schema/term.ts';
import { plainText } from '../lib/inline-markdown.ts';
import { LANG_PREFIX, type Lang } from '../i18n/lang.ts';
import { sortTerms, termUrl } from '../lib/glossary.ts';
import { llmsFull, llmsIndex, type LlmsPage } from '../lib/llms.ts';

const TITLE = { en: 'Virtualization & Containers Handbook', 'zh-cn': '虚拟化与容器手册' };
const DATA = {
  en: { section: 'Data', glossary: 'Every glossary term as JSON', history: 'The dated history of container engines as JSON' },
  'zh-cn': { section: '数据', glossary: '全部术语的 JSON 导出', history: '容器引擎发展史的 JSON 导出' },
};

/** A site path under the base path, made absolute when the build knows the site's origin. */
const absolute = (site: URL | undefined, path: string) => {
  const based = withBase(path, import.meta.env.BASE_URL);
  return site ? new URL(based, site).href : based;
};

async function pages(lang: Lang, site: URL | undefined): Promise<LlmsPage[]> {
  const all = SECTIONS.flatMap((s) => s.pages.map((p) => ({ section: s.label[lang], slug: p.slug })));
  return Promise.all(
    all.map(async ({ section, slug }) => {
      const entry = await getEntry('docs', lang === 'en' ? slug : `zh-cn/${slug}`);
      if (!entry) throw new Error(`llms.txt: no page for ${slug} in ${lang}`);
      return { section, title: entry.data.title, description: entry.data.description ?? '', url: absolute(site, `${LANG_PREFIX[lang]}/${slug}/`) };
    }),
  );
}

export async function llmsText(lang: Lang, site: URL | undefined, full: boolean): Promise<string> {
  const home = await getEntry('docs', lang === 'en' ? 'index' : 'zh-cn');
  const d = DATA[lang];
  const data: LlmsPage[] = [
    { section: d.section, title: 'glossary.json', description: d.glossary, url: absolute(site, `${LANG_PREFIX[lang]}/glossary.json`) },
    { section: d.section, title: 'history.json', description: d.history, url: absolute(site, `${LANG_PREFIX[lang]}/history.json`) },
  ];
  const index = llmsIndex(TITLE[lang], home?.data.description ?? '', await pages(lang, site), data);
  if (!full) return index;
  return llmsFull(
    index,
    sortTerms(entries, lang).map((e) => ({
      // A file both cgroup versions have (cpuset.cpus) appears twice: the version tells them apart.
      name: e.cgroupVersion ? `${e.name[lang]} (cgroup v${e.cgroupVersion})` : e.name[lang],
      url: absolute(site, termUrl(e, lang)),
      summary: plainText(e.summary[lang]),
      ...('description' in e ? { description: (e as Term).description[lang] } : {}),
    })),
  );
}
