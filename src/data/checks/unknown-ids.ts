/**
 * Cross-references from one dataset into another: every id must exist.
 *
 * @example
 * unknownIds('pidfd-and-thread', 'flags', ['clone-pidfd', 'clone-ghost'], new Set(['clone-pidfd']))
 * // => ['pidfd-and-thread: flags names unknown id "clone-ghost"']
 */
export function unknownIds(from: string, field: string, ids: readonly string[], known: ReadonlySet<string>): string[] {
  return ids.filter((id) => !known.has(id)).map((id) => `${from}: ${field} names unknown id "${id}"`);
}
