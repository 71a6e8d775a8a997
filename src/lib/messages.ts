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
