/**
 * The glossary: every term of the site, validated once. Pages, widgets, search and the
 * /glossary.json export import `terms` from here and nowhere else.
 */
import { loadTerms } from './load.ts';
import { cloneFlags } from './terms/clone-flags.ts';
import { namespaces } from './terms/namespaces.ts';
import { namespaceConcepts } from './terms/namespace-concepts.ts';
import type { CloneFlagTerm, NamespaceTerm, Term } from './schema/term.ts';

export const terms: readonly Term[] = loadTerms([...namespaceConcepts, ...namespaces, ...cloneFlags]);

export const cloneFlagTerms: readonly CloneFlagTerm[] = terms.flatMap((t) => (t.category === 'clone-flag' ? [t] : []));
export const namespaceTerms: readonly NamespaceTerm[] = terms.flatMap((t) => (t.category === 'namespace' ? [t] : []));
