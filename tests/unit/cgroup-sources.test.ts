import { describe, expect, test } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cgroupControllerTerms } from '../../src/data/index.ts';

/** cgroups(7) as plain text, from Debian's `manpages` package (.ci/run installs it). */
function cgroupsManPage(): string {
  return execFileSync('sh', ['-c', 'MANWIDTH=80 man 7 cgroups | col -b'], { encoding: 'utf8' });
}

/** The controllers of one section of cgroups(7): lines "name (since Linux x.y; CONFIG_…)". */
function section(text: string, start: string, end: string): Map<string, string> {
  const body = text.slice(text.indexOf(start), text.indexOf(end, text.indexOf(start)));
  return new Map([...body.matchAll(/^ {7}([a-z_]+) \(since Linux ([\d.]+)/gm)].map((m) => [m[1]!, m[2]!]));
}

/**
 * v1 controllers the installed cgroups(7) (man-pages 6.03) does not list: misc arrived later, and
 * debug, a debugging aid of the cgroup core (kernel/cgroup/debug.c), is not in the man page at all.
 */
const NOT_IN_MAN_PAGE = new Set(['misc', 'debug']);

describe('our v1 controllers against cgroups(7)', () => {
  const page = cgroupsManPage();
  const manV1 = section(page, 'Cgroups version 1 controllers', 'Creating cgroups and moving processes');
  const ours = new Map(cgroupControllerTerms.flatMap((c) => (c.v1Name ? [[c.v1Name, c.sinceV1] as const] : [])));

  test('the man page lists the v1 controllers we parse', () => {
    expect(manV1.size).toBeGreaterThanOrEqual(13);
    expect(manV1.get('memory')).toBe('2.6.25');
  });

  test('every v1 controller of cgroups(7) is in our data, with the same kernel version', () => {
    expect([...manV1].filter(([name, since]) => ours.get(name) !== since)).toEqual([]);
  });

  test('we list no v1 controller the man page lacks, except those it is known not to list', () => {
    expect([...ours.keys()].filter((name) => !manV1.has(name) && !NOT_IN_MAN_PAGE.has(name))).toEqual([]);
  });

  test('we list every controller the kernel has a v1 name for, debug included', () => {
    expect([...NOT_IN_MAN_PAGE].filter((name) => !ours.has(name))).toEqual([]);
  });
});

function fixtureLines(file: string): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

describe('our interface file names against the kernel documentation', () => {
  const v2 = new Set(fixtureLines('tests/fixtures/cgroup-v2-interface-files.txt'));
  const v1 = new Set(fixtureLines('tests/fixtures/cgroup-v1-files.txt'));

  test('the kernel lists are loaded', () => {
    expect(v2.has('memory.max') && v2.has('cgroup.subtree_control')).toBe(true);
    expect(v1.has('memory\tmemory.limit_in_bytes')).toBe(true);
  });

  test('every v2 file we document is in Documentation/admin-guide/cgroup-v2.rst, or names the source that defines it', () => {
    const unknown = cgroupControllerTerms.flatMap((c) => c.v2Files.filter((f) => !v2.has(f.name) && !f.source).map((f) => `${c.id}: ${f.name}`));
    expect(unknown).toEqual([]);
  });

  test('every v1 file we document is in the v1 documentation of its controller, or names the source that defines it', () => {
    const unknown = cgroupControllerTerms.flatMap((c) =>
      c.v1Files.filter((f) => !v1.has(`${c.v1Name}\t${f.name}`) && !f.source).map((f) => `${c.id}: ${c.v1Name}\t${f.name}`),
    );
    expect(unknown).toEqual([]);
  });

  test('the hugetlb reservation files of v2, which cgroup-v2.rst does not list, are documented from the kernel source', () => {
    const hugetlb = cgroupControllerTerms.find((c) => c.id === 'cgroup-hugetlb')!;
    const rsvd = hugetlb.v2Files.filter((f) => f.name.includes('.rsvd.'));
    expect(rsvd.map((f) => [f.name, v2.has(f.name), f.source?.title])).toEqual([
      ['hugetlb.<hugepagesize>.rsvd.max', false, 'mm/hugetlb_cgroup.c (Linux 5.10.13)'],
      ['hugetlb.<hugepagesize>.rsvd.current', false, 'mm/hugetlb_cgroup.c (Linux 5.10.13)'],
    ]);
  });
});

describe('v2 replacements against cgroups(7)', () => {
  test('a v1 controller v2 replaces with a core file shows that file with the version cgroups(7) gives', () => {
    const page = cgroupsManPage();
    const manV2 = section(page, 'Cgroups v2 controllers', 'Cgroups v2 subtree control');
    const replaced = cgroupControllerTerms.flatMap((c) => (c.v2CoreFile ? [[c.v1Name, c.v2CoreFile.name, c.v2CoreFile.since]] : []));
    expect(replaced).toEqual([['freezer', 'cgroup.freeze', manV2.get('freezer')]]);
  });
});
