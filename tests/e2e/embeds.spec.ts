import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserSite } from '../support/env.ts';
import { themedContext } from '../support/theme.ts';
import { EMBEDS } from '../../src/components/embed/embeds.ts';

const env = useBrowserSite();

async function newPage(width = 1280): Promise<Page> {
  return (await themedContext(env.browser, 'light', width)).newPage();
}

/** The snippet exactly as the link page shows it, pointed at the test server. */
async function publishedSnippet(path: string): Promise<string> {
  const page = await newPage();
  await page.goto(env.site.origin + path);
  const code = await page.locator('[data-embed-snippet] pre').innerText();
  return code.replaceAll('https://handbook.example.org', env.site.origin);
}

describe('embed views', () => {
  test.each(EMBEDS.flatMap((e) => [`/embed/${e.tool}/`, `/zh-cn/embed/${e.tool}/`]))(
    '%s shows the tool without the site header and sidebar, and is not indexed',
    async (path) => {
      const page = await newPage(375);
      await page.goto(env.site.origin + path);
      expect(await page.locator('header.header, nav.sidebar, site-search').count()).toBe(0);
      expect(await page.locator('.embed-frame main').count()).toBe(1);
      expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
      expect(await page.locator('[data-pagefind-body]').count()).toBe(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    },
  );

  test('"open in the handbook" opens the tool’s page in the state the reader left it in', async () => {
    const page = await newPage();
    await page.goto(`${env.site.origin}/embed/clone-flags/?flags=newpid`);
    await page.getByRole('checkbox', { name: /CLONE_NEWNET/ }).check();
    await expect.poll(() => new URL(page.url()).searchParams.get('flags')).toBe('newpid,newnet');
    const open = page.locator('[data-embed-open]');
    await open.focus();
    expect(await open.getAttribute('href')).toBe('/tools/clone-flags/?flags=newpid,newnet');
    expect(await open.getAttribute('target')).toBe('_blank');
    const zh = await newPage();
    await zh.goto(`${env.site.origin}/zh-cn/embed/docker-run/?cmd=docker%20run%20--pid%3Dhost%20alpine`);
    const zhOpen = zh.locator('[data-embed-open]');
    await zhOpen.focus();
    expect(await zhOpen.getAttribute('href')).toBe('/zh-cn/tools/docker-run/?cmd=docker+run+--pid%3Dhost+alpine'.replaceAll('+', '%20'));
  });

  test.each(['/link-to-this-handbook/', '/zh-cn/link-to-this-handbook/'])(
    'the snippet of %s frames the tool at its preset and sizes the frame to it',
    async (path) => {
      const snippet = await publishedSnippet(path);
      const host = await newPage();
      await host.setContent(`<!doctype html><title>course</title><h1>A course page</h1>${snippet}<p>after</p>`);
      const frame = host.locator('iframe');
      const initial = 40 * 16;
      await expect.poll(async () => (await frame.boundingBox())?.height, { timeout: 15000 }).not.toBe(initial);
      const inner = host.frameLocator('iframe');
      const content = await inner.locator('.embed-frame').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
      expect(Math.abs((await frame.boundingBox())!.height - content)).toBeLessThanOrEqual(1);
      expect(await inner.getByRole('checkbox', { name: /CLONE_NEWPID/ }).isChecked()).toBe(true);
      expect(await inner.getByRole('checkbox', { name: /CLONE_NEWNET/ }).isChecked()).toBe(true);
    },
  );

  test('the snippet ignores height messages from other origins', async () => {
    const snippet = await publishedSnippet('/link-to-this-handbook/');
    const host = await newPage();
    await host.setContent(snippet.replace(/src="[^"]+"/, 'src="about:blank"'));
    await host.evaluate(() => window.postMessage({ type: 'handbook:embed-height', height: 5 }, '*'));
    await host.waitForTimeout(200);
    expect((await host.locator('iframe').boundingBox())!.height).toBe(40 * 16);
  });
});
