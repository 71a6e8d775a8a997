/**
 * A deliberately small Markdown subset for glossary texts: paragraphs, `code`, **bold**,
 * *emphasis* and links to https or site-absolute URLs. Everything else is escaped, so data can never inject HTML.
 * @module
 */
import { escapeHtml } from './html.ts';

function inline(text: string): string {
  // Code spans first, so that nothing inside them is read as Markdown.
  return text
    .split(/(`[^`]+`)/)
    .map((part) => {
      if (/^`[^`]+`$/.test(part)) return `<code>${escapeHtml(part.slice(1, -1))}</code>`;
      return escapeHtml(part)
        .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
        .replace(/(^|[^*])\*([^*\s][^*]*)\*/g, '$1<em>$2</em>')
        .replace(/\[([^\]]+)\]\(((?:https:\/\/|\/)[^)\s]*)\)/g, '<a href="$2">$1</a>');
    })
    .join('');
}

/**
 * Renders the subset to HTML; blank lines separate paragraphs.
 *
 * @example
 * renderInlineMarkdown('Use `unshare -p`.\n\nSee **clone(2)**.')
 * // => '<p>Use <code>unshare -p</code>.</p><p>See <strong>clone(2)</strong>.</p>'
 */
export function renderInlineMarkdown(text: string): string {
  return text
    .trim()
    .split(/\n\s*\n/)
    .map((p) => `<p>${inline(p.trim().replace(/\s*\n\s*/g, ' '))}</p>`)
    .join('');
}

/**
 * One line of the subset as HTML without a paragraph around it, for summaries, list items and
 * table cells; line breaks become spaces.
 *
 * @example
 * renderInlineMarkdownLine('Use `unshare -p`.') // => 'Use <code>unshare -p</code>.'
 */
export function renderInlineMarkdownLine(text: string): string {
  return inline(text.trim().replace(/\s*\n\s*/g, ' '));
}

/**
 * The same subset as plain text: code spans keep their text, emphasis marks and link targets go.
 *
 * @example
 * plainText('Use `unshare -p` and see [clone(2)](https://man7.org/).') // => 'Use unshare -p and see clone(2).'
 */
export function plainText(text: string): string {
  return text
    .split(/(`[^`]+`)/)
    .map((part) =>
      /^`[^`]+`$/.test(part)
        ? part.slice(1, -1)
        : part
            .replace(/\*\*([^*]+)\*\*/g, '$1')
            .replace(/(^|[^*])\*([^*\s][^*]*)\*/g, '$1$2')
            .replace(/\[([^\]]+)\]\([^)\s]*\)/g, '$1'),
    )
    .join('')
    .replace(/\s*\n\s*\n\s*/g, ' ')
    .trim();
}
