import type { APIRoute } from 'astro';
import { withBase } from '../lib/base-path.ts';
import { historyEvents } from '../data/index.ts';
import { historyExport } from '../lib/history.ts';

/** The container-engine history in English: the events of /engines/history/, oldest first. */
export const GET: APIRoute = () => Response.json(historyExport(historyEvents, 'en').map((e) => ({ ...e, url: withBase(e.url, import.meta.env.BASE_URL) })));
