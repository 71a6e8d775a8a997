import type { APIRoute } from 'astro';
import { llmsText } from './_llms.ts';

/** The handbook in the llms.txt format, in English. */
export const GET: APIRoute = async ({ site }) =>
  new Response(await llmsText('en', site, false), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
