/**
 * Pure helpers over glossary terms: permalinks, look-ups, ordering and the JSON export.
 * @module
 */
import { PAGES, type PageId } from '../data/sections.ts';
import { LANG_PREFIX, type Lang } from '../i18n/lang.ts';
import { plainText } from './inline-markdown.ts';
import { GLOSSARY_FORMAT_VERSION, type GlossaryExportEntry } from '../data/schema/glossary-export.ts';
import type { GlossaryEntry } from './glossary-entries.ts';

export type { GlossaryExportEntry };
import type { Term } from '../data/schema/term.ts';

/**
 * The canonical, site-absolute URL of a term: its home page plus `#id`, in one language.
 *
 * @example
 * termUrl({ id: 'clone-newpid', page: 'clone-flags' }, 'zh-cn')
 * // => '/zh-cn/namespaces/clone-flags/#clone-newpid'
 */
export function termUrl(term: Pick<Term, 'id' | 'page'>, lang: Lang): string {
  return `${LANG_PREFIX[lang]}${PAGES[term.page]}#${term.id}`;
}

/**
 * Finds a term by id, or throws: an unknown id in a page or component fails the build.
 *
 * @example
 * findTerm(terms, 'pid-namespace').name.en // => 'PID namespace'
 * findTerm(terms, 'pid-namspace') // throws Error: Unknown glossary term "pid-namspace"
 */
export function findTerm<T extends Pick<Term, 'id'>>(terms: readonly T[], id: string): T {
  const term = terms.find((t) => t.id === id);
  if (!term) throw new Error(`Unknown glossary term "${id}": add it to src/data/terms/ or fix the id.`);
  return term;
}

/**
 * Checks that a term is rendered on the page its data names as its home, or throws: its
 * permalink would otherwise point at a page that does not show it.
 *
 * @example
 * assertTermHome({ id: 'clone-newpid', page: 'clone-flags' }, '/zh-cn/namespaces/clone-flags/') // passes
 * assertTermHome({ id: 'clone-newpid', page: 'clone-flags' }, '/namespaces/') // throws
 */
export function assertTermHome(term: Pick<Term, 'id' | 'page'>, pathname: string): void {
  const path = pathname.replace(/^\/zh-cn(?=\/)/, '');
  const home = PAGES[term.page as PageId];
  if (path !== home) {
    throw new Error(`Term "${term.id}" is rendered on ${path}, but its data names ${home} (page "${term.page}") as its home.`);
  }
}

/** The name a term sorts by in one language: without leading punctuation ('/proc/…' sorts under P). */
function sortName(term: Pick<Term, 'name'>, lang: Lang): string {
  return term.name[lang].replace(/^[^\p{L}\p{N}]+/u, '');
}

/** Chinese in pinyin order, as ICU's `zh` collation sorts it. */
const PINYIN = new Intl.Collator('zh-CN-u-co-pinyin');

/**
 * The first character, in pinyin order, of each letter of an A–Z index of Chinese names (no
 * syllable starts with I, U or V): a character is filed under the last letter whose boundary it
 * does not sort before. These are the boundaries ICU's alphabetic index uses for Chinese.
 */
const PINYIN_LETTERS: readonly (readonly [letter: string, first: string])[] = [
  ['A', '吖'], ['B', '八'], ['C', '嚓'], ['D', '咑'], ['E', '妸'], ['F', '发'], ['G', '旮'], ['H', '哈'],
  ['J', '丌'], ['K', '咔'], ['L', '垃'], ['M', '呣'], ['N', '拏'], ['O', '噢'], ['P', '妑'], ['Q', '七'],
  ['R', '呥'], ['S', '仨'], ['T', '他'], ['W', '屲'], ['X', '夕'], ['Y', '丫'], ['Z', '帀'],
];

/** The index letter of a Chinese character by its pinyin, '#' if it sorts before every letter. */
function pinyinLetter(han: string): string {
  return PINYIN_LETTERS.reduce((found, [letter, first]) => (PINYIN.compare(han, first) >= 0 ? letter : found), '#');
}

