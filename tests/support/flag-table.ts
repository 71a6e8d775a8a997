/** The real flag table and rules, built from the glossary data as the widget builds them. */
import { cloneFlagTerms, namespaceTerms } from '../../src/data/index.ts';
import { cloneRules } from '../../src/data/index.ts';
import { toFlagTable } from '../../src/lib/clone-flags/table.ts';
import type { RuleSpec } from '../../src/lib/clone-flags/types.ts';

export const table = toFlagTable(cloneFlagTerms, namespaceTerms);
export const rules: RuleSpec[] = cloneRules.map((r) => ({ ...r, text: r.text.en }));
