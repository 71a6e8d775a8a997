import { describe, expect, test } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { labs } from '../../src/data/index.ts';
import { LabSchema, type Lab, type LabInput } from '../../src/data/schema/lab.ts';
import { labAnchors, labLinks, labRulesMatch, labTerms, type LabCheck } from '../../src/data/checks/labs.ts';
import { DOCS, componentSequence, readPage } from '../support/mdx.ts';
import { ZH_TERMS } from '../../src/i18n/zh-terms.ts';
import { halfWidthAfterHan, offTableVariants, spaceAfterFullWidth, withoutInlineCode } from '../../src/lib/zh-style.ts';

/** A minimal valid lab, with overrides. */
function lab(overrides: Partial<LabInput> = {}): Lab {
  const text = { en: 'x', 'zh-cn': '甲' };
  return LabSchema.parse({
    id: 'namespaces',
    title: text,
    intro: text,
    learn: { en: ['x'], 'zh-cn': ['甲'] },
    needs: text,
    packages: ['util-linux'],
    vars: ['LAB'],
    steps: [{ id: 'one', title: text, commands: 'echo 42', output: '42', explanation: text }],
    cleanup: { commands: 'true', explanation: text },
    next: [{ page: 'namespaces', text }],
    sources: [{ title: 'unshare(1)', url: 'https://man7.org/linux/man-pages/man1/unshare.1.html' }],
    ...overrides,
  });
}
const step = (id: string, more: object = {}) => ({ id, title: { en: 'x', 'zh-cn': '甲' }, commands: 'true', output: 'PID 42', explanation: { en: 'x', 'zh-cn': '甲' }, ...more });
const rule = (pattern: string) => ({ pattern, replacement: 'N', label: { en: 'x', 'zh-cn': '甲' } });

describe('lab checks', () => {
  const cases: [string, LabCheck, Lab[], string[]][] = [
    ['labAnchors accepts distinct step ids', labAnchors, [lab({ steps: [step('a'), step('b')] })], []],
    ['labAnchors reports a step id used twice', labAnchors, [lab({ steps: [step('a'), step('a')] })], ['namespaces: step id "a" is used twice on the page']],
    ['labAnchors reports a step id taken by a section', labAnchors, [lab({ steps: [step('cleanup')] })], ['namespaces: step id "cleanup" is used twice on the page']],
    ['labTerms accepts known terms', labTerms(new Set(['pid-namespace'])), [lab({ steps: [step('a', { terms: ['pid-namespace'] })] })], []],
    ['labTerms reports an unknown term', labTerms(new Set()), [lab({ steps: [step('a', { terms: ['pid-namspace'] })] })], ['namespaces/a: terms names unknown id "pid-namspace"']],
    ['labRulesMatch accepts a rule that matches', labRulesMatch, [lab({ steps: [step('a', { normalize: [rule('\\d+')] })] })], []],
    [
      'labRulesMatch reports a step rule that matches nothing',
      labRulesMatch,
      [lab({ steps: [step('a', { normalize: [rule('inode')] })] })],
      ['namespaces/a: the rule /inode/ matches nothing in the output'],
    ],
    [
      'labRulesMatch reports a lab rule that matches no step',
      labRulesMatch,
      [lab({ normalize: [rule('inode')], steps: [step('a')] })],
      ["namespaces: the rule /inode/ matches no step's output"],
    ],
    ['labLinks accepts a link to an existing lab', labLinks, [lab({ next: [{ lab: 'namespaces', text: { en: 'x', 'zh-cn': '甲' } }] })], []],
    ['labLinks reports a link to a missing lab', labLinks, [lab({ next: [{ lab: 'lxc', text: { en: 'x', 'zh-cn': '甲' } }] })], ['namespaces: next names unknown id "lxc"']],
    ['labLinks reports a lab id used twice', labLinks, [lab(), lab()], ['namespaces: two labs have this id']],
  ];
  test.each(cases)('%s', (_name, check, data, expected) => {
    expect(check(data)).toEqual(expected);
  });

  test('the schema rejects an invalid regular expression', () => {
    expect(() => lab({ normalize: [rule('(')] })).toThrow(/not a valid regular expression/);
  });

  test('the schema rejects an unknown requirement', () => {
    expect(() => lab({ requires: ['rooot'] })).toThrow(/unknown requirement/);
  });
});

