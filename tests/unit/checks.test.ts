import { describe, expect, test } from 'vitest';
import { uniqueIds } from '../../src/data/checks/unique-ids.ts';
import { uniqueAnchors } from '../../src/data/checks/unique-anchors.ts';
import { flagBits } from '../../src/data/checks/flag-bits.ts';
import { relatedExist } from '../../src/data/checks/related-exist.ts';
import { bothLanguages } from '../../src/data/checks/both-languages.ts';
import type { TermCheck } from '../../src/data/checks/types.ts';
import type { Term } from '../../src/data/schema/term.ts';
import { concept, flag } from '../support/terms.ts';

const cases: [string, TermCheck, Term[], string[]][] = [
  ['uniqueIds accepts distinct ids', uniqueIds, [concept('a'), concept('b')], []],
  ['uniqueIds reports a repeated id', uniqueIds, [concept('a'), concept('a')], ['a: the id is used by more than one term']],
  ['uniqueAnchors accepts one anchor per page', uniqueAnchors, [concept('a'), concept('b', { page: 'glossary' })], []],
  [
    'uniqueAnchors reports an anchor twice on a page',
    uniqueAnchors,
    [concept('a'), concept('a')],
    ['a: #a appears twice on page "namespaces"'],
  ],
  ['flagBits accepts single distinct bits', flagBits, [flag('CLONE_VM', '0x00000100'), flag('CLONE_FS', '0x00000200')], []],
  ['flagBits accepts CLONE_NEWTIME inside CSIGNAL', flagBits, [flag('CSIGNAL', '0x000000ff'), flag('CLONE_NEWTIME', '0x00000080')], []],
  ['flagBits reports two bits in one flag', flagBits, [flag('CLONE_VM', '0x00000300')], ['CLONE_VM: 0x00000300 is not a single bit']],
  [
    'flagBits reports a value used twice',
    flagBits,
    [flag('CLONE_VM', '0x00000100'), flag('CLONE_X', '0x00000100')],
    ['CLONE_X: 0x00000100 is also the value of CLONE_VM'],
  ],
  [
    'flagBits reports another flag in the signal byte',
    flagBits,
    [flag('CSIGNAL', '0x000000ff'), flag('CLONE_X', '0x00000040')],
    ['CLONE_X: 0x00000040 overlaps the CSIGNAL byte'],
  ],
  ['flagBits reports a value beyond 64 bits', flagBits, [flag('CLONE_X', '0x10000000000000000')], ['CLONE_X: 0x10000000000000000 does not fit in 64 bits']],
  ['relatedExist accepts known ids', relatedExist, [concept('a', { related: ['b'] }), concept('b')], []],
  ['relatedExist reports an unknown id', relatedExist, [concept('a', { related: ['nope'] })], ['a: related names unknown term "nope"']],
  ['relatedExist reports a term related to itself', relatedExist, [concept('a', { related: ['a'] })], ['a: related names the term itself']],
  [
    'relatedExist reports a flag whose namespace is not a namespace',
    relatedExist,
    [flag('CLONE_NEWPID', '0x20000000', { namespace: 'b' } as Partial<Term>), concept('b')],
    ['clone-newpid: namespace "b" is a concept, not a namespace'],
  ],
  ['bothLanguages accepts Chinese text', bothLanguages, [concept('a')], []],
  [
    'bothLanguages reports an English placeholder',
    bothLanguages,
    [concept('a', { summary: { en: 'Same.', 'zh-cn': 'Same.' } })],
    ["a: summary['zh-cn'] has no Chinese text"],
  ],
];

describe('consistency checks', () => {
  test.each(cases)('%s', (_, check, terms, problems) => {
    expect(check(terms)).toEqual(problems);
  });
});
