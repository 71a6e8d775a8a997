/**
 * Every sentence of the `docker run` explainer, in both languages; `{name}` placeholders are
 * filled with `fill` (src/lib/messages.ts). The texts themselves are in messages-en.ts and
 * messages-zh-cn.ts; errors of the resource flags are the cgroup limits calculator's own.
 * @module
 */
import { fill, type Codes } from '../messages.ts';
import { describeLimitsError, describeLimitsNote, type LimitsMessages } from '../cgroup-limits/messages.ts';
import type { RunError, RunNote } from './explain.ts';
import type { NamespaceMode, NamespaceReason } from './namespaces.ts';
import type { OpenQuote } from './shell-words.ts';
import type { RunOptionTable } from './options.ts';

export interface RunMessages {
  error: Codes<RunError>;
  /** Appended to an unknown flag with a near miss. */
  suggestion: string;
  /** Appended to a resource error: what the flag takes (`{flag}`, `{allowed}`), from the cgroup reference data. */
  allowed: string;
  quote: Record<OpenQuote, string>;
  note: Codes<RunNote>;
  reason: Codes<NamespaceReason>;
  state: Record<'new' | 'host' | 'none' | 'container', string>;
  /** The cgroup limits calculator's messages, for the resource flags. */
  limits: LimitsMessages;
}


/**
 * The message for an error. With the option table, a resource error also says what the flag takes.
 *
 * @example
 * describeRunError({ code: 'unknown-flag', flag: '--memroy', suggestion: '--memory' }, RUN_MESSAGES.en)
 * // => '--memroy is not an option of docker run. Did you mean --memory?'
 * describeRunError({ code: 'bad-mode', flag: '--pid', value: 'private', allowed: 'host, container:<name|id>' }, RUN_MESSAGES.en)
 * // => '--pid=private is not a mode Docker accepts; allowed: host, container:<name|id>.'
 */
export function describeRunError(error: RunError, m: RunMessages, table?: RunOptionTable): string {
  if (error.code === 'resource') {
    const text = describeLimitsError(error.error, m.limits);
    const flag = 'flag' in error.error ? error.error.flag : undefined;
    const allowed = flag ? table?.find((o) => o.flag === flag)?.allowed : undefined;
    return allowed ? `${text} ${fill(m.allowed, { flag, allowed })}` : text;
  }
  const values: Record<string, unknown> = { ...error };
  if (error.code === 'unterminated-quote') {
    values['quote'] = m.quote[error.quote];
    values['at'] = error.at + 1;
  }
  const text = fill(m.error[error.code], values);
  return error.code === 'unknown-flag' && error.suggestion ? `${text} ${fill(m.suggestion, error)}` : text;
}

/**
 * The sentence for a note.
 *
 * @example
 * describeRunNote({ code: 'named-volume', name: 'pgdata' }, RUN_MESSAGES.en)
 * // => 'pgdata is a named volume: the local driver keeps its files in /var/lib/docker/volumes/pgdata/_data …'
 */
export function describeRunNote(note: RunNote, m: RunMessages): string {
  return note.code === 'limits' ? describeLimitsNote(note.note, m.limits) : fill(m.note[note.code], note);
}

/**
 * Why a namespace is what it is, in a sentence.
 *
 * @example
 * describeNamespaceReason({ code: 'option', flag: '--pid', value: 'host' }, RUN_MESSAGES.en) // => 'Set by --pid=host.'
 */
export function describeNamespaceReason(reason: NamespaceReason, m: RunMessages): string {
  return fill(m.reason[reason.code], reason);
}

/**
 * A namespace's state in a word or two.
 *
 * @example
 * describeNamespaceState({ container: 'db' }, RUN_MESSAGES.en) // => 'shared with db'
 */
export function describeNamespaceState(state: NamespaceMode, m: RunMessages): string {
  return typeof state === 'object' ? fill(m.state.container, state) : m.state[state];
}
