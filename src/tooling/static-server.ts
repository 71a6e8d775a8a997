/**
 * Serves the production build (dist/) on loopback the way a good static host does: gzip for
 * text, long caching for Astro's hashed assets. The tests and the audit drive the real built
 * site, never the dev server.
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface StaticSite {
  origin: string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};
const COMPRESSIBLE = /^(text\/|application\/(json|xml)|image\/svg)/;

/** Maps a URL path to a file in dir, as static hosts do (`/a/` → `/a/index.html`). */
function resolveFile(dir: string, pathname: string): string | undefined {
  const safe = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  const candidate = join(dir, safe);
  if (!candidate.startsWith(dir)) return undefined;
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = join(candidate, 'index.html');
  return existsSync(index) ? index : undefined;
}

/**
 * Starts a static server for `dir` on a free loopback port (or `port`). With a `base` path
 * (`/handbook/`), the build is served under it, as a host serves a site that is not at its root.
 */
export async function serveDist(dir = join(process.cwd(), 'dist'), port = 0, base = '/'): Promise<StaticSite> {
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(`${dir} has no index.html: run \`npm run build\` first.`);
  }
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname.startsWith(base) ? url.pathname.slice(base.length - 1) : undefined;
    const file = (path !== undefined ? resolveFile(dir, path) : undefined) ?? join(dir, '404.html');
    const status = file.endsWith('404.html') && path !== '/404.html' ? 404 : 200;
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    let body = readFileSync(file);
    res.setHeader('content-type', type);
    res.setHeader('cache-control', path?.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'public, max-age=600');
    if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding']))) {
      body = gzipSync(body);
      res.setHeader('content-encoding', 'gzip');
      res.setHeader('vary', 'accept-encoding');
    }
    res.writeHead(status).end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
