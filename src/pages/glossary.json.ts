import type { APIRoute } from 'astro';
import { terms } from '../data/index.ts';
import { glossaryExport } from '../lib/glossary.ts';

/** Every term of the site in English, for courses and tools that link to the handbook. */
export const GET: APIRoute = () => Response.json(glossaryExport(terms, 'en'));
