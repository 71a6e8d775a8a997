/**
 * The option table the `docker run` parser and explainer read: one language's view of the
 * option data (src/data/docker-run-options), as plain JSON so a page can embed it.
 * @module
 */
import type { Lang } from '../../i18n/lang.ts';

/** One option as the parser and explainer need it. */
export interface RunOptionSpec {
  /** The long flag, e.g. `--memory`. */
  flag: string;
  /** The shorthand, e.g. `-m`. */
  short?: string;
  /** Docker's value type (`bool`, `string`, `list`, `bytes`, `int64` …). */
  type: string;
  group: string;
  takesValue: boolean;
  repeatable: boolean;
  /** Whether it changes what the kernel sets up for the container. */
  kernel: boolean;
  /** What it does, in the page's language. */
  meaning: string;
  /** For a hidden second spelling, the flag it stands for. */
  aliasOf?: string;
  status?: 'hidden' | 'deprecated';
  runOnly?: boolean;
  windowsOnly?: boolean;
  /** What a resource flag's value may be, in the page's language (from the cgroup reference data). */
  allowed?: string;
}

/** Every option, in the order of the data. */
export type RunOptionTable = readonly RunOptionSpec[];

/** The fields of an option of src/data/docker-run-options that the table copies. */
export interface RunOptionLike extends Omit<RunOptionSpec, 'meaning' | 'allowed' | 'runOnly' | 'windowsOnly' | 'short' | 'aliasOf' | 'status'> {
  short?: string | undefined;
  aliasOf?: string | undefined;
  status?: 'hidden' | 'deprecated' | undefined;
  runOnly?: true | undefined;
  windowsOnly?: true | undefined;
  meaning: Record<Lang, string>;
}

/** The fields of a resource flag of src/data/docker-flags the table reads: what its value may be. */
export interface ResourceFlagLike {
  flag: string;
  value: Record<Lang, string>;
}

/**
 * One language's option table, with the allowed values of resource flags for error messages.
 *
 * @example
 * const table = toRunOptionTable(dockerRunOptions, 'en', dockerResourceFlags);
 * findOption(table, '-m')?.allowed // => 'Memory limit in bytes; units b, k, m, g (binary). At least 6MB.'
 */
export function toRunOptionTable(options: readonly RunOptionLike[], lang: Lang, resourceFlags: readonly ResourceFlagLike[] = []): RunOptionSpec[] {
  return options.map((o) => {
    const allowed = resourceFlags.find((r) => r.flag === o.flag)?.value[lang];
    const spec: RunOptionSpec = {
      flag: o.flag,
      type: o.type,
      group: o.group,
      takesValue: o.takesValue,
      repeatable: o.repeatable,
      kernel: o.kernel,
      meaning: o.meaning[lang],
    };
    if (o.short) spec.short = o.short;
    if (o.aliasOf) spec.aliasOf = o.aliasOf;
    if (o.status) spec.status = o.status;
    if (o.runOnly) spec.runOnly = true;
    if (o.windowsOnly) spec.windowsOnly = true;
    if (allowed) spec.allowed = allowed;
    return spec;
  });
}

/**
 * The option spelled `name`: a long flag (`--memory`) or a shorthand (`-m`).
 *
 * @example
 * findOption(table, '-p')?.flag // => '--publish'
 */
export function findOption(table: RunOptionTable, name: string): RunOptionSpec | undefined {
  return table.find((o) => (name.startsWith('--') ? o.flag === name : o.short === name));
}

/** Levenshtein distance, for suggestions. */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

/**
 * The visible long flag closest to a misspelt one, if it is close enough to be what was meant.
 *
 * @example
 * suggestFlag(table, '--memroy') // => '--memory'
 * suggestFlag(table, '--banana') // => undefined
 */
export function suggestFlag(table: RunOptionTable, flag: string): string | undefined {
  let best: { flag: string; d: number } | undefined;
  for (const o of table) {
    if (o.status) continue;
    const d = distance(flag, o.flag);
    if (!best || d < best.d) best = { flag: o.flag, d };
  }
  // Two edits covers a swapped pair or a doubled letter; more suggests an unrelated word.
  return best && best.d <= Math.min(2, Math.floor(flag.length / 3)) ? best.flag : undefined;
}