/**
 * The letter a term is filed under in an A–Z index: the first letter of its name (English, or
 * an identifier such as CLONE_NEWNS in either language), the pinyin initial of a Chinese name,
 * or '#' for a name that starts with a digit.
 *
 * @example
 * indexLetter({ name: { en: '/proc/[pid]/ns', 'zh-cn': '/proc/[pid]/ns/ 目录' } }) // => 'P'
 * indexLetter({ name: { en: 'Mount namespace', 'zh-cn': '挂载命名空间' } }, 'zh-cn') // => 'G'
 */
export function indexLetter(term: Pick<Term, 'name'>, lang: Lang = 'en'): string {
  const first = sortName(term, lang).charAt(0);
  if (/\p{Script=Han}/u.test(first)) return pinyinLetter(first);
  const letter = first.toUpperCase();
  return /[A-Z]/.test(letter) ? letter : '#';
}

/** '#' first, then A–Z: the order of the letters of an index. */
function letterRank(letter: string): number {
  return letter === '#' ? 0 : letter.charCodeAt(0);
}

/** Within one letter, names that start with Latin letters first (A–Z), then Chinese ones by pinyin. */
function compareInLetter(a: string, b: string): number {
  const [hanA, hanB] = [/^\p{Script=Han}/u.test(a), /^\p{Script=Han}/u.test(b)];
  if (hanA !== hanB) return hanA ? 1 : -1;
  return hanA ? PINYIN.compare(a, b) : a.toLowerCase().localeCompare(b.toLowerCase(), 'en');
}

/**
 * Terms in A–Z order. In English, by their English names, as before. In Chinese, grouped by
 * {@link indexLetter} of the Chinese name (pinyin for Chinese, the letter itself for identifiers);
 * inside a letter, names in Latin letters come first, then Chinese names in pinyin order
 * (ICU gives the pinyin order of characters but not their spelling, so the two cannot be
 * interleaved).
 *
 * @example
 * sortTerms([{ name: { en: 'unshare' } }, { name: { en: '/proc/[pid]/ns' } }]).map((t) => t.name.en)
 * // => ['/proc/[pid]/ns', 'unshare']
 * const zh = (name: string) => ({ name: { en: '', 'zh-cn': name } });
 * sortTerms([zh('时间命名空间'), zh('挂载命名空间'), zh('cgroup 命名空间')], 'zh-cn').map((t) => t.name['zh-cn'])
 * // => ['cgroup 命名空间', '挂载命名空间', '时间命名空间']  (C, G, S)
 */
export function sortTerms<T extends Pick<Term, 'name'>>(terms: readonly T[], lang: Lang = 'en'): T[] {
  if (lang === 'en') {
    const key = (t: T) => sortName(t, 'en').toLowerCase();
    return [...terms].sort((a, b) => key(a).localeCompare(key(b), 'en'));
  }
  return [...terms].sort(
    (a, b) =>
      letterRank(indexLetter(a, lang)) - letterRank(indexLetter(b, lang)) || compareInLetter(sortName(a, lang), sortName(b, lang)),
  );
}

/**
 * The public export of the glossary in one language, in the order of that language's index:
 * terms, and the interface files and Docker flags of {@link glossaryEntries}.
 *
 * @example
 * glossaryExport(terms, 'en').find((e) => e.id === 'clone-newpid')
 * // => { version: 1, id: 'clone-newpid', name: 'CLONE_NEWPID', category: 'clone-flag',
 * //      url: '/namespaces/clone-flags/#clone-newpid', summary: '…', aliases: [...], value: '0x20000000' }
 */
export function glossaryExport(entries: readonly GlossaryEntry[], lang: Lang): GlossaryExportEntry[] {
  return sortTerms(entries, lang).map((entry) => ({
    version: GLOSSARY_FORMAT_VERSION,
    id: entry.id,
    name: entry.name[lang],
    category: entry.category,
    url: termUrl(entry, lang),
    summary: plainText(entry.summary[lang]),
    summaryMarkdown: entry.summary[lang],
    aliases: entry.aliases[lang],
    ...(entry.category === 'clone-flag' && entry.value ? { value: entry.value } : {}),
    ...(entry.controller ? { controller: entry.controller } : {}),
    ...(entry.cgroupVersion ? { cgroupVersion: entry.cgroupVersion } : {}),
  }));
}
