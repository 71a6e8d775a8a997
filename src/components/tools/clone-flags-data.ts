/**
 * Everything the clone-flag widget needs, computed at build time from the glossary data and
 * the page's language: the flag table, the rules, and the sentences of that language only.
 */
import { cloneFlagTerms, namespaceTerms } from '../../data/index.ts';
import { cloneRules } from '../../data/index.ts';
import type { Lang } from '../../i18n/lang.ts';
import { TOOL_MESSAGES } from '../../lib/clone-flags/messages.ts';
import { toFlagTable } from '../../lib/clone-flags/table.ts';
import type { RuleSpec } from '../../lib/clone-flags/types.ts';
import type { DiagramLabels } from '../../lib/clone-flags/diagram.ts';
import type { ViewContext } from '../../lib/clone-flags/view.ts';

export const flagTable = toFlagTable(cloneFlagTerms, namespaceTerms);

export function localizedRules(lang: Lang): RuleSpec[] {
  return cloneRules.map((r) => ({ ...r, text: r.text[lang] }));
}

type T = App.Locals['t'];

/** The labels the browser needs, read from the Starlight i18n strings. */
export function toolContext(lang: Lang, t: T): { view: ViewContext; diagram: DiagramLabels; copied: string } {
  return {
    view: {
      messages: TOOL_MESSAGES[lang],
      labels: { accepted: t('tool.accepted'), rejected: t('tool.rejected'), noViolations: t('tool.noViolations') },
      rules: localizedRules(lang),
    },
    diagram: {
      parent: t('tool.diagram.parent'),
      child: t('tool.diagram.child'),
      shared: t('tool.diagram.shared'),
      new: t('tool.diagram.new'),
      summary: t('tool.diagram.summary'),
      list: t('sep.list'),
    },
    copied: t('tool.copied'),
  };
}
