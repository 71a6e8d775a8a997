import type { TermCheck } from './types.ts';

/** Anchors Starlight itself puts on every page; a term may not take them. */
export const RESERVED_ANCHORS = new Set(['_top', 'starlight__search', 'starlight__sidebar', 'starlight__on-this-page']);

/**
 * Within one page every term anchor must be unique (case-insensitively, since people retype
 * links) and must not clash with an anchor Starlight reserves.
 */
export const uniqueAnchors: TermCheck = (terms) => {
  const byPage = new Map<string, Set<string>>();
  return terms.flatMap(({ id, page }) => {
    const anchors = byPage.get(page) ?? new Set<string>();
    byPage.set(page, anchors);
    const anchor = id.toLowerCase();
    if (RESERVED_ANCHORS.has(anchor)) return [`${id}: #${anchor} is reserved by Starlight`];
    if (anchors.has(anchor)) return [`${id}: #${anchor} appears twice on page "${page}"`];
    anchors.add(anchor);
    return [];
  });
};
