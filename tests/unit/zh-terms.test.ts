import { describe, expect, test } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ZH_TERMS } from '../../src/i18n/zh-terms.ts';
import { halfWidthAfterHan, hardWraps, offTableVariants, spaceAfterFullWidth, type StyleFinding } from '../../src/lib/zh-style.ts';
import { zhTexts, type ZhText } from '../support/zh-texts.ts';

const texts = zhTexts();

/** One line per finding: the file (and entry), what was found, the hint and the context. */
function report(list: readonly ZhText[], check: (text: string) => StyleFinding[]): string[] {
  return list.flatMap((t) => check(t.text).map((f) => `${t.where}: “${f.found}” — ${f.hint} — …${f.excerpt}…`));
}

describe('the term table (src/i18n/zh-terms.ts)', () => {
  test('no word to use is also a variant to avoid', () => {
    const avoided = ZH_TERMS.flatMap((row) => row.avoid);
    const used = ZH_TERMS.flatMap((row) => row.zh.split(' / '));
    expect(used.filter((word) => avoided.includes(word))).toEqual([]);
  });

  test('each variant is listed once', () => {
    const avoided = ZH_TERMS.flatMap((row) => row.avoid);
    expect(avoided.filter((word, i) => avoided.indexOf(word) !== i)).toEqual([]);
  });
});

test('the site has Chinese texts of every kind to check', () => {
  expect(Object.fromEntries(Object.entries(texts).map(([kind, list]) => [kind, list.length > 0]))).toEqual({
    data: true,
    pages: true,
    ui: true,
    diagrams: true,
    messages: true,
  });
});

describe.each(Object.entries(texts))('Chinese %s', (_kind, list) => {
  test('use one word per concept: no off-table variant of the term table', () => {
    expect(report(list, (text) => offTableVariants(text, ZH_TERMS))).toEqual([]);
  });

  test('have no half-width , : ; ( ) right after a Chinese character', () => {
    expect(report(list, halfWidthAfterHan)).toEqual([]);
  });

  test('have no space after full-width punctuation', () => {
    expect(report(list, spaceAfterFullWidth)).toEqual([]);
  });

});

describe.each([
  ['data', texts.data],
  ['pages', texts.pages],
])('Chinese %s (Markdown)', (_kind, list) => {
  test('are not hard-wrapped: a line break inside a Chinese paragraph renders as a space', () => {
    expect(report(list, (text) => hardWraps(text))).toEqual([]);
  });
});

/** Every Astro component, as a path relative to the project. */
function components(dir = 'src/components'): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? components(path) : name.endsWith('.astro') ? [path] : [];
  });
}

/** The markup of a component: what follows its front matter, without scripts and styles. */
function template(source: string): string {
  return source
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/<script\b[^>]*\/>/g, '')
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, '');
}

describe('components print separators from the i18n strings (sep.label, sep.list, sep.names, sep.paren*)', () => {
  // `{label}:`, `{label},`, `{name} (`, `{i > 0 && ', '}` and `.join(', ')` would print English punctuation on
  // Chinese pages (a command line joined with spaces is not a list).
  const HARD_CODED = /\}[:,]|\} \(|&& '[^']*[,:;·][^']*'\}|\.join\('[^']*[,:;·][^']*'\)/g;
  test.each(components())('%s', (file) => {
    expect([...template(readFileSync(file, 'utf8')).matchAll(HARD_CODED)].map((m) => m[0])).toEqual([]);
  });
});
