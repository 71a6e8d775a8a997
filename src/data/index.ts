/**
 * Every dataset of the site, loaded and checked once. Pages, widgets, search and the JSON
 * exports import from here and nowhere else. Data files are found by folder, so adding a term
 * is adding a file: `src/data/terms/<family>/<id>.ts` with a default export.
 */
import { byDataPath, loadDataset } from './load.ts';
import { TERM_CHECKS } from './checks/index.ts';
import { TermSchema, type CgroupControllerTerm, type CloneFlagTerm, type NamespaceTerm, type Term } from './schema/term.ts';
import { CloneRuleSchema, type CloneRule } from './schema/clone-rule.ts';
import { DockerFlagSchema, type DockerFlag } from './schema/docker-flag.ts';
import { DockerRunOptionSchema, type DockerRunOption } from './schema/docker-run-option.ts';
import { HistoryEventSchema, type HistoryEvent } from './schema/history-event.ts';
import { ALL_PAGES } from './sections.ts';
import { unknownIds } from './checks/unknown-ids.ts';
import { LabSchema, type Lab } from './schema/lab.ts';
import { labAnchors, labLinks, labRulesMatch, labTerms } from './checks/labs.ts';
import { uniqueFlags } from './checks/unique-flags.ts';
import { glossaryEntries, type GlossaryEntry } from '../lib/glossary-entries.ts';

export const terms: readonly Term[] = loadDataset(
  TermSchema,
  byDataPath(import.meta.glob('./terms/**/*.ts', { eager: true, import: 'default' })),
  { name: 'Glossary data', checks: TERM_CHECKS },
);

const termIds = new Set(terms.map((t) => t.id));
const cloneFlagIds = new Set(terms.flatMap((t) => (t.category === 'clone-flag' ? [t.id] : [])));

export const cloneRules: readonly CloneRule[] = loadDataset(
  CloneRuleSchema,
  byDataPath(import.meta.glob('./clone-rules/*.ts', { eager: true, import: 'default' })),
  {
    name: 'Clone rules',
    checks: { knownFlags: (rules) => rules.flatMap((r) => unknownIds(r.id, 'flags', [...r.all, ...r.none], cloneFlagIds)) },
  },
);

export const dockerResourceFlags: readonly DockerFlag[] = loadDataset(
  DockerFlagSchema,
  byDataPath(import.meta.glob('./docker-flags/*.ts', { eager: true, import: 'default' })),
  { name: 'Docker flags' },
);

/** Every option of `docker container run`, from the reference's option table plus the hidden spellings docker/cli accepts. */
export const dockerRunOptions: readonly DockerRunOption[] = loadDataset(
  DockerRunOptionSchema,
  byDataPath(import.meta.glob('./docker-run-options/*.ts', { eager: true, import: 'default' })),
  { name: 'Docker run options', checks: { uniqueFlags } },
);

/** Dated events of the container-engine history, oldest first. */
export const historyEvents: readonly HistoryEvent[] = loadDataset(
  HistoryEventSchema,
  byDataPath(import.meta.glob('./history/*.ts', { eager: true, import: 'default' })),
  {
    name: 'History',
    checks: {
      knownTerms: (events) => events.flatMap((e) => unknownIds(e.id, 'terms', e.terms, termIds)),
      uniqueIds: (events) => events.flatMap((e, i) => (events.findIndex((o) => o.id === e.id) < i ? [`${e.id}: the id is used twice`] : [])),
    },
  },
).sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));

/** The hands-on labs, in reading order; the pages render them and tests/labs/labs.test.ts runs them. */
const LAB_ORDER: readonly Lab['id'][] = ['namespaces', 'cgroups', 'lxc', 'scratch'];
export const labs: readonly Lab[] = loadDataset(
  LabSchema,
  byDataPath(import.meta.glob('./labs/*.ts', { eager: true, import: 'default' })),
  { name: 'Labs', checks: { labAnchors, labTerms: labTerms(termIds), labRulesMatch, labLinks } },
).sort((a, b) => LAB_ORDER.indexOf(a.id) - LAB_ORDER.indexOf(b.id));

/** A page's position in the sidebar, to order terms that each have a page of their own. */
const pageOrder = (t: Term) => ALL_PAGES.findIndex((p) => p.id === t.page);

export const cloneFlagTerms: readonly CloneFlagTerm[] = terms.flatMap((t) => (t.category === 'clone-flag' ? [t] : []));
/** The eight namespaces in the order of their pages (the order namespaces(7) lists them in). */
export const namespaceTerms: readonly NamespaceTerm[] = terms
  .flatMap((t) => (t.category === 'namespace' ? [t] : []))
  .sort((a, b) => pageOrder(a) - pageOrder(b));
export const cgroupControllerTerms: readonly CgroupControllerTerm[] = terms.flatMap((t) =>
  t.category === 'cgroup-controller' ? [t] : [],
);

/**
 * Every glossary entry with a permalink: the terms, each controller's interface files and the
 * `docker run` resource flags (shown on the cgroups-and-Docker page). The JSON export and the
 * link previews read this list.
 */
export const entries: readonly GlossaryEntry[] = glossaryEntries(terms, dockerResourceFlags, 'cgroup-docker');
