import type { Term } from '../schema/term.ts';
import type { TermCheck } from './types.ts';
import { uniqueIds } from './unique-ids.ts';
import { uniqueAnchors } from './unique-anchors.ts';
import { flagBits } from './flag-bits.ts';
import { relatedExist } from './related-exist.ts';
import { bothLanguages } from './both-languages.ts';

/** Every consistency check, by name (the name appears in build errors). */
export const CHECKS: Record<string, TermCheck> = {
  uniqueIds,
  uniqueAnchors,
  flagBits,
  relatedExist,
  bothLanguages,
};

/** Runs every check; returns "check: problem" lines. */
export function runChecks(terms: readonly Term[]): string[] {
  return Object.entries(CHECKS).flatMap(([name, check]) => check(terms).map((p) => `${name}: ${p}`));
}
