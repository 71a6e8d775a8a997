import type { APIRoute } from 'astro';
import { historyEvents } from '../../data/index.ts';
import { historyExport } from '../../lib/history.ts';

/** The container-engine history in Simplified Chinese; ids, dates and anchors as in English. */
export const GET: APIRoute = () => Response.json(historyExport(historyEvents, 'zh-cn'));
