/**
 * The public URLs of the built site: every page, and every term and history anchor in both
 * languages (read from the published /glossary.json and /history.json files, so the list is what
 * readers actually get).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, pagePaths, readDist } from './pages.ts';

/** The committed list: one URL per line, `#` comments allowed. Lines are only ever added. */
export const URL_LIST = join(process.cwd(), 'tests/fixtures/public-urls.txt');

export function recordedUrls(): string[] {
  if (!existsSync(URL_LIST)) return [];
  return readFileSync(URL_LIST, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

export function currentUrls(): string[] {
  const anchors = ['/glossary.json', '/zh-cn/glossary.json', '/history.json', '/zh-cn/history.json'].flatMap((file) =>
    (JSON.parse(readDist(file)) as { url: string }[]).map((e) => e.url),
  );
  return [...new Set([...pagePaths().filter((p) => !p.endsWith('/404/')), ...anchors])].sort();
}

/** The page a built path redirects to, if the build wrote a redirect page there. */
function redirectTarget(html: string): string | undefined {
  return /<meta http-equiv="refresh" content="\d+;url=([^"]+)"/i.exec(html)?.[1];
}

/**
 * Why a URL does not resolve in the build, or undefined when it does: the page must exist
 * (directly or through a redirect page) and carry an element with the anchor as its id.
 */
export function brokenReason(url: string): string | undefined {
  const [path, anchor] = url.split('#') as [string, string | undefined];
  let file = join(path, 'index.html');
  if (!existsSync(join(DIST, file))) return `${path} is not in the build`;
  let html = readDist(file);
  const target = redirectTarget(html);
  if (target) {
    file = join(target, 'index.html');
    if (!existsSync(join(DIST, file))) return `${path} redirects to ${target}, which is not in the build`;
    html = readDist(file);
  }
  if (anchor && !html.includes(`id="${anchor}"`)) return `${path} has no element with id="${anchor}"`;
  return undefined;
}
