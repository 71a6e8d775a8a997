import type { APIRoute } from 'astro';
import { glossaryJsonSchema } from '../data/schema/glossary-export.ts';

/** The JSON Schema of /glossary.json and /zh-cn/glossary.json, derived from the export's zod schema. */
export const GET: APIRoute = () => Response.json(glossaryJsonSchema());
