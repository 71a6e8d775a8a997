/**
 * Draws, as an SVG string, which namespaces a child process shares with its parent and which
 * it gets new — no Mermaid, no DOM: the widget sets it as markup, the server can pre-render it.
 * @module
 */
import { escapeHtml } from '../html.ts';
import type { FlagSpec } from './types.ts';

export interface DiagramLabels {
  parent: string;
  child: string;
  shared: string;
  new: string;
  /** Accessible summary, with `{new}` and `{shared}` placeholders for lists of namespaces. */
  summary: string;
  /** Between the namespaces of those lists: ", " or "、". */
  list: string;
}

const ROW = 30;
const TOP = 44;
const WIDTH = 520;

/**
 * One row per namespace: a bar spanning parent and child when shared, two separate boxes
 * (the child's highlighted) when the mask creates a new one.
 *
 * @example
 * namespaceDiagram(table.flags.filter((f) => f.namespace), new Set(['clone-newpid']), labels)
 * // => '<svg … role="img" aria-label="New: pid. Shared: mnt, …">…</svg>'
 */
export function namespaceDiagram(namespaceFlags: readonly FlagSpec[], chosen: ReadonlySet<string>, labels: DiagramLabels): string {
  const height = TOP + namespaceFlags.length * ROW + 8;
  const fresh = namespaceFlags.filter((f) => chosen.has(f.id)).map((f) => f.namespace!.procFile);
  const shared = namespaceFlags.filter((f) => !chosen.has(f.id)).map((f) => f.namespace!.procFile);
  const summary = labels.summary.replace('{new}', fresh.join(labels.list) || '—').replace('{shared}', shared.join(labels.list) || '—');
  const rows = namespaceFlags.map((flag, i) => {
    const y = TOP + i * ROW;
    const name = escapeHtml(flag.namespace!.procFile);
    const isNew = chosen.has(flag.id);
    const boxes = isNew
      ? `<rect class="cfd-box" x="110" y="${y}" width="180" height="22" rx="4"/><rect class="cfd-box cfd-new" x="320" y="${y}" width="190" height="22" rx="4"/>` +
        `<text x="415" y="${y + 15}" text-anchor="middle">${escapeHtml(labels.new)}</text>`
      : `<rect class="cfd-box cfd-shared" x="110" y="${y}" width="400" height="22" rx="4"/>` +
        `<text x="310" y="${y + 15}" text-anchor="middle">${escapeHtml(labels.shared)}</text>`;
    return `<g data-ns="${name}" data-state="${isNew ? 'new' : 'shared'}"><text class="cfd-name" x="100" y="${y + 15}" text-anchor="end">${name}</text>${boxes}</g>`;
  });
  return (
    `<svg class="cfd" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-label="${escapeHtml(summary)}">` +
    `<text class="cfd-head" x="200" y="24" text-anchor="middle">${escapeHtml(labels.parent)}</text>` +
    `<text class="cfd-head" x="415" y="24" text-anchor="middle">${escapeHtml(labels.child)}</text>` +
    rows.join('') +
    '</svg>'
  );
}
