import type { Term } from '../schema/term.ts';
import type { TermCheck } from './types.ts';

const HAN = /\p{Script=Han}/u;

/**
 * The schema makes both languages present; this makes the Chinese real: a summary and a
 * description left in English (copied over as a placeholder) contain no Chinese characters.
 */
export const bothLanguages: TermCheck = (terms) =>
  terms.flatMap((term: Term) =>
    (['summary', 'description'] as const).flatMap((field) => {
      const zh = term[field]['zh-cn'];
      if (!HAN.test(zh)) return [`${term.id}: ${field}['zh-cn'] has no Chinese text`];
      if (zh === term[field].en) return [`${term.id}: ${field}['zh-cn'] is a copy of the English`];
      return [];
    }),
  );
