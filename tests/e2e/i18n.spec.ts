import { describe, expect, test } from 'vitest';
import { useBrowserSite } from '../support/env.ts';
import { counterpart, pagePaths, ZH } from '../support/pages.ts';
import { themedContext } from '../support/theme.ts';

/**
 * Pages allowed in one language only: the generated API reference is English, and the
 * not-found page is /404.html at the root but /zh-cn/404/ under the Chinese locale.
 */
const ENGLISH_ONLY = /^(\/api\/|\/zh-cn\/404\/$)/;

const env = useBrowserSite();

describe('two languages', () => {
  test('every page exists in English and in 简体中文', () => {
    const pages = new Set(pagePaths());
    expect(pages.size).toBeGreaterThan(1);
    const orphans = [...pages].filter((p) => !ENGLISH_ONLY.test(p) && !pages.has(counterpart(p)));
    expect(orphans).toEqual([]);
  });

  test('Chinese pages declare zh-CN and show Chinese interface labels', async () => {
    const context = await themedContext(env.browser, 'light');
    const page = await context.newPage();
    await page.goto(env.site.origin + ZH + '/');
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(await page.locator('site-search button').first().innerText()).toContain('搜索');
    await context.close();
  });

  test.each([
    ['/', '简体中文', ZH + '/'],
    [ZH + '/', 'English', '/'],
  ])('the language picker on %s goes to the same page in %s', async (from, label, to) => {
    const context = await themedContext(env.browser, 'light');
    const page = await context.newPage();
    await page.goto(env.site.origin + from);
    await Promise.all([
      page.waitForURL(env.site.origin + to),
      page.locator('starlight-lang-select select').first().selectOption({ label }),
    ]);
    expect(new URL(page.url()).pathname).toBe(to);
    await context.close();
  });
});
