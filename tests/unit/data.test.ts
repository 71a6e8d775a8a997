import { describe, expect, test } from 'vitest';
import { cloneFlagTerms, namespaceTerms, terms } from '../../src/data/index.ts';
import { loadDataset } from '../../src/data/load.ts';
import { TERM_CHECKS } from '../../src/data/checks/index.ts';
import { TermSchema } from '../../src/data/schema/term.ts';
import { HistoryEventSchema } from '../../src/data/schema/history-event.ts';
import { findTerm } from '../../src/lib/glossary.ts';
import { concept } from '../support/terms.ts';

describe('the glossary data', () => {
  test('has all eight namespaces, each with its /proc/[pid]/ns file', () => {
    expect(Object.fromEntries(namespaceTerms.map((n) => [n.id, n.procFile]))).toEqual({
      'mount-namespace': 'mnt',
      'uts-namespace': 'uts',
      'ipc-namespace': 'ipc',
      'pid-namespace': 'pid',
      'network-namespace': 'net',
      'user-namespace': 'user',
      'cgroup-namespace': 'cgroup',
      'time-namespace': 'time',
    });
  });

  test.each(namespaceTerms.map((n) => [n.id, n.flag]))('%s and its flag %s point at each other', (id, flagId) => {
    expect(findTerm(cloneFlagTerms, flagId).namespace).toBe(id);
  });

  const syscallCases: [string, string[]][] = [
    ['CLONE_NEWTIME', ['clone3', 'setns', 'unshare']],
    ['CLONE_CLEAR_SIGHAND', ['clone3']],
    ['CLONE_INTO_CGROUP', ['clone3']],
    ['CSIGNAL', ['clone']],
  ];
  test.each(syscallCases)('%s is accepted only by %j', (name, syscalls) => {
    const flag = cloneFlagTerms.find((f) => f.name.en === name);
    expect([...flag!.syscalls].sort()).toEqual(syscalls);
  });

  test('every namespace flag is accepted by unshare() and setns()', () => {
    for (const f of cloneFlagTerms.filter((t) => t.namespace)) {
      expect(f.syscalls, f.name.en).toEqual(expect.arrayContaining(['unshare', 'setns']));
    }
  });

  test('no term cites the same source twice', () => {
    const repeats = terms.flatMap((t) => t.sources.filter((src, i) => t.sources.findIndex((o) => o.url === src.url) !== i).map((src) => `${t.id}: ${src.url}`));
    expect(repeats).toEqual([]);
  });
});

const loadTerms = (modules: Record<string, unknown>) => loadDataset(TermSchema, modules, { name: 'Glossary data', checks: TERM_CHECKS });

describe('loadDataset', () => {
  test('reports schema problems with the file, the entry, the field and the value', () => {
    expect(() =>
      loadTerms({ 'terms/a.ts': { ...concept('ok'), id: 'Bad Id' }, 'terms/b.ts': [{ ...concept('b'), sources: [] }] }),
    ).toThrowErrorMatchingInlineSnapshot(`
      [Error: Glossary data is invalid:
      - terms/a.ts: Bad Id: id: a term id is lowercase letters, digits and hyphens, starting with a letter (got "Bad Id")
      - terms/b.ts: b: sources: Too small: expected array to have >=1 items (got [])]
    `);
  });

  test('reports a data file without a default export', () => {
    expect(() => loadTerms({ 'terms/empty.ts': undefined })).toThrow('terms/empty.ts: has no default export');
  });

  test('reports consistency problems by check name', () => {
    expect(() => loadTerms({ 'terms/a.ts': concept('a', { related: ['ghost'] }) })).toThrow(
      'relatedExist: a: related names unknown term "ghost"',
    );
  });

  test('accepts a valid file holding one entry or a family of entries', () => {
    expect(loadTerms({ 'terms/a.ts': concept('a'), 'terms/bc.ts': [concept('b'), concept('c')] }).map((t) => t.id)).toEqual(['a', 'b', 'c']);
  });

  const dates: [string, boolean][] = [
    ['2013-03-20', true],
    ['2013-03', true],
    ['2013', false],
    ['2013-13', false],
    ['2013-03-32', false],
    ['13-03-20', false],
  ];
  test.each(dates)('a history date %s is accepted: %s', (date, ok) => {
    const event = { id: 'e', date, title: { en: 'T', 'zh-cn': '标' }, description: { en: 'D', 'zh-cn': '述' }, sources: concept('x').sources };
    expect(HistoryEventSchema.safeParse(event).success).toBe(ok);
  });
});
