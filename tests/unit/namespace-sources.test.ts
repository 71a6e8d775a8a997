import { describe, expect, test } from 'vitest';
import { execFileSync } from 'node:child_process';
import { namespaceTerms } from '../../src/data/index.ts';

/** namespaces(7) as plain text, from Debian's `manpages` package (.ci/run installs it). */
function namespacesManPage(): string {
  return execFileSync('sh', ['-c', 'MANWIDTH=80 man 7 namespaces | col -b'], { encoding: 'utf8' });
}

describe('our /proc/[pid]/ns files against namespaces(7)', () => {
  /** The "/proc/pid/ns/X (since Linux a.b)" entries (the *_for_children files too; only ours are compared). */
  const manSince = new Map(
    [...namespacesManPage().matchAll(/^ {7}\/proc\/pid\/ns\/([a-z_]+) \(since Linux ([\d.]+)\)/gm)].map((m) => [m[1]!, m[2]!]),
  );

  test('the man page gives the versions we parse', () => {
    expect(manSince.get('mnt')).toBe('3.8');
  });

  test.each(namespaceTerms.map((n) => [n.procFile, n.procFileSince]))('/proc/[pid]/ns/%s is dated Linux %s, as namespaces(7) says', (file, since) => {
    expect(manSince.get(file)).toBe(since);
  });
});
