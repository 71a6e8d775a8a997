/**
 * HTML fragments of the clone-flag tool as strings, shared by the server render (so the tool
 * is complete without JavaScript) and the browser (which re-renders on every change).
 * @module
 */
import { escapeHtml } from '../html.ts';
import type { Analysis, Refusal } from './analyze.ts';
import type { FormatNote } from './format.ts';
import type { ToolMessages } from './messages.ts';
import { fill, joinSentences } from '../messages.ts';
import type { RuleSpec } from './types.ts';

export interface ViewLabels {
  accepted: string;
  rejected: string;
  noViolations: string;
}

export interface ViewContext {
  messages: ToolMessages;
  labels: ViewLabels;
  rules: readonly RuleSpec[];
}

/**
 * List items for a format's notes.
 *
 * @example
 * notesHtml([{ code: 'fork-added' }], { messages: TOOL_MESSAGES.en, … }) // => '<li>--fork: with a new PID …</li>'
 */
export function notesHtml(notes: readonly FormatNote[], ctx: ViewContext): string {
  return notes.map((n) => `<li>${escapeHtml(fill(ctx.messages.note[n.code], n))}</li>`).join('');
}

function refusalText(r: Refusal, ctx: ViewContext): string {
  if (r.code === 'rule') return ctx.rules.find((rule) => rule.id === r.rule)?.text ?? r.rule;
  return fill(ctx.messages.refusal[r.code], r);
}

/**
 * Table rows: one per system call, accepted or not, with the reasons.
 *
 * @example
 * analysisRowsHtml(analyzeMask(0x80n, table, rules, 'unshare'), ctx)
 * // => '<tr data-syscall="clone" data-ok="false"><th scope="row"><code>clone()</code></th>…'
 */
export function analysisRowsHtml(analysis: Analysis, ctx: ViewContext): string {
  return analysis.verdicts
    .map((v) => {
      const reasons = [...v.refusals, ...v.remarks].map((r) => `<li>${escapeHtml(refusalText(r, ctx))}</li>`).join('');
      const verdict = v.ok ? `✓ ${ctx.labels.accepted}` : `✗ ${ctx.labels.rejected}`;
      return (
        `<tr data-syscall="${v.syscall}" data-ok="${v.ok}"><th scope="row"><code>${v.syscall}()</code></th>` +
        `<td>${escapeHtml(verdict)}</td><td>${reasons ? `<ul>${reasons}</ul>` : ''}</td></tr>`
      );
    })
    .join('');
}

/**
 * List items for the broken rules, each citing its man page.
 *
 * @example
 * violationsHtml([], ctx) // => '<li>None of the invalid combinations listed in clone(2) applies.</li>'
 */
export function violationsHtml(violations: readonly RuleSpec[], ctx: ViewContext): string {
  if (violations.length === 0) return `<li>${escapeHtml(ctx.labels.noViolations)}</li>`;
  const m = ctx.messages;
  return violations
    .map((r) => {
      const syscalls = r.syscalls.map((s) => `${s}()`).join(m.list);
      const scope = r.since ? fill(m.scopeSince, { syscalls, since: r.since }) : fill(m.scope, { syscalls });
      // The link follows the rule's text like a sentence of its own: no space after a full-width mark.
      const text = joinSentences(escapeHtml(r.text), `<a href="${escapeHtml(r.source.url)}">${escapeHtml(r.source.title)}</a>`);
      return `<li data-rule="${r.id}"><strong>${r.errno}</strong>${escapeHtml(scope + m.label)}${text}</li>`;
    })
    .join('');
}
