import type { APIRoute } from 'astro';
import { terms } from '../../data/index.ts';
import { glossaryExport } from '../../lib/glossary.ts';

/** Every term of the site in Simplified Chinese; ids and anchors are the same as in English. */
export const GET: APIRoute = () => Response.json(glossaryExport(terms, 'zh-cn'));
