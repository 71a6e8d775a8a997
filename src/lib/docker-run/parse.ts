/**
 * Reads the words of a `docker run` (or `docker create`) command the way docker/cli does with
 * spf13/pflag v1.0.10 (`parseLongArg`, `parseSingleShortArg`): `--flag=value`, `--flag value`,
 * `-m 256m`, `-m256m`, `-m=256m`, boolean shorthands run together (`-dit`) where the last one may
 * take a value (`-itp 8080:80`), `--` ending the options, and interspersed flags off, so the
 * first word that is not a flag is the image and everything after it is the command.
 * Never throws: problems come back as values.
 * @module
 */
import { shellWords, type ShellWordsError } from './shell-words.ts';
import { findOption, suggestFlag, type RunOptionSpec, type RunOptionTable } from './options.ts';
import { GO_BOOL_SPELLINGS, INT_RANGES, parseGoBool, parseGoInt } from './go-values.ts';

/** One option as given. */
export interface ParsedOption {
  /** The long flag it stands for, aliases resolved: `-p` and `--publish` are both `--publish`. */
  flag: string;
  /** How it was written: `-p`, `--net`. */
  spelled: string;
  /** The value; `true` for a boolean given without one. */
  value: string;
  /** Index of the word it starts in. */
  word: number;
}

/** A parsed `docker run` or `docker create`. */
export interface ParsedRun {
  subcommand: 'run' | 'create';
  /** The words before the options: `docker run`, `docker container create`. */
  invocation: string;
  options: ParsedOption[];
  image: string;
  /** The command and its arguments after the image, if any. */
  args: string[];
}

export type RunParseError =
  | ShellWordsError
  | { code: 'empty' }
  | { code: 'not-docker-run'; found: string }
  | { code: 'unknown-flag'; flag: string; suggestion?: string }
  | { code: 'run-only-flag'; flag: string }
  | { code: 'bad-flag-syntax'; flag: string }
  | { code: 'missing-value'; flag: string }
  | { code: 'bad-bool'; flag: string; value: string; allowed: string }
  | { code: 'bad-int'; flag: string; value: string; allowed: string }
  | { code: 'missing-image' };

export type RunParseResult = { ok: true; run: ParsedRun } | { ok: false; error: RunParseError };

const fail = (error: RunParseError): RunParseResult => ({ ok: false, error });

/** The allowed spellings of a boolean, for messages. */
export const BOOL_SPELLINGS = GO_BOOL_SPELLINGS.join(', ');

/** Where the subcommand ends: `docker run` → 2, `sudo docker container create` → 4; or the error. */
function readInvocation(words: readonly string[]): { start: number; subcommand: 'run' | 'create' } | RunParseError {
  if (words.length === 0) return { code: 'empty' };
  const first = words[0] === 'sudo' && words[1] === 'docker' ? 1 : 0;
  const isDocker = (w: string | undefined) => w === 'docker' || !!w?.endsWith('/docker');
  let i = first;
  if (!isDocker(words[i])) return { code: 'not-docker-run', found: words.slice(0, 2).join(' ') };
  i += words[i + 1] === 'container' ? 2 : 1;
  const sub = words[i];
  if (sub !== 'run' && sub !== 'create') return { code: 'not-docker-run', found: words.slice(first, i + 1).join(' ') };
  return { start: i + 1, subcommand: sub };
}

/** Checks a value against the option's type where the flag library would refuse it. */
function checkValue(spec: RunOptionSpec, spelled: string, value: string): RunParseError | undefined {
  if (spec.type === 'bool' && parseGoBool(value) === undefined) return { code: 'bad-bool', flag: spelled, value, allowed: BOOL_SPELLINGS };
  const range = INT_RANGES[spec.type];
  if (!range) return undefined;
  const n = parseGoInt(value);
  const unsignedWithSign = spec.type.startsWith('uint') && /^[+-]/.test(value);
  if (n === undefined || unsignedWithSign || n < range[0] || n > range[1]) {
    return { code: 'bad-int', flag: spelled, value, allowed: `${range[0]}…${range[1]}` };
  }
  return undefined;
}

/** The option a spelling names, or why it names none. */
function lookUp(table: RunOptionTable, spelled: string, subcommand: 'run' | 'create'): RunOptionSpec | RunParseError {
  const spec = findOption(table, spelled);
  if (!spec) {
    const suggestion = spelled.startsWith('--') ? suggestFlag(table, spelled) : undefined;
    return { code: 'unknown-flag', flag: spelled, ...(suggestion ? { suggestion } : {}) };
  }
  if (spec.runOnly && subcommand === 'create') return { code: 'run-only-flag', flag: spelled };
  return spec;
}

