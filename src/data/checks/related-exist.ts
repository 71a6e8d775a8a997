import type { TermCheck } from './types.ts';

/** Every cross-reference names an existing term of the right kind: a wrong id never ships. */
export const relatedExist: TermCheck = (terms) => {
  const byId = new Map(terms.map((t) => [t.id, t]));
  const problems: string[] = [];
  const expect = (from: string, field: string, id: string, category?: string) => {
    const target = byId.get(id);
    if (!target) problems.push(`${from}: ${field} names unknown term "${id}"`);
    else if (category && target.category !== category) {
      problems.push(`${from}: ${field} "${id}" is a ${target.category}, not a ${category}`);
    }
  };
  for (const term of terms) {
    for (const id of term.related) {
      expect(term.id, 'related', id);
      if (id === term.id) problems.push(`${term.id}: related names the term itself`);
    }
    if (term.category === 'clone-flag' && term.namespace) expect(term.id, 'namespace', term.namespace, 'namespace');
    if (term.category === 'namespace') expect(term.id, 'flag', term.flag, 'clone-flag');
  }
  return problems;
};
