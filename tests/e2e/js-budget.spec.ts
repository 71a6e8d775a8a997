import { describe, expect, test } from 'vitest';
import { gzipSync } from 'node:zlib';
import { extraJavaScript, loadedModules, loadedOnUse, pageScripts } from '../support/js-budget.ts';

/** A page without widgets: what every page loads anyway. */
const PLAIN = '/namespaces/pid/';

/** Each widget's page, the budget for all the JavaScript it adds (every chunk it imports), and its custom element's name. */
const BUDGETS: [page: string, gzipBytes: number, element: string][] = [
  ['/tools/clone-flags/', 8192, 'clone-flags-tool'],
  ['/tools/cgroup-limits/', 8192, 'cgroup-limits-tool'],
  ['/engines/', 3072, 'diagram-steps'],
  ['/tools/docker-run/', 10240, 'docker-run-tool'],
];

// The minifier may write the name with any quote: `x`, "x" or 'x'.
const defines = (code: readonly string[], element: string) =>
  code.some((c) => new RegExp('customElements\\.define\\([`"\']' + element + '[`"\']').test(c));

describe('JavaScript budget (gzip, with every chunk a widget imports)', () => {
  test.each(BUDGETS)('%s adds at most %i bytes', (page, budget, element) => {
    const extra = extraJavaScript(page, PLAIN);
    expect(defines(extra.code, element)).toBe(true);
    expect(extra.gzipBytes).toBeLessThanOrEqual(budget);
  });

  test.each(BUDGETS)('%s: its widget is not loaded by pages that do not use it', (_page, _budget, element) => {
    expect(defines([...loadedModules(pageScripts(PLAIN)).values()], element)).toBe(false);
  });

  test('a chunk shared by two widgets counts for each of them', () => {
    const a = new Set(extraJavaScript('/tools/clone-flags/', PLAIN).files);
    const shared = extraJavaScript('/tools/cgroup-limits/', PLAIN).files.filter((f) => a.has(f));
    // Both widgets import the HTML helpers; the entry-only budget of old missed that chunk.
    expect(shared.length).toBeGreaterThan(0);
  });

  test('link previews cost every page at most 3 KB gzip, and embed views do not load them', () => {
    const previews = (path: string) => [...loadedModules(pageScripts(path))].filter(([, code]) => code.includes('term-previews'));
    const loaded = previews(PLAIN);
    expect(loaded.length).toBe(1);
    const all = loadedModules(loaded.map(([name, code]) => ({ name, code })));
    expect([...all.values()].reduce((sum, code) => sum + gzipSync(code).length, 0)).toBeLessThanOrEqual(3072);
    expect(previews('/embed/clone-flags/')).toEqual([]);
  });

  test('the docker run explainer loads its engine on first use: at most 16 KB gzip more', () => {
    const later = loadedOnUse('/tools/docker-run/', (code) => defines([code], 'docker-run-tool'));
    expect(later.files.length).toBeGreaterThan(0);
    expect(later.gzipBytes).toBeLessThanOrEqual(16384);
  });
});
