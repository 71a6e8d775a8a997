import { describe, expect, test } from 'vitest';
import { parseMask, type ParseResult } from '../../src/lib/clone-flags/parse.ts';
import { table } from '../support/flag-table.ts';

const ok = (mask: bigint): ParseResult => ({ ok: true, mask });

describe('parseMask reads every input form', () => {
  const cases: [string, 'clone' | 'unshare', ParseResult][] = [
    ['0x7E020080', 'unshare', ok(0x7e020080n)],
    ['0x7e02_0080', 'unshare', ok(0x7e020080n)],
    ['  0X20000000 ', 'unshare', ok(0x20000000n)],
    ['536870912', 'unshare', ok(0x20000000n)],
    ['536_870_912', 'unshare', ok(0x20000000n)],
    ['0b0110_0000_0000_0000_0000_0000_0000_0000', 'unshare', ok(0x60000000n)],
    ['0x300000000', 'unshare', ok(0x300000000n)],
    ['0xffffffffffffffff', 'unshare', ok((1n << 64n) - 1n)],
    ['CLONE_NEWPID | CLONE_NEWNET', 'unshare', ok(0x60000000n)],
    ['CLONE_NEWPID|CLONE_NEWNET', 'unshare', ok(0x60000000n)],
    // What a Chinese input method types: full-width bar, digits and letters.
    ['CLONE_NEWPID｜CLONE_NEWNET', 'unshare', ok(0x60000000n)],
    ['０ｘ２００００００００', 'unshare', ok(0x200000000n)],
    ['５３６８７０９１２', 'unshare', ok(0x20000000n)],
    ['newpid,newnet', 'unshare', ok(0x60000000n)],
    ['NewPid + clone_newnet', 'unshare', ok(0x60000000n)],
    ['newpid newnet', 'unshare', ok(0x60000000n)],
    ['CLONE_NEWTIME', 'unshare', ok(0x80n)],
    ['CLONE_NEWNS | 0x80', 'unshare', ok(0x20080n)],
    ['CLONE_CLEAR_SIGHAND|CLONE_INTO_CGROUP', 'unshare', ok(0x300000000n)],
    ['flags=CLONE_NEWNS|CLONE_NEWPID|SIGCHLD', 'clone', ok(0x20020011n)],
    [
      'clone(child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD, child_tidptr=0x7f3c5d2fca10) = 4242',
      'clone',
      ok(0x01200011n),
    ],
    ['unshare(CLONE_NEWNS|CLONE_NEWPID) = 0', 'unshare', ok(0x20020000n)],
    ['clone3({flags=CLONE_VM|CLONE_VFORK, exit_signal=SIGCHLD, stack=0x7f, stack_size=0x9000}, 88) = 99', 'unshare', ok(0x4100n)],
    ['SIGCHLD | newuts', 'clone', ok(0x04000011n)],
  ];
  test.each(cases)('%j (%s)', (input, mode, expected) => {
    expect(parseMask(input, table, mode)).toEqual(expected);
  });
});

describe('parseMask explains bad input instead of throwing', () => {
  const cases: [string, 'clone' | 'unshare', object][] = [
    ['', 'unshare', { code: 'empty' }],
    ['   ', 'unshare', { code: 'empty' }],
    ['flags=', 'unshare', { code: 'empty' }],
    ['-1', 'unshare', { code: 'negative', token: '-1' }],
    ['-0x20000000', 'unshare', { code: 'negative', token: '-0x20000000' }],
    ['0x10000000000000000', 'unshare', { code: 'too-large', token: '0x10000000000000000' }],
    ['18446744073709551616', 'unshare', { code: 'too-large', token: '18446744073709551616' }],
    ['0xZZ', 'unshare', { code: 'garbage', token: '0xZZ' }],
    ['0x', 'unshare', { code: 'garbage', token: '0x' }],
    ['0b102', 'unshare', { code: 'garbage', token: '0b102' }],
    ['CLONE_NEWPID & CLONE_NEWNET', 'unshare', { code: 'garbage', token: '&' }],
    ['CLONE_NEWPIG', 'unshare', { code: 'unknown-name', token: 'CLONE_NEWPIG', suggestion: 'CLONE_NEWPID' }],
    ['banana', 'unshare', { code: 'unknown-name', token: 'banana' }],
    ['CSIGNAL', 'clone', { code: 'csignal-is-a-mask', token: 'CSIGNAL' }],
    ['CLONE_NEWPID|SIGCHLD', 'unshare', { code: 'signal-needs-clone', token: 'SIGCHLD' }],
    ['CLONE_NEWTIME', 'clone', { code: 'newtime-in-clone', token: 'CLONE_NEWTIME' }],
    ['SIGCHLD|SIGUSR1', 'clone', { code: 'two-signals', token: 'SIGUSR1' }],
  ];
  test.each(cases)('%j (%s)', (input, mode, error) => {
    expect(parseMask(input, table, mode)).toEqual({ ok: false, error });
  });

  test('never throws, whatever the input', () => {
    for (const input of ['\u0000', '|||', '0x_', '((', '{flags=}', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢', 'CLONE_', '9'.repeat(400)]) {
      expect(() => parseMask(input, table, 'unshare')).not.toThrow();
      expect(parseMask(input, table, 'unshare').ok).toBeTypeOf('boolean');
    }
  });
});
