/**
 * Splits a command line into words the way a POSIX shell would before running it, for
 * commands pasted from a terminal or a README: a leading `$ ` prompt, backslash-newline line
 * continuations, single and double quotes, and backslash escapes. Nothing is expanded:
 * `$HOME`, `$(pwd)` and backquotes stay as typed, each kept whole inside its word, because the
 * values only exist on the machine that runs the command. Comments and operators (`|`, `&&`,
 * `;`) are not special. Never throws: problems come back as values.
 * @module
 */

/** A quote or substitution that was opened and never closed. */
export type OpenQuote = "'" | '"' | '`' | '$(' | '${';

export type ShellWordsError = { code: 'unterminated-quote'; quote: OpenQuote; at: number };

export type ShellWordsResult =
  | {
      ok: true;
      /** The words, quotes removed. */
      words: string[];
      /** Where each word starts in the input (UTF-16 offset). */
      offsets: number[];
    }
  | { ok: false; error: ShellWordsError };

/** Characters a backslash escapes inside double quotes (POSIX sh, 2.2.3); before any other it stays. */
const ESCAPABLE_IN_DOUBLE_QUOTES = new Set(['$', '`', '"', '\\']);
const BLANK = /[ \t\r\n]/;

/**
 * The end (exclusive) of a `$(…)`, `${…}` or backquoted part that starts at `start`, or -1 if
 * it is never closed. Quotes inside are skipped so a `)` in them does not end it.
 */
function substitutionEnd(text: string, start: number, open: OpenQuote): number {
  const close = open === '$(' ? ')' : open === '${' ? '}' : '`';
  let depth = 1;
  for (let i = start + open.length; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\\') i++;
    else if (open !== '`' && (c === "'" || c === '"')) {
      i = text.indexOf(c, i + 1);
      if (i < 0) return -1;
    } else if (open === '$(' && c === '(') depth++;
    else if (open === '${' && text.startsWith('${', i)) {
      depth++;
      i++;
    } else if (c === close && --depth === 0) return i + 1;
  }
  return -1;
}

/** `$(`, `${` or a backquote at `i`, if one starts there. */
function substitutionAt(text: string, i: number): OpenQuote | undefined {
  if (text[i] === '`') return '`';
  if (text[i] === '$' && (text[i + 1] === '(' || text[i + 1] === '{')) return text[i + 1] === '(' ? '$(' : '${';
  return undefined;
}

/**
 * Splits a command line into words.
 *
 * @example
 * shellWords('$ docker run --rm \\\n  -e "GREETING=hello world" alpine echo \'$HOME\'').words
 * // => ['docker', 'run', '--rm', '-e', 'GREETING=hello world', 'alpine', 'echo', '$HOME']
 * shellWords('docker run -e "A=1 alpine')
 * // => { ok: false, error: { code: 'unterminated-quote', quote: '"', at: 17 } }
 */
export function shellWords(input: string): ShellWordsResult {
  // A backslash-newline joins lines outside quotes and inside double quotes, not in single quotes.
  const prompt = /^\s*\$ /.exec(input);
  const text = input.slice(prompt ? prompt[0].length : 0);
  const shift = prompt ? prompt[0].length : 0;
  const words: string[] = [];
  const offsets: number[] = [];
  let word: string | undefined;
  const add = (chunk: string, at: number) => {
    if (word === undefined) offsets.push(at + shift);
    word = (word ?? '') + chunk;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\\' && (text[i + 1] === '\n' || (text[i + 1] === '\r' && text[i + 2] === '\n'))) {
      i += text[i + 1] === '\r' ? 2 : 1;
    } else if (BLANK.test(c)) {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else if (c === '\\') {
      add(text[i + 1] ?? '\\', i);
      i++;
    } else if (c === "'") {
      const end = text.indexOf("'", i + 1);
      if (end < 0) return { ok: false, error: { code: 'unterminated-quote', quote: "'", at: i + shift } };
      add(text.slice(i + 1, end), i);
      i = end;
    } else if (c === '"') {
      const end = doubleQuoted(text, i, (chunk) => add(chunk, i));
      if (typeof end === 'object') return { ok: false, error: { ...end, at: end.at + shift } };
      i = end;
    } else {
      const open = substitutionAt(text, i);
      if (!open) {
        add(c, i);
        continue;
      }
      const end = substitutionEnd(text, i, open);
      if (end < 0) return { ok: false, error: { code: 'unterminated-quote', quote: open, at: i + shift } };
      add(text.slice(i, end), i);
      i = end - 1;
    }
  }
  if (word !== undefined) words.push(word);
  return { ok: true, words, offsets };
}

/**
 * Reads a double-quoted part opening at `start`; hands its text to `emit` and returns the
 * index of the closing quote, or the error.
 */
function doubleQuoted(text: string, start: number, emit: (chunk: string) => void): number | ShellWordsError {
  let chunk = '';
  for (let i = start + 1; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') {
      emit(chunk);
      return i;
    }
    if (c === '\\' && text[i + 1] === '\n') i++;
    else if (c === '\\' && text[i + 1] === '\r' && text[i + 2] === '\n') i += 2;
    else if (c === '\\' && ESCAPABLE_IN_DOUBLE_QUOTES.has(text[i + 1] ?? '')) chunk += text[++i];
    else {
      const open = c === '`' || c === '$' ? substitutionAt(text, i) : undefined;
      if (!open) {
        chunk += c;
        continue;
      }
      const end = substitutionEnd(text, i, open);
      if (end < 0) return { code: 'unterminated-quote', quote: open, at: i };
      chunk += text.slice(i, end);
      i = end - 1;
    }
  }
  return { code: 'unterminated-quote', quote: '"', at: start };
}
