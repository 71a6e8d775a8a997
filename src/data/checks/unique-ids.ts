import type { TermCheck } from './types.ts';

/** Ids are anchors and permalinks: two terms with one id would share a URL. */
export const uniqueIds: TermCheck = (terms) => {
  const seen = new Set<string>();
  return terms.flatMap(({ id }) => {
    if (seen.has(id)) return [`${id}: the id is used by more than one term`];
    seen.add(id);
    return [];
  });
};
