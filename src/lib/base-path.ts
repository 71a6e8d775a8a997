/**
 * Serving the handbook under a base path (`/handbook/`): pages, data and components write
 * site paths from the root (`/namespaces/`), and these helpers put the base in front where the
 * site's output leaves the build — HTML attributes, JSON exports, text files.
 * @module
 */

/**
 * A base path in the one form the helpers use: a leading and a trailing slash, `/` for the root.
 *
 * @example
 * normalizeBase('handbook') // => '/handbook/'
 * normalizeBase(undefined) // => '/'
 */
export function normalizeBase(base: string | undefined): string {
  const trimmed = (base ?? '').replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/**
 * A site path under the base path; a path already under it, a protocol-relative URL (`//x`) or
 * anything that is not a site path is returned as it is.
 *
 * @example
 * withBase('/namespaces/#setns', '/handbook/') // => '/handbook/namespaces/#setns'
 * withBase('/handbook/', '/handbook/') // => '/handbook/'
 * withBase('https://man7.org/', '/handbook/') // => 'https://man7.org/'
 */
export function withBase(path: string, base: string): string {
  const b = normalizeBase(base);
  if (b === '/' || !path.startsWith('/') || path.startsWith('//')) return path;
  if (path === b.slice(0, -1) || path.startsWith(b)) return path;
  return b + path.slice(1);
}

/**
 * A site path as pages and data write it, without the base path: the inverse of {@link withBase}.
 *
 * @example
 * withoutBase('/handbook/zh-cn/embed/docker-run/', '/handbook/') // => '/zh-cn/embed/docker-run/'
 * withoutBase('/namespaces/', '/') // => '/namespaces/'
 */
export function withoutBase(path: string, base: string): string {
  const b = normalizeBase(base);
  return path.startsWith(b) ? path.slice(b.length - 1) : path;
}

/** A start tag, its attribute values quoted or not (text, where `<` is `&lt;`, has none). */
const START_TAG = /<[a-zA-Z][^\s/>]*(?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*\s*\/?>/g;
/** A link attribute with a site path, inside a start tag. */
const LINK_ATTRIBUTE = /(\s(?:xlink:)?(?:href|src)\s*=\s*)(["'])(\/[^"']*)\2/g;

/**
 * Puts the base path in front of every site path of an HTML document's `href`, `src` and
 * `xlink:href` attributes (links from Markdown, components, data and inline diagrams alike).
 * Only start tags change: an example shown as code (`&lt;a href="/x"&gt;`) stays as written.
 *
 * @example
 * rebaseHtml('<a href="/namespaces/">x</a><img src="/a.svg">', '/handbook/')
 * // => '<a href="/handbook/namespaces/">x</a><img src="/handbook/a.svg">'
 */
export function rebaseHtml(html: string, base: string): string {
  if (normalizeBase(base) === '/') return html;
  return html.replace(START_TAG, (tag) =>
    tag.replace(LINK_ATTRIBUTE, (_m, attr: string, quote: string, path: string) => `${attr}${quote}${withBase(path, base)}${quote}`),
  );
}