describe('the lab data', () => {
  test('has the four labs in reading order', () => {
    expect(labs.map((l) => l.id)).toEqual(['namespaces', 'cgroups', 'lxc', 'scratch']);
  });

  test.each(labs.map((l) => [l.id, l] as const))('%s: every step has a recorded output or prints nothing on purpose', (_id, l) => {
    // A step that prints nothing must also have no rules and a status of 0: otherwise it was never recorded.
    const unrecorded = l.steps.filter((s) => s.output === '' && (s.normalize.length > 0 || s.status !== 0));
    expect(unrecorded.map((s) => s.id)).toEqual([]);
  });
});

/** Every Chinese text of a lab, with where it is: `cgroups.steps.3.explanation`. */
function chineseTexts(value: unknown, where: string): [string, string][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => chineseTexts(v, `${where}.${i}`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, v]): [string, string][] => {
    if (key !== 'zh-cn') return chineseTexts(v, `${where}.${key}`);
    return (Array.isArray(v) ? v : [v]).map((text: string) => [where, withoutInlineCode(text)]);
  });
}

describe('the labs in Chinese follow zh-style.md', () => {
  const texts = labs.flatMap((l) => chineseTexts(l, l.id));
  const findings = (check: (text: string) => { found: string }[]) =>
    texts.flatMap(([where, text]) => check(text).map((f) => `${where}: “${f.found}”`));

  test('one word per concept (the term table)', () => {
    expect(findings((text) => offTableVariants(text, ZH_TERMS))).toEqual([]);
  });
  test('full-width punctuation after Chinese, and no space after it', () => {
    expect(findings((text) => [...halfWidthAfterHan(text), ...spaceAfterFullWidth(text)])).toEqual([]);
  });
  test.each(labs.map((l) => [l.id, l] as const))('%s: a term glossed as the table says where the page first uses it', (_id, l) => {
    // The running text in the order the page shows it; headings do not gloss.
    const prose = [l.intro, ...l.learn['zh-cn'].map((item) => ({ 'zh-cn': item })), l.needs, ...l.steps.map((st) => st.explanation), l.cleanup.explanation]
      .map((t) => withoutInlineCode(t['zh-cn']))
      .join('\n');
    const unglossed = ZH_TERMS.filter((row) => row.firstUse !== undefined && prose.includes(row.zh.split(' / ')[0]!)).filter(
      (row) => prose.indexOf(row.firstUse!) !== prose.indexOf(row.zh.split(' / ')[0]!),
    );
    expect(unglossed.map((row) => row.firstUse)).toEqual([]);
  });
  test('a space between Chinese and Latin letters or digits', () => {
    const touching = (text: string) => [...text.matchAll(/\p{Script=Han}[A-Za-z0-9]|[A-Za-z0-9]\p{Script=Han}/gu)].map((m) => ({ found: m[0] }));
    expect(findings(touching)).toEqual([]);
  });
});

describe('the lab pages', () => {
  const frontTitle = (source: string) => {
    const raw = /^title:\s*(.+)$/m.exec(source)?.[1] ?? '';
    return raw.startsWith('"') ? (JSON.parse(raw) as string) : raw;
  };
  const pages = labs.flatMap((l) => [
    [`labs/${l.id}.mdx`, l, 'en'] as const,
    [`zh-cn/labs/${l.id}.mdx`, l, 'zh-cn'] as const,
  ]);

  test.each(pages)('%s renders its lab and repeats its title', (rel, l, lang) => {
    expect(existsSync(join(DOCS, rel)), `${rel} is missing`).toBe(true);
    const source = readPage(rel);
    expect(componentSequence(source)).toEqual([`LabSteps id="${l.id}"`]);
    expect(frontTitle(source)).toBe(l.title[lang]);
  });

  test.each(['labs/index.mdx', 'zh-cn/labs/index.mdx'])('%s lists the labs', (rel) => {
    expect(componentSequence(readPage(rel))).toEqual(['LabList']);
  });
});
