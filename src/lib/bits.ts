/**
 * Bit arithmetic on 64-bit masks, as bigint: clone3() flags reach above bit 31, where
 * JavaScript numbers and bitwise operators stop working.
 * @module
 */

/**
 * The positions of the set bits of a mask, lowest first.
 *
 * @example
 * bitPositions(0x20000000n) // => [29]
 * bitPositions(0xffn) // => [0, 1, 2, 3, 4, 5, 6, 7]
 */
export function bitPositions(mask: bigint): number[] {
  const positions: number[] = [];
  for (let bit = 0; mask >> BigInt(bit) > 0n; bit++) {
    if ((mask >> BigInt(bit)) & 1n) positions.push(bit);
  }
  return positions;
}

/**
 * Hex of a mask, zero-padded to 8 digits (or 16 above 32 bits), as C headers usually print it.
 *
 * @example
 * toHex(0x20000n) // => '0x00020000'
 * toHex(0x100000000n) // => '0x0000000100000000'
 */
export function toHex(mask: bigint): string {
  const digits = mask.toString(16);
  return `0x${digits.padStart(digits.length > 8 ? 16 : 8, '0')}`;
}

/**
 * The set bits of a mask as prose writes them: one position, or a range of contiguous ones.
 *
 * @example
 * describeBits(0x200000000n) // => '33'
 * describeBits(0xffn) // => '0–7'
 * describeBits(0x5n) // => '0, 2'
 */
export function describeBits(mask: bigint): string {
  const bits = bitPositions(mask);
  const contiguous = bits.length > 1 && bits.every((b, i) => i === 0 || b === bits[i - 1]! + 1);
  return contiguous ? `${bits[0]}–${bits.at(-1)}` : bits.join(', ');
}
