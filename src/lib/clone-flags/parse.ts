/**
 * Reads what a person pastes as a clone-flag mask: a number in hex, decimal or binary, a C
 * expression of flag names, or a line of strace output. Never throws: every problem comes
 * back as a typed error.
 * @module
 */
import type { FlagTable, MaskMode } from './types.ts';
import { SIGNALS } from './signals.ts';

/** Why an input could not be read. `token` is the offending piece of the input. */
export type ParseError =
  | { code: 'empty' }
  | { code: 'negative'; token: string }
  | { code: 'too-large'; token: string }
  | { code: 'garbage'; token: string }
  | { code: 'unknown-name'; token: string; suggestion?: string }
  | { code: 'csignal-is-a-mask'; token: string }
  | { code: 'signal-needs-clone'; token: string }
  | { code: 'newtime-in-clone'; token: string }
  | { code: 'two-signals'; token: string };

export type ParseResult = { ok: true; mask: bigint } | { ok: false; error: ParseError };

/** The largest value a 64-bit mask can hold. */
export const MAX_MASK = (1n << 64n) - 1n;

const NUMBER = /^(0x[0-9a-f_]+|0b[01_]+|0o[0-7_]+|[0-9][0-9_]*)$/i;
const IDENTIFIER = /^[a-z_][a-z0-9_]*$/i;

/** Pulls the flags out of strace output: `flags=A|B` or `unshare(A|B) = 0`. */
function extractFlags(input: string): string {
  const field = /flags=([^,)}\s]*)/.exec(input);
  if (field) return field[1]!;
  const call = /^\s*[a-z_0-9]+\(([^)]*)\)/i.exec(input);
  return call ? call[1]! : input;
}

function parseNumber(token: string): bigint | undefined {
  const digits = token.replaceAll('_', '');
  if (/_$|__|^0[xbo]_/i.test(token) || /^0[xbo]$/i.test(digits)) return undefined;
  try {
    return BigInt(digits.toLowerCase());
  } catch {
    return undefined;
  }
}

/** Edit distance, for "did you mean" suggestions on misspelt names. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

function suggest(name: string, table: FlagTable): string | undefined {
  let best: { name: string; d: number } | undefined;
  for (const flag of table.flags) {
    const d = distance(name, flag.name);
    if (!best || d < best.d) best = { name: flag.name, d };
  }
  return best && best.d <= 3 ? best.name : undefined;
}

/**
 * Parses a mask. In `clone` mode a signal name (SIGCHLD) goes into the low byte; in
 * `unshare` mode (also clone3) the low byte holds CLONE_NEWTIME and no signal.
 *
 * @example
 * parseMask('0x7E020080', table, 'unshare') // => { ok: true, mask: 0x7e020080n }
 * parseMask('newpid | CLONE_NEWNET', table, 'unshare') // => { ok: true, mask: 0x60000000n }
 * parseMask('flags=CLONE_NEWNS|CLONE_NEWPID|SIGCHLD', table, 'clone') // => { ok: true, mask: 0x20020011n }
 * parseMask('CLONE_NEWPIG', table, 'unshare')
 * // => { ok: false, error: { code: 'unknown-name', token: 'CLONE_NEWPIG', suggestion: 'CLONE_NEWPID' } }
 */
export function parseMask(input: string, table: FlagTable, mode: MaskMode): ParseResult {
  // NFKC folds what a Chinese input method types, full-width ｜ and ０-９ and letters, to ASCII.
  const text = extractFlags(input.normalize('NFKC').trim()).trim();
  if (!text) return { ok: false, error: { code: 'empty' } };
  const tokens = text.split(/\s*[|+,]\s*|\s+/).filter(Boolean);
  if (tokens.length === 0) return { ok: false, error: { code: 'garbage', token: text } };
  let mask = 0n;
  let signal: string | undefined;
  for (const token of tokens) {
    if (token.startsWith('-')) return { ok: false, error: { code: 'negative', token } };
    if (NUMBER.test(token)) {
      const value = parseNumber(token);
      if (value === undefined) return { ok: false, error: { code: 'garbage', token } };
      if (value > MAX_MASK) return { ok: false, error: { code: 'too-large', token } };
      mask |= value;
      continue;
    }
    if (!IDENTIFIER.test(token)) return { ok: false, error: { code: 'garbage', token } };
    const upper = token.toUpperCase();
    if (upper === 'CSIGNAL') return { ok: false, error: { code: 'csignal-is-a-mask', token } };
    if (upper in SIGNALS) {
      if (mode !== 'clone') return { ok: false, error: { code: 'signal-needs-clone', token } };
      if (signal) return { ok: false, error: { code: 'two-signals', token } };
      signal = upper;
      mask |= BigInt(SIGNALS[upper]!);
      continue;
    }
    const name = upper.startsWith('CLONE_') ? upper : `CLONE_${upper}`;
    const flag = table.flags.find((f) => f.name === name);
    if (!flag) {
      const suggestion = suggest(name, table);
      return { ok: false, error: { code: 'unknown-name', token, ...(suggestion ? { suggestion } : {}) } };
    }
    if (mode === 'clone' && (flag.value & table.signalMask) !== 0n) {
      return { ok: false, error: { code: 'newtime-in-clone', token } };
    }
    mask |= flag.value;
  }
  return { ok: true, mask };
}
