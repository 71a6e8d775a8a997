/**
 * Consistency checks of the labs beyond their schema: anchors that collide, glossary ids that
 * do not exist, normalizing rules that match nothing in the recorded output, links to labs
 * that do not exist.
 */
import type { Lab } from '../schema/lab.ts';
import { idleRules } from '../../lib/labs/normalize.ts';
import { unknownIds } from './unknown-ids.ts';

/** A lab check: one message per problem. */
export type LabCheck = (labs: readonly Lab[]) => string[];

/** Anchors the lab page uses for its own sections (src/components/labs/LabSteps.astro). */
export const LAB_SECTION_ANCHORS = ['learn', 'needs', 'steps', 'cleanup', 'next'] as const;

/** Step ids are anchors on one page: unique, and none taken by the page's sections. */
export const labAnchors: LabCheck = (labs) =>
  labs.flatMap((lab) => {
    const taken = new Set<string>(LAB_SECTION_ANCHORS);
    return lab.steps.flatMap(({ id }) => {
      if (taken.has(id)) return [`${lab.id}: step id "${id}" is used twice on the page`];
      taken.add(id);
      return [];
    });
  });

/** Every glossary id a step names exists. */
export function labTerms(termIds: ReadonlySet<string>): LabCheck {
  return (labs) => labs.flatMap((lab) => lab.steps.flatMap((step) => unknownIds(`${lab.id}/${step.id}`, 'terms', step.terms, termIds)));
}

/**
 * Every rule earns its place: a step's rule matches that step's recorded output, a lab's rule
 * matches at least one step's. A rule that matches nothing is stale, or its regex is wrong.
 */
export const labRulesMatch: LabCheck = (labs) =>
  labs.flatMap((lab) => [
    // A step's rules run after the lab's, on what those left.
    ...lab.steps.flatMap((step) =>
      idleRules(step.output, [...lab.normalize, ...step.normalize])
        .filter((r) => step.normalize.includes(r))
        .map((r) => `${lab.id}/${step.id}: the rule /${r.pattern}/ matches nothing in the output`),
    ),
    ...lab.normalize
      .filter((rule) => lab.steps.every((step) => idleRules(step.output, [rule]).length > 0))
      .map((r) => `${lab.id}: the rule /${r.pattern}/ matches no step's output`),
  ]);

/** Each lab once, and "read next" links only to labs that exist. */
export const labLinks: LabCheck = (labs) => {
  const ids = labs.map((l) => l.id);
  return [
    ...ids.filter((id, i) => ids.indexOf(id) !== i).map((id) => `${id}: two labs have this id`),
    ...labs.flatMap((lab) => unknownIds(lab.id, 'next', lab.next.flatMap((n) => ('lab' in n ? [n.lab] : [])), new Set(ids))),
  ];
};
