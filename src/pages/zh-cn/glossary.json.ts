import type { APIRoute } from 'astro';
import { withBase } from '../../lib/base-path.ts';
import { entries } from '../../data/index.ts';
import { glossaryExport } from '../../lib/glossary.ts';

/** Every glossary entry (terms, interface files, Docker flags) in Simplified Chinese; ids and anchors are the same as in English. */
export const GET: APIRoute = () => Response.json(glossaryExport(entries, 'zh-cn').map((e) => ({ ...e, url: withBase(e.url, import.meta.env.BASE_URL) })));
