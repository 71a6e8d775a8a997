/**
 * Command-line spellings must be unambiguous: a long flag or a shorthand used by two options
 * would make the `docker run` parser pick one silently, and an alias must name a real flag.
 */

/** The fields of an option this check reads. */
export interface FlagSpelling {
  flag: string;
  short?: string | undefined;
  aliasOf?: string | undefined;
}

/**
 * One message per long flag or shorthand used twice, and per alias of an unknown flag.
 *
 * @example
 * uniqueFlags([{ flag: '--memory', short: '-m' }, { flag: '--mount', short: '-m' }])
 * // => ['--mount: the shorthand -m is also the shorthand of --memory']
 */
export function uniqueFlags(options: readonly FlagSpelling[]): string[] {
  const longs = new Map<string, string>();
  const shorts = new Map<string, string>();
  const problems: string[] = [];
  for (const { flag, short } of options) {
    if (longs.has(flag)) problems.push(`${flag}: the flag is defined twice`);
    longs.set(flag, flag);
    if (short === undefined) continue;
    const owner = shorts.get(short);
    if (owner !== undefined) problems.push(`${flag}: the shorthand ${short} is also the shorthand of ${owner}`);
    else shorts.set(short, flag);
  }
  for (const { flag, aliasOf } of options) {
    if (aliasOf !== undefined && (!longs.has(aliasOf) || aliasOf === flag)) problems.push(`${flag}: aliasOf names no other flag (${aliasOf})`);
  }
  return problems;
}
