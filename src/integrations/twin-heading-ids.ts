/**
 * The same anchors on both languages' pages: a rehype plugin that gives each heading of a
 * Chinese page (docs/zh-cn/…) the id of the heading at the same position on its English twin
 * (tests/unit/pages.test.ts keeps the two heading lists in step). The id Astro derived from the
 * Chinese text, which earlier editions published, stays as an empty anchor inside the heading,
 * so old links still land.
 */
import { existsSync, readFileSync } from 'node:fs';
import Slugger from 'github-slugger';
import { visit } from 'unist-util-visit';
import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';

/** The text of a Markdown heading line as Astro slugs it: no markup, code spans kept as text. */
export function headingText(line: string): string {
  return line
    .replace(/^#{1,6}\s+/, '')
    .replace(/<[A-Z][^>]*\/>/g, '')
    .replace(/<\/?[a-zA-Z][^>]*>/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(\*\*|__|\*|_)(?=\S)([^*_]*?\S)\1/g, '$2')
    .trim();
}

/**
 * The ids Astro gives the Markdown headings (levels 2 to 6) of an MDX source, in order.
 *
 * @example
 * headingIds('## Reading a mask\n```\n## not a heading\n```\n### Try it: `unshare`') // => ['reading-a-mask', 'try-it-unshare']
 */
export function headingIds(source: string): string[] {
  const slugger = new Slugger();
  const body = source.replace(/^---\n[\s\S]*?\n---\n/, '').replace(/^(```|~~~)[\s\S]*?^\1/gm, '');
  return [...body.matchAll(/^#{2,6} .+$/gm)].map((m) => slugger.slug(headingText(m[0])));
}

/** The English twin of a Chinese page source, if the path is one. */
export function englishTwin(path: string): string | undefined {
  const match = /^(.*[\\/]docs[\\/])zh-cn[\\/](.+\.mdx?)$/.exec(path);
  return match ? `${match[1]}${match[2]}` : undefined;
}

export function rehypeTwinHeadingIds() {
  return (tree: Root, file: VFile) => {
    const twin = file.path ? englishTwin(file.path) : undefined;
    if (!twin || !existsSync(twin)) return;
    const ids = headingIds(readFileSync(twin, 'utf8'));
    const renamed = new Map<string, string>();
    let index = 0;
    visit(tree, 'element', (node: Element) => {
      if (!/^h[2-6]$/.test(node.tagName)) return;
      const own = node.properties['id'];
      const id = ids[index++];
      if (id === undefined || typeof own !== 'string' || own === id) return;
      node.properties['id'] = id;
      node.children.unshift({ type: 'element', tagName: 'span', properties: { id: own }, children: [] });
      renamed.set(own, id);
    });
    // Astro collected the headings (for the table of contents) before this plugin ran.
    const headings = (file.data as { astro?: { headings?: { slug: string }[] } }).astro?.headings ?? [];
    for (const h of headings) h.slug = renamed.get(h.slug) ?? h.slug;
  };
}