/**
 * Parses the words of a `docker run` command.
 *
 * @example
 * parseRunWords(['docker', 'run', '-itp', '8080:80', 'nginx'], table)
 * // => { ok: true, run: { subcommand: 'run', invocation: 'docker run', image: 'nginx', args: [],
 * //      options: [{ flag: '--interactive', value: 'true', … }, { flag: '--tty', … }, { flag: '--publish', value: '8080:80', … }] } }
 */
export function parseRunWords(words: readonly string[], table: RunOptionTable): RunParseResult {
  const head = readInvocation(words);
  if ('code' in head) return fail(head);
  const { subcommand } = head;
  const options: ParsedOption[] = [];
  const take = (spec: RunOptionSpec, spelled: string, value: string, word: number): RunParseError | undefined => {
    options.push({ flag: spec.aliasOf ?? spec.flag, spelled, value, word });
    return checkValue(spec, spelled, value);
  };
  let i = head.start;
  for (; i < words.length; i++) {
    const w = words[i]!;
    if (w === '--') {
      i++;
      break;
    }
    if (!w.startsWith('-') || w === '-') break;
    if (w.startsWith('--')) {
      const eq = w.indexOf('=');
      const spelled = eq < 0 ? w : w.slice(0, eq);
      if (spelled.length === 2 || spelled[2] === '-') return fail({ code: 'bad-flag-syntax', flag: w });
      const spec = lookUp(table, spelled, subcommand);
      if ('code' in spec) return fail(spec);
      const at = i;
      let value = eq < 0 ? undefined : w.slice(eq + 1);
      if (value === undefined && !spec.takesValue) value = 'true';
      if (value === undefined) {
        if (i + 1 >= words.length) return fail({ code: 'missing-value', flag: spelled });
        value = words[++i]!;
      }
      const problem = take(spec, spelled, value, at);
      if (problem) return fail(problem);
      continue;
    }
    // A cluster of shorthands: each boolean takes none; the first that takes a value takes the
    // rest of the word, or the next word when it is last.
    const at = i;
    for (let j = 1; j < w.length; j++) {
      const spelled = `-${w[j]}`;
      const spec = lookUp(table, spelled, subcommand);
      if ('code' in spec) return fail(spec);
      const rest = w.slice(j);
      let value: string;
      if (rest.length > 2 && rest[1] === '=') {
        value = rest.slice(2);
        j = w.length;
      } else if (!spec.takesValue) value = 'true';
      else if (rest.length > 1) {
        value = rest.slice(1);
        j = w.length;
      } else if (i + 1 < words.length) value = words[++i]!;
      else return fail({ code: 'missing-value', flag: spelled });
      const problem = take(spec, spelled, value, at);
      if (problem) return fail(problem);
    }
  }
  const image = words[i];
  if (image === undefined) return fail({ code: 'missing-image' });
  return {
    ok: true,
    run: { subcommand, invocation: words.slice(0, head.start).join(' '), options, image, args: words.slice(i + 1) },
  };
}

/**
 * Splits a pasted command line into words and parses it as `docker run`.
 *
 * @example
 * parseDockerRun('docker run --rm -it --memory=256m ubuntu bash', table)
 * // => { ok: true, run: { image: 'ubuntu', args: ['bash'], options: [--rm, --interactive, --tty, --memory] … } }
 * parseDockerRun('docker ps', table) // => { ok: false, error: { code: 'not-docker-run', found: 'docker ps' } }
 */
export function parseDockerRun(input: string, table: RunOptionTable): RunParseResult {
  const split = shellWords(input);
  return split.ok ? parseRunWords(split.words, table) : fail(split.error);
}

/**
 * The value of the last use of a flag (for all but list-like types the flag library keeps the last).
 *
 * @example
 * lastValue(run, '--pid') // => 'host' for `docker run --pid=host nginx`
 */
export function lastValue(run: ParsedRun, flag: string): string | undefined {
  return run.options.findLast((o) => o.flag === flag)?.value;
}

/**
 * Whether a boolean flag is on: given, and not set to a false spelling (`--rm=false`).
 *
 * @example
 * flagIsOn(run, '--privileged') // => true for `docker run --privileged alpine`
 */
export function flagIsOn(run: ParsedRun, flag: string): boolean {
  const value = lastValue(run, flag);
  return value !== undefined && parseGoBool(value) === true;
}

/**
 * Every value given for a repeatable flag, in order.
 *
 * @example
 * allValues(run, '--cap-add') // => ['NET_ADMIN', 'SYS_TIME']
 */
export function allValues(run: ParsedRun, flag: string): string[] {
  return run.options.flatMap((o) => (o.flag === flag ? [o.value] : []));
}
