/**
 * The glossary: every term of the site, validated once. Pages, widgets, search and the
 * /glossary.json export import `terms` from here and nowhere else.
 */
import { loadTerms } from './load.ts';
import { cloneFlags } from './terms/clone-flags.ts';
import { namespaces } from './terms/namespaces.ts';
import { namespaceConcepts } from './terms/namespace-concepts.ts';
import { cgroupConcepts } from './terms/cgroup-concepts.ts';
import { cgroupCoreControllers } from './terms/cgroup-controllers-core.ts';
import { cgroupMoreControllers } from './terms/cgroup-controllers-more.ts';
import type { CgroupControllerTerm, CloneFlagTerm, NamespaceTerm, Term } from './schema/term.ts';

export const terms: readonly Term[] = loadTerms([
  ...namespaceConcepts,
  ...namespaces,
  ...cloneFlags,
  ...cgroupConcepts,
  ...cgroupCoreControllers,
  ...cgroupMoreControllers,
]);

export const cloneFlagTerms: readonly CloneFlagTerm[] = terms.flatMap((t) => (t.category === 'clone-flag' ? [t] : []));
export const namespaceTerms: readonly NamespaceTerm[] = terms.flatMap((t) => (t.category === 'namespace' ? [t] : []));
export const cgroupControllerTerms: readonly CgroupControllerTerm[] = terms.flatMap((t) =>
  t.category === 'cgroup-controller' ? [t] : [],
);
