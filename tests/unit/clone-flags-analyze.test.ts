import { describe, expect, test } from 'vitest';
import { analyzeMask } from '../../src/lib/clone-flags/analyze.ts';
import { parseMask } from '../../src/lib/clone-flags/parse.ts';
import { cloneFlagTerms } from '../../src/data/index.ts';
import { cloneRules } from '../../src/data/index.ts';
import { rules, table } from '../support/flag-table.ts';

function verdicts(input: string, mode: 'clone' | 'unshare' = 'unshare') {
  const parsed = parseMask(input, table, mode);
  if (!parsed.ok) throw new Error(`bad test input ${input}`);
  const a = analyzeMask(parsed.mask, table, rules, mode);
  return Object.fromEntries(a.verdicts.map((v) => [v.syscall, v.refusals.map((r) => ('flag' in r ? `${r.code}:${r.flag}` : 'rule' in r ? r.rule : r.code))]));
}

describe('which system calls accept a mask', () => {
  test('namespace flags go everywhere', () => {
    expect(verdicts('newpid|newnet')).toEqual({ clone: [], clone3: [], unshare: [], setns: [] });
  });
  test('setns with several namespaces needs a pidfd', () => {
    const a = analyzeMask(0x60000000n, table, rules, 'unshare');
    expect(a.verdicts.find((v) => v.syscall === 'setns')?.remarks).toEqual([{ code: 'setns-several-needs-pidfd' }]);
  });
  test('flags above bit 31 need clone3()', () => {
    expect(verdicts('clear_sighand')).toEqual({
      clone: ['above-bit-31:CLONE_CLEAR_SIGHAND'],
      clone3: [],
      unshare: ['flag-not-accepted:CLONE_CLEAR_SIGHAND'],
      setns: ['flag-not-accepted:CLONE_CLEAR_SIGHAND'],
    });
  });
  test('the mainline clone3()-only flags go to clone3() alone', () => {
    expect(verdicts('autoreap|nnp|pidfd_autokill|pidfd')).toEqual({
      clone: ['above-bit-31:CLONE_AUTOREAP', 'above-bit-31:CLONE_NNP', 'above-bit-31:CLONE_PIDFD_AUTOKILL'],
      clone3: [],
      unshare: ['flag-not-accepted:CLONE_PIDFD', 'flag-not-accepted:CLONE_AUTOREAP', 'flag-not-accepted:CLONE_NNP', 'flag-not-accepted:CLONE_PIDFD_AUTOKILL'],
      setns: ['flag-not-accepted:CLONE_PIDFD', 'flag-not-accepted:CLONE_AUTOREAP', 'flag-not-accepted:CLONE_NNP', 'flag-not-accepted:CLONE_PIDFD_AUTOKILL'],
    });
  });
  test('CLONE_NEWTIME cannot go to clone()', () => {
    expect(verdicts('newtime').clone).toEqual(['flag-not-accepted:CLONE_NEWTIME']);
  });
  test('an exit signal only suits clone()', () => {
    expect(verdicts('SIGCHLD|newuts', 'clone')).toEqual({ clone: [], clone3: ['signal-byte'], unshare: ['signal-byte'], setns: ['signal-byte'] });
  });
  test('bits that are no flag are refused by every call', () => {
    expect(verdicts('0x1').clone3).toEqual(['unknown-bits']);
  });
});

describe('clone(2) ERRORS rules', () => {
  const cases: [string, string[]][] = [
    ['sighand', ['sighand-without-vm']],
    ['sighand|vm', []],
    ['thread|sighand|vm', []],
    ['thread|vm', ['thread-without-sighand']],
    ['fs|newns', ['fs-and-newns']],
    ['newuser|fs', ['newuser-and-fs']],
    ['newipc|sysvsem', ['newipc-and-sysvsem']],
    ['newpid|parent', ['newpid-and-parent']],
    ['newuser|thread|sighand|vm', ['newuser-and-thread']],
    ['pidfd|parent_settid', ['pidfd-and-parent-settid']],
    ['sighand|vm|clear_sighand', ['sighand-and-clear-sighand']],
    ['detached', ['detached-in-clone3']],
  ];
  test.each(cases)('%s breaks %j', (input, ids) => {
    const parsed = parseMask(input, table, 'unshare');
    expect(parsed.ok && analyzeMask(parsed.mask, table, rules, 'unshare').violations.map((r) => r.id)).toEqual(ids);
  });

  test('a rule applies only to the system calls it names', () => {
    expect(verdicts('pidfd|parent_settid')).toMatchObject({ clone: ['pidfd-and-parent-settid'], clone3: [] });
  });

  test('every rule names existing flags and cites clone(2)', () => {
    const ids = new Set(cloneFlagTerms.map((f) => f.id));
    for (const rule of cloneRules) {
      expect([...rule.all, ...rule.none].filter((id) => !ids.has(id)), rule.id).toEqual([]);
      expect(rule.source.url).toMatch(/^https:\/\/man7\.org\/linux\/man-pages\/man2\/clone\.2\.html/);
    }
  });
});
