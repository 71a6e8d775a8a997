/**
 * The tools that have an embed view (/embed/<tool>/), the handbook page each belongs to, and
 * the query parameters that carry its state: the same on the tool's page and in the embed.
 */
import type { PageId } from '../../data/sections.ts';

export interface Embed {
  /** The last segment of /embed/<tool>/. */
  tool: string;
  /** The tool's page in the handbook, for "open in the handbook". */
  page: PageId;
  /** Query parameters the tool reads and writes, with what each holds. */
  params: readonly string[];
}

export const EMBEDS = [
  { tool: 'clone-flags', page: 'tool-clone-flags', params: ['flags', 'mask', 'syscall', 'signal'] },
  { tool: 'cgroup-limits', page: 'tool-cgroup-limits', params: ['args', 'formula'] },
  { tool: 'docker-run', page: 'tool-docker-run', params: ['cmd'] },
] as const satisfies readonly Embed[];

export type EmbedTool = (typeof EMBEDS)[number]['tool'];

/** The message an embed posts to the page that frames it whenever its height changes. */
export const HEIGHT_MESSAGE = 'handbook:embed-height';

/** Whether a route id (`embed/clone-flags`, `zh-cn/embed/docker-run`) is an embed view. */
export const isEmbedRoute = (id: string): boolean => /^(zh-cn\/)?embed\//.test(id);
