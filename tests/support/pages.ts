/** What the production build contains, read from dist/. */
import { readdirSync, statSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const DIST = join(process.cwd(), 'dist');

/** Every file under dist/, as site paths ('/zh-cn/index.html'). */
export function distFiles(dir = DIST): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? distFiles(path) : ['/' + relative(DIST, path).split(sep).join('/')];
  });
}

/** Every HTML page's URL path ('/', '/zh-cn/namespaces/'), without the 404 page. */
export function pagePaths(): string[] {
  return distFiles()
    .filter((f) => f.endsWith('/index.html'))
    .map((f) => f.slice(0, -'index.html'.length))
    .sort();
}

export function readDist(path: string): string {
  return readFileSync(join(DIST, path), 'utf8');
}

export const ZH = '/zh-cn';

/** The other language's path for a page path. */
export function counterpart(path: string): string {
  return path.startsWith(ZH + '/') ? path.slice(ZH.length) : ZH + path;
}
