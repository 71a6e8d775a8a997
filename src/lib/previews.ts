/**
 * Link previews: for each page, the glossary entries it links to, with what the preview card
 * shows. The build puts them in the page itself, so a preview needs no request.
 * @module
 */
import type { Lang } from '../i18n/lang.ts';
import { isIdentifier, type GlossaryEntry } from './glossary-entries.ts';
import { withBase } from './base-path.ts';
import { termUrl } from './glossary.ts';
import { renderInlineMarkdownLine } from './inline-markdown.ts';

/** What a preview card shows for one entry. */
export interface Preview {
  /** The entry's name in the page's language. */
  name: string;
  /** Whether the name is an identifier, set as code (a flag, a file). */
  code: boolean;
  /** The category's name in the page's language. */
  category: string;
  /** The summary as HTML without links (a preview is not interactive). */
  summary: string;
  /** Clone flags: the value, e.g. `0x20000000`. */
  value?: string;
}

/** Previews by the path-and-anchor their links resolve to: `/namespaces/clone-flags/#clone-newpid`. */
export type PreviewMap = Record<string, Preview>;

/**
 * Every entry's preview in one language, keyed by its permalink under `base` (the site's base
 * path, `/` at the root).
 *
 * @example
 * allPreviews(entries, 'en', (e) => e.category)['/namespaces/clone-flags/#clone-newpid']
 * // => { name: 'CLONE_NEWPID', code: true, category: 'clone-flag', summary: '…', value: '0x20000000' }
 */
export function allPreviews(
  entries: readonly GlossaryEntry[],
  lang: Lang,
  categoryName: (entry: GlossaryEntry) => string,
  base = '/',
): PreviewMap {
  return Object.fromEntries(
    entries.map((entry) => [
      withBase(termUrl(entry, lang), base),
      {
        name: entry.name[lang],
        code: isIdentifier(entry),
        category: categoryName(entry),
        summary: renderInlineMarkdownLine(entry.summary[lang]).replace(/<\/?a\b[^>]*>/g, ''),
        ...(entry.category === 'clone-flag' && entry.value ? { value: entry.value } : {}),
      },
    ]),
  );
}

/**
 * The previews a page needs: those of the entries its links point at, whether written as a
 * path with an anchor or, for entries of this page, as the anchor alone. A link marked
 * `data-no-preview` (a permalink, an index that shows the summary already) needs none.
 *
 * @example
 * linkedPreviews('<a href="/namespaces/pid/#pid-namespace">…</a> <a href="#setns">…</a>', '/namespaces/', previews)
 * // => { '/namespaces/pid/#pid-namespace': {…}, '/namespaces/#setns': {…} }
 * linkedPreviews('<a data-no-preview href="#setns">#</a>', '/namespaces/', previews) // => {}
 */
export function linkedPreviews(html: string, pagePath: string, previews: PreviewMap): PreviewMap {
  const found: PreviewMap = {};
  for (const [, attributes] of html.matchAll(/<a\s([^>]*)>/g)) {
    const href = /(?:^|\s)href="([^"]*#[^"]+)"/.exec(attributes!)?.[1];
    if (!href || /(?:^|\s)data-no-preview(?:[\s=]|$)/.test(attributes!)) continue;
    const url = href.startsWith('#') ? pagePath + href : href;
    const preview = previews[url];
    if (preview) found[url] = preview;
  }
  return found;
}

/**
 * The previews as the JSON of an inline `<script type="application/json">`: `<` is escaped so
 * that no text can close the element.
 *
 * @example
 * previewScript({}) // => '<script type="application/json" id="term-previews">{}</script>'
 */
export function previewScript(previews: PreviewMap): string {
  const json = JSON.stringify(previews).replace(/</g, '\\u003c');
  return `<script type="application/json" id="term-previews">${json}</script>`;
}
