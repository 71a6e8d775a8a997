/**
 * Byte sizes as `docker run` reads them: a number with an optional unit b, k, m, g, t or p,
 * optionally followed by `b` or `ib`, case-insensitive, all binary (1k = 1024), as Docker's
 * go-units RAMInBytes does.
 * @module
 */

const UNITS: Record<string, bigint> = { '': 1n, b: 1n, k: 1n << 10n, m: 1n << 20n, g: 1n << 30n, t: 1n << 40n, p: 1n << 50n };

/** Why a size could not be read. */
export type SizeError = 'not-a-size' | 'negative' | 'unknown-unit';

/**
 * Parses a size in bytes, or says why it cannot.
 *
 * @example
 * parseBytes('512m') // => { ok: true, bytes: 536870912n }
 * parseBytes('1.5g') // => { ok: true, bytes: 1610612736n }
 * parseBytes('12XB') // => { ok: false, error: 'unknown-unit' }
 */
export function parseBytes(text: string): { ok: true; bytes: bigint } | { ok: false; error: SizeError } {
  const m = /^\s*(-?)(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(text);
  if (!m) return { ok: false, error: 'not-a-size' };
  if (m[1]) return { ok: false, error: 'negative' };
  const unit = /^(b|([kmgtp])(i?b)?)?$/.exec(m[3]!.toLowerCase());
  if (!unit) return { ok: false, error: 'unknown-unit' };
  const multiplier = UNITS[unit[2] ?? unit[1] ?? '']!;
  const [whole, fraction = ''] = m[2]!.split('.');
  // Fixed-point arithmetic keeps 1.5g exact; go-units truncates the product to an integer.
  const scale = 10n ** BigInt(fraction.length);
  return { ok: true, bytes: (BigInt(whole! + fraction) * multiplier) / scale };
}

/**
 * A byte count in the largest binary unit that divides it, for readable notes.
 *
 * @example
 * formatBytes(536870912n) // => '512 MiB'
 * formatBytes(1000n) // => '1000 B'
 */
export function formatBytes(bytes: bigint): string {
  for (const [unit, size] of [['PiB', 1n << 50n], ['TiB', 1n << 40n], ['GiB', 1n << 30n], ['MiB', 1n << 20n], ['KiB', 1n << 10n]] as const) {
    if (bytes >= size && bytes % size === 0n) return `${bytes / size} ${unit}`;
  }
  return `${bytes} B`;
}
