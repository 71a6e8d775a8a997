import { describe, expect, test } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import { useBrowserSite } from '../support/env.ts';
import { pagePaths } from '../support/pages.ts';
import { THEMES, themedContext } from '../support/theme.ts';

/** The axe rules whose outcome depends on colours. */
const THEME_RULES = ['color-contrast', 'link-in-text-block'];

const env = useBrowserSite();

/**
 * Every handbook page, and the generated API reference once per template: its module pages all
 * share one layout, and /zh-cn/api/ holds Starlight's English fallbacks of the same pages.
 */
function pagesToScan(paths: readonly string[]): string[] {
  const api = paths.filter((p) => p.startsWith('/api/'));
  const handbook = paths.filter((p) => !p.startsWith('/api/') && !p.startsWith('/zh-cn/api/'));
  // Embed views show the tools' own components, scanned on the tools' pages in both themes and
  // languages: their frame is checked once, in English.
  return [...handbook.filter((p) => !p.startsWith('/zh-cn/embed/')), ...api.filter((p) => p === '/api/readme/' || p === '/api/').slice(0, 1), ...api.filter((p) => p !== '/api/readme/' && p !== '/api/').slice(0, 1)];
}

// Pages are independent: two at a time keeps both cores busy while one waits on the browser.
describe.concurrent('accessibility (axe-core, WCAG 2.2 AA and best practices)', () => {
  const cases = pagesToScan(pagePaths()).flatMap((path) =>
    THEMES.filter((theme) => theme === 'light' || !/^\/(zh-cn|embed)\//.test(path)).map((theme) => [path, theme] as const),
  );
  test.each(cases)('%s in the %s theme has no violations', async (path, theme) => {
    const context = await themedContext(env.browser, theme);
    const page = await context.newPage();
    await page.goto(env.site.origin + path);
    // Open every disclosure so that what it hides is checked too.
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    // Only colours change with the theme: the dark pass runs the colour rules, the light pass all
    // rules. A Chinese page is built from the same components and stylesheets as its English twin,
    // so its colours are checked there: it runs every rule but the colour ones (which are most of
    // axe's time on a long page), in one pass.
    // Violations only: axe skips building the details of passing checks, which is most of its time.
    const axe = new AxeBuilder({ page }).options({ resultTypes: ['violations'] });
    const chinese = path.startsWith('/zh-cn/');
    const scan = theme === 'dark' ? axe.withRules(THEME_RULES) : chinese ? axe.disableRules(THEME_RULES) : axe;
    const { violations } = await scan.analyze();
    const summary = violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
    expect(summary).toEqual([]);
    await context.close();
  });
});
