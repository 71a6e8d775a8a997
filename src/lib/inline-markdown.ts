/**
 * A deliberately small Markdown subset for glossary texts: paragraphs, `code`, **bold**,
 * *emphasis* and links to https or site-absolute URLs. Everything else is escaped, so data can never inject HTML.
 * @module
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes text for HTML.
 *
 * @example
 * escapeHtml('<b>&') // => '&lt;b&gt;&amp;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

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
