import type { APIRoute } from 'astro';
import { entries } from '../data/index.ts';
import { glossaryExport } from '../lib/glossary.ts';

/** Every glossary entry (terms, interface files, Docker flags) in English, for courses and tools that link to the handbook. */
export const GET: APIRoute = () => Response.json(glossaryExport(entries, 'en'));
