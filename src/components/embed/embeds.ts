/**
 * The tools that have an embed view (/embed/<tool>/) and the handbook page each belongs to. A
 * tool keeps its state in the same query parameters on its page and in the embed (documented on
 * the link page).
 */
import { getEntry } from 'astro:content';
import { PAGES, type PageId } from '../../data/sections.ts';
import { LANG_PREFIX, type Lang } from '../../i18n/lang.ts';

export interface Embed {
  /** The last segment of /embed/<tool>/. */
  tool: string;
  /** The tool's page in the handbook, for "open in the handbook". */
  page: PageId;
}

export const EMBEDS = [
  { tool: 'clone-flags', page: 'tool-clone-flags' },
  { tool: 'cgroup-limits', page: 'tool-cgroup-limits' },
  { tool: 'docker-run', page: 'tool-docker-run' },
] as const satisfies readonly Embed[];

export type EmbedTool = (typeof EMBEDS)[number]['tool'];

/** The message an embed posts to the page that frames it whenever its height changes. */
export const HEIGHT_MESSAGE = 'handbook:embed-height';

/** Whether a route id or site path (`embed/clone-flags`, `/zh-cn/embed/docker-run/`) is an embed view. */
export const isEmbedRoute = (id: string): boolean => /^\/?(zh-cn\/)?embed\//.test(id);

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
