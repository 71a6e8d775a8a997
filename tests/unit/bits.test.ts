import { describe, expect, test } from 'vitest';
import { bitPositions, describeBits, toHex } from '../../src/lib/bits.ts';

describe('bitPositions', () => {
  test.each([
    [0n, []],
    [1n, [0]],
    [0x20000000n, [29]],
    [0xffn, [0, 1, 2, 3, 4, 5, 6, 7]],
    [0x300000000n, [32, 33]],
    [1n << 63n, [63]],
  ])('%s has bits %j', (mask, bits) => expect(bitPositions(mask)).toEqual(bits));
});

describe('toHex', () => {
  test.each([
    [0n, '0x00000000'],
    [0x20000n, '0x00020000'],
    [0xffffffffn, '0xffffffff'],
    [0x100000000n, '0x0000000100000000'],
  ])('%s → %s', (mask, hex) => expect(toHex(mask)).toBe(hex));
});

describe('describeBits', () => {
  const cases: [bigint, string][] = [
    [0x200000000n, '33'],
    [0xffn, '0–7'],
    [0x5n, '0, 2'],
    [0x300000000n, '32–33'],
  ];
  test.each(cases)('%s reads %s', (mask, expected) => {
    expect(describeBits(mask)).toBe(expected);
  });
});
