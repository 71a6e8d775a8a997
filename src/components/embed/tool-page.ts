/** The handbook page of an embedded tool, read from the docs collection (apart from embeds.ts, which tests import). */
import { getEntry } from 'astro:content';
import { PAGES } from '../../data/sections.ts';
import { LANG_PREFIX, type Lang } from '../../i18n/lang.ts';
import { EMBEDS } from './embeds.ts';

/**
 * A tool's embed and its handbook page in one language: the page's site path and its
 * frontmatter. Throws, naming what is missing, for a tool without an embed or a page.
 */
export async function toolPage(tool: string, lang: Lang) {
  const embed = EMBEDS.find((e) => e.tool === tool);
  if (!embed) throw new Error(`No embed view for the tool "${tool}".`);
  const path = `${LANG_PREFIX[lang]}${PAGES[embed.page]}`;
  const entry = await getEntry('docs', path.slice(1, -1));
  if (!entry) throw new Error(`The page ${path} of the tool "${tool}" does not exist.`);
  return { embed, path, data: entry.data };
}
