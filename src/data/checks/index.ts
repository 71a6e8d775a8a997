import type { TermCheck } from './types.ts';
import { uniqueIds } from './unique-ids.ts';
import { uniqueAnchors } from './unique-anchors.ts';
import { flagBits } from './flag-bits.ts';
import { relatedExist } from './related-exist.ts';
import { bothLanguages } from './both-languages.ts';

/** Every consistency check, by name (the name appears in build errors). */
export const TERM_CHECKS: Record<string, TermCheck> = {
  uniqueIds,
  uniqueAnchors,
  flagBits,
  relatedExist,
  bothLanguages,
};
