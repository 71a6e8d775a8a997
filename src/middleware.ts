/**
 * Every page on its way out of the build: under a base path (BASE_PATH), its site paths get the
 * base; and link previews need no request: each rendered page gets the previews of the glossary entries
 * it links to, as inline JSON before `</body>`. This runs when pages are prerendered (and in
 * `astro dev`), after the HTML exists, so it sees every link — from Markdown, from components
 * and from data — without each of them knowing about previews. The card itself is
 * src/components/previews/term-preview.ts.
 */
import { defineMiddleware } from 'astro:middleware';
import { entries } from './data/index.ts';
import { allPreviews, linkedPreviews, previewScript, type PreviewMap } from './lib/previews.ts';
import { categoryLabel } from './lib/glossary-entries.ts';
import { LANGS, type Lang } from './i18n/lang.ts';
import { isEmbedRoute } from './components/embed/embeds.ts';
import { normalizeBase, rebaseHtml, withoutBase } from './lib/base-path.ts';

const byLang = new Map<Lang, PreviewMap>();

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const base = normalizeBase(import.meta.env.BASE_URL);
  // Under a base path, every site path in the page gets the base (src/lib/base-path.ts).
  const html = rebaseHtml(await response.text(), base);
  const route = withoutBase(context.url.pathname, base);
  const lang: Lang = LANGS.find((l) => l !== 'en' && route.startsWith(`/${l}/`)) ?? 'en';
  let previews = byLang.get(lang);
  if (!previews) {
    const t = context.locals.t;
    previews = allPreviews(entries, lang, (e) => {
      const [key, vars] = categoryLabel(e);
      return t(key as 'category.concept', vars);
    }, base);
    byLang.set(lang, previews);
  }
  // Embed views have no previews: they sit in another site's frame.
  const linked = isEmbedRoute(route) ? {} : linkedPreviews(html, context.url.pathname, previews);
  const end = html.lastIndexOf('</body>');
  const body = Object.keys(linked).length && end >= 0 ? html.slice(0, end) + previewScript(linked) + html.slice(end) : html;
  return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
});
