/**
 * The explainer's output as HTML strings, shared by the server render and the browser:
 * the namespace table, the option lists, the notes and the picture of the container.
 * @module
 */
import { escapeHtml } from '../html.ts';
import type { OptionUse, RunExplanation } from './explain.ts';
import { describeNamespaceReason, describeNamespaceState, describeRunNote, type RunMessages } from './messages.ts';
import type { NamespaceKind, NamespaceState } from './namespaces.ts';

/** Where each namespace kind's glossary entry is, from the page's language prefix. */
export type NamespaceLinks = Readonly<Record<NamespaceKind, string>>;

/** Labels the picture needs, in the page's language. */
export interface PictureLabels {
  title: string;
  container: string;
  host: string;
  limits: string;
}

/**
 * Table rows: each namespace, its state and why.
 *
 * @example
 * namespaceRowsHtml([{ kind: 'pid', state: 'host', reason: { code: 'option', flag: '--pid', value: 'host' } }], RUN_MESSAGES.en, links)
 * // => '<tr data-ns="pid" data-state="host"><th scope="row"><a href="…">pid</a></th><td>shared with the host</td><td>Set by --pid=host.</td></tr>'
 */
export function namespaceRowsHtml(states: readonly NamespaceState[], m: RunMessages, links: NamespaceLinks): string {
  return states
    .map((s) => {
      const state = typeof s.state === 'object' ? 'container' : s.state;
      return (
        `<tr data-ns="${s.kind}" data-state="${state}"><th scope="row"><a href="${escapeHtml(links[s.kind])}">${s.kind}</a></th>` +
        `<td>${escapeHtml(describeNamespaceState(s.state, m))}</td><td>${escapeHtml(describeNamespaceReason(s.reason, m))}</td></tr>`
      );
    })
    .join('');
}

/**
 * A definition list of options with their one-line meaning.
 *
 * @example
 * optionsHtml([{ flag: '--rm', spelled: '--rm', meaning: 'Remove the container when it exits.', group: 'runtime' }])
 * // => '<dt><code>--rm</code></dt><dd>Remove the container when it exits.</dd>'
 */
export function optionsHtml(uses: readonly OptionUse[]): string {
  return uses
    .map((u) => `<dt><code>${escapeHtml(u.value === undefined ? u.spelled : `${u.spelled} ${u.value}`)}</code></dt><dd>${escapeHtml(u.meaning)}</dd>`)
    .join('');
}

/** List items for the explanation's notes. */
export function runNotesHtml(explanation: RunExplanation, m: RunMessages): string {
  return explanation.notes.map((n) => `<li>${escapeHtml(describeRunNote(n, m))}</li>`).join('');
}

const ROW = 26;

/**
 * The container as a picture: its eight namespaces, new ones inside the container's box and
 * shared ones outside it, and the cgroup v2 limits written for it.
 *
 * @example
 * containerSvg(explanation, RUN_MESSAGES.en, { title: 'The container', container: 'container', host: 'shared', limits: 'cgroup v2' })
 * // => '<svg viewBox="0 0 380 …" role="img" aria-label="…">…</svg>'
 */
export function containerSvg(explanation: RunExplanation, m: RunMessages, labels: PictureLabels): string {
  const limits = explanation.cgroups?.v2 ?? [];
  const height = 40 + explanation.namespaces.length * ROW + (limits.length > 0 ? 24 + limits.length * 20 : 0);
  const rows = explanation.namespaces.map((s, i) => {
    const y = 34 + i * ROW;
    const isNew = s.state === 'new';
    const x = isNew ? 180 : 10;
    const state = describeNamespaceState(s.state, m);
    return (
      `<g data-ns="${s.kind}" class="${isNew ? 'drt-new' : 'drt-shared'}"><rect x="${x}" y="${y}" width="150" height="20" rx="4"/>` +
      `<text x="${x + 8}" y="${y + 14}">${escapeHtml(s.kind)}${isNew ? '' : ` · ${escapeHtml(state)}`}</text></g>`
    );
  });
  const top = 40 + explanation.namespaces.length * ROW;
  const limitRows = limits.map((w, i) => `<text x="180" y="${top + 32 + i * 20}"><tspan class="drt-file">${escapeHtml(w.file)}</tspan> ${escapeHtml(w.value)}</text>`);
  const summary = explanation.namespaces.map((s) => `${s.kind}: ${describeNamespaceState(s.state, m)}`).join(', ');
  return (
    `<svg class="drt-picture" viewBox="0 0 380 ${height}" role="img" aria-label="${escapeHtml(`${labels.title}. ${summary}`)}">` +
    `<rect class="drt-box" x="170" y="4" width="206" height="${height - 8}" rx="8"/>` +
    `<text class="drt-heading" x="180" y="24">${escapeHtml(labels.container)}</text>` +
    `<text class="drt-heading" x="10" y="24">${escapeHtml(labels.host)}</text>` +
    rows.join('') +
    (limits.length > 0 ? `<text class="drt-heading" x="180" y="${top + 10}">${escapeHtml(labels.limits)}</text>` + limitRows.join('') : '') +
    `</svg>`
  );
}
