/**
 * Pure helpers over glossary terms: permalinks, look-ups, ordering and the JSON export.
 * @module
 */
import { PAGES, type PageId } from '../data/sections.ts';
import { LANG_PREFIX, type Lang } from '../i18n/lang.ts';
import type { Term, TermCategory } from '../data/schema/term.ts';

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

/** The key a term sorts by in an A–Z list: its English name without leading punctuation. */
function sortKey(term: Pick<Term, 'name'>): string {
  return term.name.en.replace(/^[^\p{L}\p{N}]+/u, '').toLowerCase();
}

/**
 * Terms in A–Z order of their English names (identifiers read the same in both languages).
 *
 * @example
 * sortTerms([{ name: { en: 'unshare' } }, { name: { en: '/proc/[pid]/ns' } }]).map((t) => t.name.en)
 * // => ['/proc/[pid]/ns', 'unshare']
 */
export function sortTerms<T extends Pick<Term, 'name'>>(terms: readonly T[]): T[] {
  return [...terms].sort((a, b) => sortKey(a).localeCompare(sortKey(b), 'en'));
}

/** The first letter a term is filed under in an A–Z index ('#' for digits). */
export function indexLetter(term: Pick<Term, 'name'>): string {
  const first = sortKey(term).charAt(0).toUpperCase();
  return /[A-Z]/.test(first) ? first : '#';
}

/** One entry of /glossary.json. */
export interface GlossaryExportEntry {
  id: string;
  name: string;
  category: TermCategory;
  /** Site-absolute path with the anchor. */
  url: string;
  summary: string;
  aliases: string[];
  /** For clone flags: the value as the kernel header writes it. */
  value?: string;
}

/**
 * The public export of the glossary in one language.
 *
 * @example
 * glossaryExport(terms, 'en').find((e) => e.id === 'clone-newpid')
 * // => { id: 'clone-newpid', name: 'CLONE_NEWPID', category: 'clone-flag',
 * //      url: '/namespaces/clone-flags/#clone-newpid', summary: '…', aliases: [...], value: '0x20000000' }
 */
export function glossaryExport(terms: readonly Term[], lang: Lang): GlossaryExportEntry[] {
  return sortTerms(terms).map((term) => ({
    id: term.id,
    name: term.name[lang],
    category: term.category,
    url: termUrl(term, lang),
    summary: term.summary[lang],
    aliases: term.aliases[lang],
    ...(term.category === 'clone-flag' ? { value: term.value } : {}),
  }));
}
