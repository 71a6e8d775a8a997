/**
 * Comparing a step's output with the recorded one: both go through the same replacement rules
 * (what differs from run to run becomes a placeholder), then trailing spaces and blank lines go.
 * @module
 */

/** A replacement rule as the lab data writes it (see src/data/schema/lab.ts). */
export interface OutputRule {
  /** A regular expression, applied with the flags `gm`. */
  pattern: string;
  /** `$1` is a group; `{n}` is the number of the distinct match (1, 2, …). */
  replacement: string;
}

/**
 * Applies one rule. `{n}` in the replacement numbers distinct matched texts in order of first
 * appearance, so two equal inode numbers stay equal after normalizing and two different ones
 * stay different.
 *
 * @example
 * applyRule('uts:[4026531838] uts:[4026532301] pid:[4026531836] pid:[4026531836]', { pattern: '4026\\d{6}', replacement: 'I{n}' })
 * // => 'uts:[I1] uts:[I2] pid:[I3] pid:[I3]'
 */
export function applyRule(text: string, rule: OutputRule): string {
  const seen = new Map<string, number>();
  // The callback receives the match, then one argument per capturing group, then more.
  const groupCount = new RegExp(`${rule.pattern}|`).exec('')!.length - 1;
  return text.replace(new RegExp(rule.pattern, 'gm'), (...args: unknown[]) => {
    const match = args[0] as string;
    const groups = args.slice(1, 1 + groupCount) as (string | undefined)[];
    if (!seen.has(match)) seen.set(match, seen.size + 1);
    return rule.replacement
      .replace(/\{n\}/g, String(seen.get(match)))
      .replace(/\$(\d)/g, (_, i: string) => groups[Number(i) - 1] ?? '');
  });
}

/**
 * The output as compared: every rule in order, then no trailing spaces on any line and no
 * blank lines at either end.
 *
 * @example
 * normalizeOutput('PID 4242  \n\n', [{ pattern: '\\d+', replacement: 'N' }]) // => 'PID N'
 */
export function normalizeOutput(text: string, rules: readonly OutputRule[]): string {
  const replaced = rules.reduce(applyRule, text.replace(/\r\n/g, '\n'));
  return replaced
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/^\n+|\n+$/g, '');
}

/**
 * The rules that match nothing: a rule that finds nothing in the recorded output is stale or
 * mistyped. The rules run in order, as in `normalizeOutput`, so each one is tried on the text
 * the rules before it left.
 *
 * @example
 * idleRules('PID 42', [{ pattern: '\\d+', replacement: 'N' }, { pattern: 'inode', replacement: 'I' }])
 * // => [{ pattern: 'inode', replacement: 'I' }]
 */
export function idleRules<R extends OutputRule>(text: string, rules: readonly R[]): R[] {
  const idle: R[] = [];
  rules.reduce((current, rule) => {
    if (!new RegExp(rule.pattern, 'm').test(current)) idle.push(rule);
    return applyRule(current, rule);
  }, text);
  return idle;
}
