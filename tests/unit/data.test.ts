import { describe, expect, test } from 'vitest';
import { cloneFlagTerms, namespaceTerms, terms } from '../../src/data/index.ts';
import { loadTerms } from '../../src/data/load.ts';
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

  test('every term cites at least one source', () => {
    expect(terms.filter((t) => t.sources.length === 0)).toEqual([]);
  });
});

describe('loadTerms', () => {
  test('reports schema problems with the term id and field', () => {
    expect(() => loadTerms([{ ...concept('ok'), id: 'Bad Id' }, { ...concept('b'), sources: [] }])).toThrowErrorMatchingInlineSnapshot(`
      [Error: Glossary data is invalid:
      - Bad Id: id: a term id is lowercase letters, digits and hyphens, starting with a letter
      - b: sources: Too small: expected array to have >=1 items]
    `);
  });

  test('reports consistency problems by check name', () => {
    expect(() => loadTerms([concept('a', { related: ['ghost'] })])).toThrow('relatedExist: a: related names unknown term "ghost"');
  });
});
