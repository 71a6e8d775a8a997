/**
 * Link previews need no request: each rendered page gets the previews of the glossary entries
 * it links to, as inline JSON before `</body>`. This runs when pages are prerendered (and in
 * `astro dev`), after the HTML exists, so it sees every link — from Markdown, from components
 * and from data — without each of them knowing about previews. The card itself is
 * src/components/previews/term-preview.ts.
 */
import { defineMiddleware } from 'astro:middleware';
import { entries } from './data/index.ts';
import { allPreviews, linkedPreviews, previewScript, type PreviewMap } from './lib/previews.ts';
import type { GlossaryEntry } from './lib/glossary-entries.ts';
import { LANGS, type Lang } from './i18n/lang.ts';
import { isEmbedRoute } from './components/embed/embeds.ts';

const byLang = new Map<Lang, PreviewMap>();

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const route = context.url.pathname.slice(import.meta.env.BASE_URL.length);
  // Embed views have no previews: they sit in another site's frame.
  if (!response.headers.get('content-type')?.startsWith('text/html') || isEmbedRoute(route)) return response;
  const html = await response.text();
  const lang: Lang = LANGS.find((l) => l !== 'en' && context.url.pathname.startsWith(`${import.meta.env.BASE_URL}${l}/`)) ?? 'en';
  let previews = byLang.get(lang);
  if (!previews) {
    const t = context.locals.t;
    const category = (e: GlossaryEntry) =>
      e.cgroupVersion ? t('category.cgroup-file.version', { version: e.cgroupVersion }) : t(`category.${e.category}`);
    previews = allPreviews(entries, lang, category, import.meta.env.BASE_URL);
    byLang.set(lang, previews);
  }
  const linked = linkedPreviews(html, context.url.pathname, previews);
  const end = html.lastIndexOf('</body>');
  const body = Object.keys(linked).length && end >= 0 ? html.slice(0, end) + previewScript(linked) + html.slice(end) : html;
  return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
});
