import { describe, expect, test } from 'vitest';
import { extraJavaScript, loadedModules, pageScripts } from '../support/js-budget.ts';

/** A page without widgets: what every page loads anyway. */
const PLAIN = '/namespaces/pid/';

/** Each widget's page, the budget for all the JavaScript it adds (every chunk it imports), and a name in its entry file. */
const BUDGETS: [page: string, gzipBytes: number, entry: string][] = [
  ['/tools/clone-flags/', 8192, 'CloneFlagsTool'],
  ['/tools/cgroup-limits/', 8192, 'CgroupLimitsTool'],
];

describe('JavaScript budget (gzip, with every chunk a widget imports)', () => {
  test.each(BUDGETS)('%s adds at most %i bytes', (page, budget, entry) => {
    const extra = extraJavaScript(page, PLAIN);
    expect(extra.files.some((f) => f.includes(entry))).toBe(true);
    expect(extra.gzipBytes).toBeLessThanOrEqual(budget);
  });

  test.each(BUDGETS)('%s: its widget is not loaded by pages that do not use it', (_page, _budget, entry) => {
    expect([...loadedModules(pageScripts(PLAIN))].some((f) => f.includes(entry))).toBe(false);
  });

  test('a chunk shared by two widgets counts for each of them', () => {
    const a = new Set(extraJavaScript('/tools/clone-flags/', PLAIN).files);
    const shared = extraJavaScript('/tools/cgroup-limits/', PLAIN).files.filter((f) => a.has(f));
    // Both widgets import the HTML helpers; the entry-only budget of old missed that chunk.
    expect(shared.length).toBeGreaterThan(0);
  });
});
