import { describe, expect, test } from 'vitest';
import { ALL_PAGES } from '../../src/data/sections.ts';
import { entries } from '../../src/data/index.ts';
import { termUrl } from '../../src/lib/glossary.ts';
import { brokenReason, currentUrls, recordedUrls } from '../support/public-urls.ts';
import { pagePaths, readDist } from '../support/pages.ts';

describe('stable public URLs', () => {
  const recorded = recordedUrls();

  test('the committed list is not empty', () => expect(recorded.length).toBeGreaterThan(100));

  test('every URL and anchor ever published still resolves (rename = redirect)', () => {
    expect(recorded.flatMap((url) => brokenReason(url) ?? [])).toEqual([]);
  });

  test('every public URL of this build is in the committed list (run `npm run urls:record`)', () => {
    const known = new Set(recorded);
    expect(currentUrls().filter((u) => !known.has(u))).toEqual([]);
  });

  test('no page has two elements with the same id', () => {
    const duplicates = pagePaths().flatMap((path) => {
      const ids = [...readDist(path + 'index.html').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
      const seen = new Set<string>();
      return ids.filter((id) => (seen.has(id) ? true : (seen.add(id), false))).map((id) => `${path}#${id}`);
    });
    expect(duplicates).toEqual([]);
  });
});

describe('llms.txt', () => {
  test.each([
    ['/llms.txt', '/llms-full.txt', '', 'en'],
    ['/zh-cn/llms.txt', '/zh-cn/llms-full.txt', '/zh-cn', 'zh-cn'],
  ] as const)('%s links every page of the registry; %s adds every glossary entry', (index, full, prefix, lang) => {
    const text = readDist(index);
    expect(text).toMatch(/^# .+\n\n> .+/);
    expect(ALL_PAGES.filter((p) => !text.includes(`](${prefix}/${p.slug}/)`)).map((p) => p.slug)).toEqual([]);
    const all = readDist(full);
    expect(all.startsWith(text)).toBe(true);
    // Every glossary entry: terms, interface files and Docker flags.
    expect(entries.filter((t) => !all.includes(`Source: ${termUrl(t, lang)}`)).map((t) => t.id)).toEqual([]);
  });
});
