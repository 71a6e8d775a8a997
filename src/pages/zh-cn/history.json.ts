import type { APIRoute } from 'astro';
import { withBase } from '../../lib/base-path.ts';
import { historyEvents } from '../../data/index.ts';
import { historyExport } from '../../lib/history.ts';

/** The container-engine history in Simplified Chinese; ids, dates and anchors as in English. */
export const GET: APIRoute = () => Response.json(historyExport(historyEvents, 'zh-cn').map((e) => ({ ...e, url: withBase(e.url, import.meta.env.BASE_URL) })));
