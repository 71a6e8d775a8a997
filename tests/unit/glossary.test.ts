import { describe, expect, test } from 'vitest';
import { GlossaryExportEntrySchema } from '../../src/data/schema/glossary-export.ts';
import { findTerm, glossaryExport, indexLetter, sortTerms, termUrl } from '../../src/lib/glossary.ts';
import { concept, flag } from '../support/terms.ts';
import { terms as allTerms } from '../../src/data/index.ts';

describe('termUrl', () => {
  const cases: [Parameters<typeof termUrl>, string][] = [
    [[{ id: 'clone-newpid', page: 'clone-flags' }, 'en'], '/namespaces/clone-flags/#clone-newpid'],
    [[{ id: 'clone-newpid', page: 'clone-flags' }, 'zh-cn'], '/zh-cn/namespaces/clone-flags/#clone-newpid'],
    [[{ id: 'pid-namespace', page: 'ns-pid' }, 'en'], '/namespaces/pid/#pid-namespace'],
  ];
  test.each(cases)('%j is %s', (args, url) => expect(termUrl(...args)).toBe(url));
});

describe('findTerm', () => {
  test('returns the term with that id', () => expect(findTerm([concept('a'), concept('b')], 'b').id).toBe('b'));
  test('throws a message naming an unknown id', () =>
    expect(() => findTerm([concept('a')], 'nope')).toThrowErrorMatchingInlineSnapshot(
      `[Error: Unknown glossary term "nope": add it to src/data/terms/ or fix the id.]`,
    ));
});

describe('sortTerms and indexLetter', () => {
  test('orders A–Z ignoring case and leading punctuation', () => {
    const names = ['unshare', '/proc/[pid]/ns', 'CLONE_VM', 'cgroup namespace'];
    const sorted = sortTerms(names.map((n) => concept('x', { name: { en: n, 'zh-cn': n } })));
    expect(sorted.map((t) => t.name.en)).toEqual(['cgroup namespace', 'CLONE_VM', '/proc/[pid]/ns', 'unshare']);
  });
  test.each([
    ['/proc/[pid]/ns', 'P'],
    ['clone3', 'C'],
    ['3d', '#'],
  ])('files %s under %s', (name, letter) => expect(indexLetter({ name: { en: name, 'zh-cn': name } })).toBe(letter));
});

describe('the Chinese index (pinyin order)', () => {
  const zh = (name: string) => concept('x', { name: { en: 'x', 'zh-cn': name } });

  test.each([
    ['挂载命名空间', 'G'],
    ['时间命名空间', 'S'],
    ['虚拟机监控程序', 'X'],
    ['容器运行时', 'R'],
    ['二进制翻译', 'E'],
    ['影子页表', 'Y'],
    ['“无内部进程”规则', 'W'],
    ['CLONE_NEWNS', 'C'],
    ['cgroup 命名空间', 'C'],
    ['/proc/[pid]/ns/ 目录', 'P'],
    ['3d', '#'],
  ])('files %s under %s', (name, letter) => expect(indexLetter(zh(name), 'zh-cn')).toBe(letter));

  test('sorts by letter; inside a letter, Latin names first, then Chinese names by pinyin', () => {
    const names = ['时间命名空间', 'CLONE_NEWNS', '挂载命名空间', '层级', 'cgroup 命名空间', '/proc/[pid]/ns/ 目录', '容器', 'PID 命名空间', '二进制翻译'];
    expect(sortTerms(names.map(zh), 'zh-cn').map((t) => t.name['zh-cn'])).toEqual([
      'cgroup 命名空间',
      'CLONE_NEWNS',
      '层级',
      '二进制翻译',
      '挂载命名空间',
      'PID 命名空间',
      '/proc/[pid]/ns/ 目录',
      '容器',
      '时间命名空间',
    ]);
  });

  test('leaves the English order by English name', () => {
    const terms = [concept('a', { name: { en: 'Time namespace', 'zh-cn': '时间命名空间' } }), concept('b', { name: { en: 'Mount namespace', 'zh-cn': '挂载命名空间' } })];
    expect(sortTerms(terms).map((t) => t.id)).toEqual(['b', 'a']);
    expect(sortTerms(terms, 'zh-cn').map((t) => t.id)).toEqual(['b', 'a']);
  });

  test('glossaryExport lists the Chinese terms in the order of the Chinese index', () => {
    const terms = [concept('time', { name: { en: 'A time', 'zh-cn': '时间命名空间' } }), concept('mount', { name: { en: 'B mount', 'zh-cn': '挂载命名空间' } })];
    expect(glossaryExport(terms, 'en').map((e) => e.id)).toEqual(['time', 'mount']);
    expect(glossaryExport(terms, 'zh-cn').map((e) => e.id)).toEqual(['mount', 'time']);
  });

  test("Node's ICU has the pinyin collation this relies on", () => {
    expect(new Intl.Collator('zh-CN-u-co-pinyin').resolvedOptions().locale).toMatch(/^zh/);
    expect(['时', '挂', '阿'].sort(new Intl.Collator('zh-CN-u-co-pinyin').compare)).toEqual(['阿', '挂', '时']);
  });

  test('files every term of the site under A–Z or #, in index order', () => {
    const letters = sortTerms(allTerms, 'zh-cn').map((t) => indexLetter(t, 'zh-cn'));
    expect(letters.every((l) => /^[A-Z#]$/.test(l))).toBe(true);
    expect(letters).toEqual([...letters].sort((a, b) => (a === '#' ? -1 : b === '#' ? 1 : a.localeCompare(b))));
  });
});

describe('glossaryExport', () => {
  test('writes id, name, category, url, summary (plain and Markdown), aliases, and value for flags only', () => {
    const out = glossaryExport([flag('CLONE_NEWPID', '0x20000000'), concept('namespace')], 'zh-cn');
    expect(out).toEqual([
      {
        version: 1,
        id: 'clone-newpid',
        name: 'CLONE_NEWPID',
        category: 'clone-flag',
        url: '/zh-cn/namespaces/clone-flags/#clone-newpid',
        summary: '一个测试术语。',
        summaryMarkdown: '一个测试术语。',
        aliases: [],
        value: '0x20000000',
      },
      {
        version: 1,
        id: 'namespace',
        name: 'namespace',
        category: 'concept',
        url: '/zh-cn/namespaces/#namespace',
        summary: '一个测试术语。',
        summaryMarkdown: '一个测试术语。',
        aliases: [],
      },
    ]);
  });
});

describe('the glossary export schema', () => {
  test.each(['en', 'zh-cn'] as const)('accepts the %s export of every term', (lang) => {
    expect(() => GlossaryExportEntrySchema.array().parse(glossaryExport(allTerms, lang))).not.toThrow();
  });
  test('rejects an entry with a field it does not know', () => {
    const [first] = glossaryExport(allTerms, 'en');
    expect(GlossaryExportEntrySchema.safeParse({ ...first, extra: 1 }).success).toBe(false);
  });
});
