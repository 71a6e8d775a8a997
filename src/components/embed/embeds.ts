/**
 * The tools that have an embed view (/embed/<tool>/) and the handbook page each belongs to. A
 * tool keeps its state in the same query parameters on its page and in the embed (documented on
 * the link page).
 */
import type { PageId } from '../../data/sections.ts';

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

