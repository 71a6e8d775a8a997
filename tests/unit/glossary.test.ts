import { describe, expect, test } from 'vitest';
import { findTerm, glossaryExport, indexLetter, sortTerms, termUrl } from '../../src/lib/glossary.ts';
import { concept, flag } from '../support/terms.ts';

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

describe('glossaryExport', () => {
  test('writes id, name, category, url, summary, aliases, and value for flags only', () => {
    const out = glossaryExport([flag('CLONE_NEWPID', '0x20000000'), concept('namespace')], 'zh-cn');
    expect(out).toEqual([
      {
        id: 'clone-newpid',
        name: 'CLONE_NEWPID',
        category: 'clone-flag',
        url: '/zh-cn/namespaces/clone-flags/#clone-newpid',
        summary: '一个测试术语。',
        aliases: [],
        value: '0x20000000',
      },
      { id: 'namespace', name: 'namespace', category: 'concept', url: '/zh-cn/namespaces/#namespace', summary: '一个测试术语。', aliases: [] },
    ]);
  });
});
