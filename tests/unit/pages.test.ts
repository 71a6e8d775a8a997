import { describe, expect, test } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_PAGES, SECTIONS } from '../../src/data/sections.ts';
import { DOCS, componentSequence, headingLevels, pageSources, readPage, slugOf } from '../support/mdx.ts';
import { recordedUrls } from '../support/public-urls.ts';

const english = pageSources().filter((p) => !p.startsWith('zh-cn/'));
/** The home page and the 404 page stand outside the sections. */
const OUTSIDE_SECTIONS = new Set(['', '404']);

describe('every English page has a Chinese twin with the same structure', () => {
  test.each(english)('%s', (rel) => {
    const twin = `zh-cn/${rel}`;
    expect(existsSync(join(DOCS, twin)), `${twin} is missing`).toBe(true);
    const [en, zh] = [readPage(rel), readPage(twin)];
    expect(componentSequence(zh), 'components, their ids and their order').toEqual(componentSequence(en));
    expect(headingLevels(zh), 'heading levels in order').toEqual(headingLevels(en));
    const slug = slugOf(en);
    if (slug !== undefined) expect(slugOf(zh)).toBe(`zh-cn/${slug}`);
  });
});

describe('the section registry (src/data/sections.ts)', () => {
  const slugs = new Map(english.map((rel) => [slugOf(readPage(rel)) ?? rel.replace(/(\/?index)?\.mdx?$/, ''), rel]));

  test.each(ALL_PAGES.map((p) => [p.id, p.slug]))('page %s (/%s/) has a source', (_id, slug) => {
    expect(slugs.has(slug), `no page in docs/ has slug: ${slug}`).toBe(true);
  });

  test('lists every page of docs/', () => {
    const listed = new Set(ALL_PAGES.map((p) => p.slug));
    expect([...slugs.keys()].filter((s) => !listed.has(s) && !OUTSIDE_SECTIONS.has(s))).toEqual([]);
  });

  test('page ids are unique', () => {
    const ids = ALL_PAGES.map((p) => p.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  const cardLinks = SECTIONS.flatMap((s) =>
    'card' in s ? (['en', 'zh-cn'] as const).flatMap((lang) => [...s.card.text[lang].matchAll(/\]\((\/[^)]*)\)/g)].map((m) => [lang, m[1]!] as const)) : [],
  );
  test.each(cardLinks)('a %s home card links %s, a page of the registry in that language', (lang, href) => {
    const prefix = lang === 'zh-cn' ? '/zh-cn/' : '/';
    expect(href.startsWith(prefix) && !(lang === 'en' && href.startsWith('/zh-cn/'))).toBe(true);
    expect(ALL_PAGES.some((p) => `${prefix}${p.slug}/` === href)).toBe(true);
  });

  test('every page is in the public-URL fixture in both languages (run `npm run urls:record` after a build)', () => {
    const recorded = new Set(recordedUrls());
    const missing = ALL_PAGES.flatMap((p) => [`/${p.slug}/`, `/zh-cn/${p.slug}/`]).filter((u) => !recorded.has(u));
    expect(missing).toEqual([]);
  });
});
