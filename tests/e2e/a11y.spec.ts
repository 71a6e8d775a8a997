import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { launchChromium } from '../support/browser.ts';
import { serveDist, type StaticSite } from '../support/server.ts';
import { pagePaths } from '../support/pages.ts';
import { THEMES, themedContext } from '../support/theme.ts';

let site: StaticSite;
let browser: Browser;
beforeAll(async () => {
  [site, browser] = await Promise.all([serveDist(), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

// Pages are independent: two at a time keeps both cores busy while one waits on the browser.
describe.concurrent('accessibility (axe-core, WCAG 2.2 AA and best practices)', () => {
  const cases = pagePaths().flatMap((path) => THEMES.map((theme) => [path, theme] as const));
  test.each(cases)('%s in the %s theme has no violations', async (path, theme) => {
    const context = await themedContext(browser, theme);
    const page = await context.newPage();
    await page.goto(site.origin + path);
    // Open every disclosure so that what it hides is checked too.
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    const { violations } = await new AxeBuilder({ page }).analyze();
    const summary = violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
    expect(summary).toEqual([]);
    await context.close();
  });
});
