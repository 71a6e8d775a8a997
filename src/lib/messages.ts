/**
 * What the tools' message tables share: a message per error code, and `{name}` placeholders.
 * @module
 */

/** One message template per `code` of a union of coded results. */
export type Codes<T extends { code: string }> = Record<T['code'], string>;

/**
 * Fills `{name}` placeholders; an unknown placeholder is left as it is.
 *
 * @example
 * fill('“{token}” is not a clone flag.', { token: 'NEWPIG' }) // => '“NEWPIG” is not a clone flag.'
 */
export function fill(template: string, values: Record<string, unknown>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

/** Full-width marks that end a Chinese sentence or clause: they carry their own spacing. */
const FULL_WIDTH_END = /[。！？；：，、）”’》]$/;

/**
 * The space that follows a sentence before the next one: none after a full-width mark.
 *
 * @example
 * sentenceGap('Done.') // => ' '
 * sentenceGap('完成。') // => ''
 */
export function sentenceGap(text: string): '' | ' ' {
  return FULL_WIDTH_END.test(text.trimEnd()) ? '' : ' ';
}

/**
 * Sentences one after another: a space between English sentences, none after a full-width mark
 * ("。 你是不是…" is wrong in Chinese).
 *
 * @example
 * joinSentences('“NEWPIG” is not a clone flag.', 'Did you mean CLONE_NEWPID?') // => '“NEWPIG” is not a clone flag. Did you mean CLONE_NEWPID?'
 * joinSentences('“NEWPIG”不是 clone 标志。', '你是不是想输入 CLONE_NEWPID？') // => '“NEWPIG”不是 clone 标志。你是不是想输入 CLONE_NEWPID？'
 */
export function joinSentences(...sentences: string[]): string {
  return sentences.reduce((text, next) => (text === '' ? next : `${text}${sentenceGap(text)}${next}`), '');
}
