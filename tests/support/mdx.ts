/** Reading the site's MDX sources for structural checks (no rendering). */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const DOCS = join(process.cwd(), 'docs');

/** Every page source under docs/, as paths relative to docs/ ('namespaces/index.mdx'), without generated API pages. */
export function pageSources(dir = DOCS): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    const rel = relative(DOCS, path).split(sep).join('/');
    if (rel === 'api' || rel === 'zh-cn/api') return [];
    if (statSync(path).isDirectory()) return pageSources(path);
    return /\.mdx?$/.test(name) ? [rel] : [];
  });
}

export function readPage(rel: string): string {
  return readFileSync(join(DOCS, rel), 'utf8');
}

/** The `slug:` of a page's front matter. */
export function slugOf(source: string): string | undefined {
  return /^---\n[\s\S]*?^slug:\s*(\S+)\s*$/m.exec(source)?.[1];
}

/** The page body without front matter, imports and fenced code. */
function body(source: string): string {
  return source
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/^import .*$/gm, '')
    .replace(/^```[\s\S]*?^```/gm, '');
}

/** Each component tag with its props, in order: `TermEntry id="clone" level={3}`. Text children are ignored. */
export function componentSequence(source: string): string[] {
  return [...body(source).matchAll(/<([A-Z][A-Za-z]*)\b([^>]*?)\/?>/g)].map((m) => `${m[1]}${m[2]!.replace(/\s+/g, ' ').trimEnd()}`);
}

/** The level of each Markdown heading, in order: [2, 3, 3, 2]. */
export function headingLevels(source: string): number[] {
  return [...body(source).matchAll(/^(#{2,6}) \S/gm)].map((m) => m[1]!.length);
}
