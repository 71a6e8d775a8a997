import type { APIRoute } from 'astro';
import { historyEvents } from '../data/index.ts';
import { historyExport } from '../lib/history.ts';

/** The container-engine history in English: the events of /engines/history/, oldest first. */
export const GET: APIRoute = () => Response.json(historyExport(historyEvents, 'en'));
