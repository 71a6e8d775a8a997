/**
 * The JavaScript a built page loads: its module scripts, inline or external, and, recursively,
 * every chunk they import statically (a shared chunk such as the HTML helpers counts for each
 * page that needs it). Dynamic imports are left out: they load on interaction (the search UI),
 * not with the page.
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { posix } from 'node:path';
import { readDist } from './pages.ts';

/** A script as the budget sees it: a file of dist/, or an inline module named by its hash. */
interface Script {
  name: string;
  code: string;
}

/** The module scripts of a page: `/_astro/x.js` files, and inline ones (Astro inlines small scripts). */
export function pageScripts(pagePath: string): Script[] {
  const html = readDist(pagePath + 'index.html');
  const external = [...html.matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => ({ name: m[1]!, code: readDist(m[1]!) }));
  const inline = [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].map((m) => ({
    name: `inline:${createHash('sha256').update(m[1]!).digest('hex').slice(0, 12)}`,
    code: m[1]!,
  }));
  return [...external, ...inline];
}

/** The site path of an import target named in a script (inline scripts resolve from the root). */
function resolveImport(from: string, target: string): Script {
  const name = target.startsWith('/') ? target : posix.join(from.startsWith('inline:') ? '/' : posix.dirname(from), target);
  return { name, code: readDist(name) };
}

/** Static `import … from "./x.js"`, `import "./x.js"` and site-absolute `/_astro/x.js` targets. */
function staticImports(script: Script): Script[] {
  return [...script.code.matchAll(/(?:\bfrom\s*|\bimport\s*)["'`]((?:\.{1,2})?\/[^"'`]+\.js)["'`]/g)].map((m) => resolveImport(script.name, m[1]!));
}

/** Every script the entry scripts load before the page is interactive, by name. */
export function loadedModules(entries: readonly Script[]): Map<string, string> {
  const seen = new Map<string, string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const script = queue.pop()!;
    if (seen.has(script.name)) continue;
    seen.set(script.name, script.code);
    queue.push(...staticImports(script));
  }
  return seen;
}

/** The scripts page `path` loads that page `baseline` does not, with their total gzip size. */
export function extraJavaScript(path: string, baseline: string): { files: string[]; code: string[]; gzipBytes: number } {
  const base = loadedModules(pageScripts(baseline));
  const extra = [...loadedModules(pageScripts(path))].filter(([name]) => !base.has(name)).sort(([a], [b]) => a.localeCompare(b));
  return {
    files: extra.map(([name]) => name),
    code: extra.map(([, code]) => code),
    gzipBytes: extra.reduce((sum, [, code]) => sum + gzipSync(code).length, 0),
  };
}

/** What a page's scripts load later, on interaction: every chunk reached through a dynamic import(). */
export function loadedOnUse(path: string, entryMatches: (code: string) => boolean): { files: string[]; gzipBytes: number } {
  const atLoad = loadedModules(pageScripts(path));
  const entries = [...atLoad].filter(([, code]) => entryMatches(code));
  const dynamic = entries.flatMap(([name, code]) =>
    [...code.matchAll(/\bimport\(\s*["'`]((?:\.{1,2})?\/[^"'`]+\.js)["'`]\s*\)/g)].map((m) => resolveImport(name, m[1]!)),
  );
  const later = [...loadedModules(dynamic)].filter(([name]) => !atLoad.has(name));
  return { files: later.map(([name]) => name), gzipBytes: later.reduce((sum, [, code]) => sum + gzipSync(code).length, 0) };
}
