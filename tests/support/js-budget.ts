/**
 * The JavaScript a built page loads: its module scripts and, recursively, every chunk they
 * import statically (a shared chunk such as the HTML helpers counts for each page that needs it).
 * Dynamic imports are left out: they load on interaction (the search UI), not with the page.
 */
import { gzipSync } from 'node:zlib';
import { posix } from 'node:path';
import { readDist } from './pages.ts';

/** The module scripts a page's HTML names, as site paths. */
export function pageScripts(pagePath: string): string[] {
  return [...readDist(pagePath + 'index.html').matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => m[1]!);
}

/** Static `import … from "./x.js"` and bare `import "./x.js"` targets of a built chunk. */
function staticImports(file: string): string[] {
  const code = readDist(file);
  return [...code.matchAll(/(?:\bfrom\s*|\bimport\s*)["'](\.{1,2}\/[^"']+\.js)["']/g)].map((m) => posix.join(posix.dirname(file), m[1]!));
}

/** Every file the entry scripts load before the page is interactive. */
export function loadedModules(entries: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    queue.push(...staticImports(file));
  }
  return seen;
}

/** The modules page `path` loads that page `baseline` does not, with their total gzip size. */
export function extraJavaScript(path: string, baseline: string): { files: string[]; gzipBytes: number } {
  const base = loadedModules(pageScripts(baseline));
  const files = [...loadedModules(pageScripts(path))].filter((f) => !base.has(f)).sort();
  return { files, gzipBytes: files.reduce((sum, f) => sum + gzipSync(readDist(f)).length, 0) };
}
