/**
 * Values as docker/cli's flag library (spf13/pflag) reads them with Go's strconv: booleans
 * (`ParseBool`) and integers in base 0 (`ParseInt(s, 0, 64)`), which accepts `0x1f`, `0o17`,
 * `0b101`, a leading `0` for octal and `_` between digits.
 * @module
 */

/** Spellings strconv.ParseBool accepts, in its order: true ones, then false ones. */
export const GO_BOOL_SPELLINGS = ['1', 't', 'T', 'TRUE', 'true', 'True', '0', 'f', 'F', 'FALSE', 'false', 'False'] as const;

/**
 * A boolean as strconv.ParseBool reads it, or undefined.
 *
 * @example
 * parseGoBool('True') // => true
 * parseGoBool('yes') // => undefined
 */
export function parseGoBool(text: string): boolean | undefined {
  const at = (GO_BOOL_SPELLINGS as readonly string[]).indexOf(text);
  return at < 0 ? undefined : at < GO_BOOL_SPELLINGS.length / 2;
}

/** Digits of each base, with Go's rule that `_` only separates digits (or follows a base prefix). */
const FORMS: readonly [RegExp, number][] = [
  [/^0[xX](_?[0-9a-fA-F]+(?:_[0-9a-fA-F]+)*)$/, 16],
  [/^0[oO](_?[0-7]+(?:_[0-7]+)*)$/, 8],
  [/^0[bB](_?[01]+(?:_[01]+)*)$/, 2],
  [/^0(_?[0-7]+(?:_[0-7]+)*)$/, 8],
  // A decimal has no leading 0: `09` is a bad octal number, not nine.
  [/^(0|[1-9][0-9]*(?:_[0-9]+)*)$/, 10],
];

/**
 * An integer as strconv.ParseInt(text, 0, 64) reads its digits (the range is the caller's), or undefined.
 *
 * @example
 * parseGoInt('1024') // => 1024n
 * parseGoInt('0x400') // => 1024n
 * parseGoInt('010') // => 8n (a leading 0 is octal)
 * parseGoInt('1.5') // => undefined
 */
export function parseGoInt(text: string): bigint | undefined {
  const sign = text[0] === '-' ? -1n : 1n;
  const body = text[0] === '-' || text[0] === '+' ? text.slice(1) : text;
  for (const [form, base] of FORMS) {
    const digits = form.exec(body)?.[1];
    if (digits === undefined) continue;
    let value = 0n;
    for (const d of digits.replaceAll('_', '')) value = value * BigInt(base) + BigInt(parseInt(d, base));
    return sign * value;
  }
  return undefined;
}

/** The range of each integer type of the reference's option table. */
export const INT_RANGES: Readonly<Record<string, readonly [bigint, bigint]>> = {
  int: [-(1n << 63n), (1n << 63n) - 1n],
  int64: [-(1n << 63n), (1n << 63n) - 1n],
  uint16: [0n, (1n << 16n) - 1n],
  uint64: [0n, (1n << 64n) - 1n],
};
