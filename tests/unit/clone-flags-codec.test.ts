import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { decodeMask, encodeFlags, findFlag, shortId } from '../../src/lib/clone-flags/codec.ts';
import { formatMask, ROUND_TRIP_FORMATS } from '../../src/lib/clone-flags/format.ts';
import { parseMask } from '../../src/lib/clone-flags/parse.ts';
import { table } from '../support/flag-table.ts';

const names = (mask: bigint, mode: 'clone' | 'unshare') => decodeMask(mask, table, mode).flags.map((f) => f.name);

describe('encodeFlags and findFlag', () => {
  test.each([
    [['newpid', 'newnet'], 0x60000000n],
    [['CLONE_NEWPID', 'clone-newnet'], 0x60000000n],
    [['clear_sighand', 'into-cgroup'], 0x300000000n],
    [[], 0n],
  ])('%j → %s', (keys, mask) => expect(encodeFlags(keys, table)).toEqual({ mask, unknown: [] }));

  test('returns unknown keys instead of dropping them silently', () => {
    expect(encodeFlags(['newpid', 'bogus'], table)).toEqual({ mask: 0x20000000n, unknown: ['bogus'] });
  });

  test('shortId drops the clone- prefix used in URLs', () => {
    expect(shortId(findFlag('CLONE_NEWUSER', table)!)).toBe('newuser');
  });
});

describe('decodeMask', () => {
  test('reads the low byte as the exit signal for clone()', () => {
    expect(decodeMask(0x20020011n, table, 'clone')).toMatchObject({ signal: 17, unknownBits: 0n });
    expect(names(0x20020011n, 'clone')).toEqual(['CLONE_NEWNS', 'CLONE_NEWPID']);
  });

  test('reads bit 7 as CLONE_NEWTIME for unshare() and clone3(), and other low bits as unknown', () => {
    expect(names(0x20000081n, 'unshare')).toEqual(['CLONE_NEWTIME', 'CLONE_NEWPID']);
    expect(decodeMask(0x20000081n, table, 'unshare')).toMatchObject({ signal: 0, unknownBits: 1n });
  });

  test('decodes the clone3()-only flags the mainline header added after Linux 6.1 (bits 34–36)', () => {
    expect(names(0x1c00000000n, 'unshare')).toEqual(['CLONE_AUTOREAP', 'CLONE_NNP', 'CLONE_PIDFD_AUTOKILL']);
    expect(decodeMask(0x1c00000000n, table, 'clone')).toMatchObject({ signal: 0, unknownBits: 0n });
    expect(encodeFlags(['autoreap', 'CLONE_NNP', 'pidfd_autokill'], table)).toEqual({ mask: 0x1c00000000n, unknown: [] });
  });

  test('handles all 64 bits with bigint', () => {
    expect(names(0x300000000n, 'unshare')).toEqual(['CLONE_CLEAR_SIGHAND', 'CLONE_INTO_CGROUP']);
    expect(decodeMask(1n << 63n, table, 'unshare').unknownBits).toBe(1n << 63n);
  });
});

describe('round trips (property tests)', () => {
  const flagSubsets = fc.subarray([...table.flags]);

  test.each(['clone', 'unshare'] as const)('decode(encode(s)) = s for every subset of flags usable with %s', (mode) => {
    fc.assert(
      fc.property(flagSubsets, (subset) => {
        const usable = subset.filter((f) => mode === 'unshare' || (f.value & table.signalMask) === 0n);
        const { mask } = encodeFlags(
          usable.map((f) => f.id),
          table,
        );
        expect(decodeMask(mask, table, mode).flags).toEqual(usable);
      }),
    );
  });

  const masks = fc.bigInt({ min: 0n, max: (1n << 64n) - 1n });
  test.each(ROUND_TRIP_FORMATS.flatMap((format) => (['clone', 'unshare'] as const).map((mode) => [format, mode] as const)))(
    'parse(format(m)) = m for the %s format (%s)',
    (format, mode) => {
      fc.assert(
        fc.property(masks, (mask) => {
          const text = formatMask(mask, format, table, mode).text;
          expect(parseMask(text, table, mode)).toEqual({ ok: true, mask });
        }),
      );
    },
  );
});
