/**
 * What the `docker run` explainer needs in the browser, built once per page language from the
 * data: the option table, the clone-flag table, the messages and the glossary links.
 */
import { cloneFlagTerms, dockerResourceFlags, dockerRunOptions, namespaceTerms, terms } from '../../data/index.ts';
import type { Lang } from '../../i18n/lang.ts';
import { findTerm, termUrl } from '../../lib/glossary.ts';
import { withBase } from '../../lib/base-path.ts';
import { toFlagTable, toJsonFlagTable } from '../../lib/clone-flags/index.ts';
import { NAMESPACE_KINDS, RUN_MESSAGES, toRunOptionTable, type ExplainContext, type NamespaceLinks } from '../../lib/docker-run/index.ts';

const TERM_OF: Record<string, string> = { network: 'network-namespace', mount: 'mount-namespace' };

export function dockerRunContext(lang: Lang): ExplainContext {
  return { options: toRunOptionTable(dockerRunOptions, lang, dockerResourceFlags), flags: toFlagTable(cloneFlagTerms, namespaceTerms) };
}

export function namespaceLinks(lang: Lang): NamespaceLinks {
  return Object.fromEntries(NAMESPACE_KINDS.map((k) => [k, withBase(termUrl(findTerm(terms, TERM_OF[k] ?? `${k}-namespace`), lang), import.meta.env.BASE_URL)])) as NamespaceLinks;
}

/** The JSON the page embeds for the custom element. */
export function dockerRunPageData(lang: Lang, labels: Record<string, string>) {
  const context = dockerRunContext(lang);
  return {
    options: context.options,
    flags: toJsonFlagTable(context.flags),
    messages: RUN_MESSAGES[lang],
    links: namespaceLinks(lang),
    labels,
  };
}
