/**
 * The calculator's result tables as HTML strings, shared by the server render and the browser.
 * @module
 */
import { escapeHtml } from '../html.ts';
import type { CgroupWrites, FileWrite } from './compute.ts';
import { describeLimitsNote, type LimitsMessages } from './messages.ts';

/**
 * Table rows for one cgroup version.
 *
 * @example
 * writesRowsHtml([{ file: 'cpu.max', value: '150000 100000', flag: '--cpus' }])
 * // => '<tr><td><code>cpu.max</code></td><td><code>150000 100000</code></td><td><code>--cpus</code></td></tr>'
 */
export function writesRowsHtml(writes: readonly FileWrite[]): string {
  return writes
    .map((w) => `<tr><td><code>${escapeHtml(w.file)}</code></td><td><code>${escapeHtml(w.value)}</code></td><td><code>${escapeHtml(w.flag)}</code></td></tr>`)
    .join('');
}

/**
 * List items for the notes of a result.
 *
 * @example
 * limitsNotesHtml({ v2: [], v1: [], notes: [{ code: 'pids-unlimited' }] }, LIMITS_MESSAGES.en)
 * // => '<li>--pids-limit 0 or -1 means unlimited: pids.max is max.</li>'
 */
export function limitsNotesHtml(result: CgroupWrites, messages: LimitsMessages): string {
  return result.notes.map((n) => `<li>${escapeHtml(describeLimitsNote(n, messages))}</li>`).join('');
}
