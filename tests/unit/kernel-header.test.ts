import { describe, expect, test } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { cloneFlagTerms } from '../../src/data/index.ts';
import { findTerm } from '../../src/lib/glossary.ts';

/** Debian's linux-libc-dev puts the kernel's UAPI headers here (.ci/run installs it). */
const HEADER = '/usr/include/linux/sched.h';

/** `#define CLONE_X 0x...` lines; CLONE_ARGS_SIZE_VER* are decimal struct sizes, not flags. */
function headerFlags(text: string): Map<string, string> {
  const flags = new Map<string, string>();
  for (const m of text.matchAll(/^#define\s+(CSIGNAL|CLONE_\w+)\s+(0x[0-9a-fA-F]+)(?:ULL|UL|U)?\b/gm)) {
    flags.set(m[1]!, m[2]!.toLowerCase());
  }
  return flags;
}

describe(`clone flags against ${HEADER}`, () => {
  test('the header is installed (apt-get install linux-libc-dev)', () => {
    expect(existsSync(HEADER)).toBe(true);
  });

  const header = existsSync(HEADER) ? headerFlags(readFileSync(HEADER, 'utf8')) : new Map<string, string>();
  const ours = new Map(cloneFlagTerms.map((f) => [f.name.en, f.value]));
  /** Flags of the mainline header newer than the installed one: checked by the test above once the header has them. */
  const upstreamOnly = new Set(cloneFlagTerms.flatMap((f) => (f.header === 'upstream' ? [f.name.en] : [])));

  test('the header defines the flags we expect to parse', () => {
    expect(header.get('CLONE_NEWPID')).toBe('0x20000000');
    expect(header.size).toBeGreaterThanOrEqual(28);
  });

  test.each([...header])('%s is in our data with the value %s', (name, value) => {
    expect(ours.get(name)).toBe(value);
    expect(BigInt(ours.get(name)!)).toBe(BigInt(value));
  });

  test('our data has no flag the header lacks, except those marked as mainline-only', () => {
    expect([...ours.keys()].filter((name) => !header.has(name) && !upstreamOnly.has(name))).toEqual([]);
  });

  test('the mainline-only flags are the clone3()-only bits 34–36 (upstream include/uapi/linux/sched.h)', () => {
    const upstream = cloneFlagTerms.filter((f) => f.header === 'upstream').sort((a, b) => (BigInt(a.value) < BigInt(b.value) ? -1 : 1));
    expect(upstream.map((f) => [f.name.en, BigInt(f.value), f.syscalls])).toEqual([
      ['CLONE_AUTOREAP', 1n << 34n, ['clone3']],
      ['CLONE_NNP', 1n << 35n, ['clone3']],
      ['CLONE_PIDFD_AUTOKILL', 1n << 36n, ['clone3']],
    ]);
  });
});

describe('clone-flag kernel versions against clone(2)', () => {
  /** "CLONE_X (since Linux a.b)" headings of clone(2), from Debian's `manpages-dev`. */
  const page = execFileSync('sh', ['-c', 'MANWIDTH=80 man 2 clone | col -b'], { encoding: 'utf8' });
  const manSince = new Map([...page.matchAll(/^ {7}(CLONE_\w+) \(since Linux ([\d.]+)\)/gm)].map((m) => [m[1]!, m[2]!]));

  test('the man page gives versions we can parse', () => {
    expect(manSince.get('CLONE_NEWPID')).toBe('2.6.24');
  });

  test('every flag clone(2) dates has the same version in our data', () => {
    const ours = new Map(cloneFlagTerms.map((f) => [f.name.en, f.since]));
    expect([...manSince].filter(([name, since]) => ours.has(name) && ours.get(name) !== since)).toEqual([]);
  });

  test('a flag clone(2) does not list takes its version from unshare(2)', () => {
    const unshare = execFileSync('sh', ['-c', 'MANWIDTH=80 man 2 unshare | col -b'], { encoding: 'utf8' });
    const listed = new Set([...page.matchAll(/^ {7}(CLONE_\w+)/gm)].map((m) => m[1]!));
    const unshareSince = [...unshare.matchAll(/^ {7}(CLONE_\w+) \(since Linux ([\d.]+)\)/gm)].filter((m) => !listed.has(m[1]!));
    expect(unshareSince.map((m) => m[1])).toContain('CLONE_NEWTIME');
    const ours = new Map(cloneFlagTerms.map((f) => [f.name.en, f.since]));
    expect(unshareSince.filter((m) => ours.get(m[1]!) !== m[2]).map((m) => `${m[1]}: ${ours.get(m[1]!)} ≠ ${m[2]}`)).toEqual([]);
  });

  test('the retired CLONE_STOPPED, whose bit CLONE_NEWCGROUP reuses, is given its clone(2) version', () => {
    const stopped = manSince.get('CLONE_STOPPED');
    expect(stopped).toBe('2.6.0');
    const text = findTerm(cloneFlagTerms, 'clone-newcgroup').description;
    expect([text.en, text['zh-cn']].filter((t) => !t.includes(`Linux ${stopped}`))).toEqual([]);
  });
});
