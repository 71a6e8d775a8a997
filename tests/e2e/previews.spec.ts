import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserSite } from '../support/env.ts';
import { themedContext } from '../support/theme.ts';
import { terms } from '../../src/data/index.ts';
import { findTerm } from '../../src/lib/glossary.ts';
import { plainText } from '../../src/lib/inline-markdown.ts';

const env = useBrowserSite();

async function open(path: string, width = 1280): Promise<Page> {
  const page = await (await themedContext(env.browser, 'light', width)).newPage();
  await page.goto(env.site.origin + path);
  return page;
}

const card = (page: Page) => page.locator('#term-preview');

describe('link previews of glossary terms', () => {
  test('hovering a term link shows its name, category and summary, with no request and no layout shift', async () => {
    const page = await open('/namespaces/');
    const link = page.locator('main a[href="/namespaces/pid/#pid-namespace"]').first();
    // Scroll to the link first (scrolling is not the preview's doing), then compare.
    await link.scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    const layout = () => page.evaluate(() => [document.documentElement.scrollHeight, document.querySelector('main')!.getBoundingClientRect().height]);
    const before = await layout();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await link.hover();
    await expect.poll(() => card(page).isVisible(), { timeout: 5000 }).toBe(true);
    const pid = findTerm(terms, 'pid-namespace');
    const text = await card(page).textContent();
    expect(text?.startsWith(pid.name.en)).toBe(true);
    expect(text).toContain(plainText(pid.summary.en));
    expect(await link.getAttribute('aria-describedby')).toBe('term-preview');
    expect(await card(page).getAttribute('role')).toBe('tooltip');
    expect(await layout()).toEqual(before);
    // Hovering lets Astro prefetch the linked page, as on any link; the preview asks for nothing.
    expect(requests.filter((url) => url !== `${env.site.origin}/namespaces/pid/`)).toEqual([]);
  });

  test('stays while the pointer moves onto the card, closes when it leaves and on Escape', async () => {
    const page = await open('/namespaces/');
    const link = page.locator('main a[href="/namespaces/pid/#pid-namespace"]').first();
    await link.hover();
    await expect.poll(() => card(page).isVisible(), { timeout: 5000 }).toBe(true);
    const box = (await card(page).boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
    await page.waitForTimeout(600);
    expect(await card(page).isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await card(page).isVisible()).toBe(false);
    expect(await link.getAttribute('aria-describedby')).toBeNull();
    await link.hover();
    await expect.poll(() => card(page).isVisible(), { timeout: 5000 }).toBe(true);
    await page.mouse.move(5, 5);
    await expect.poll(() => card(page).isVisible(), { timeout: 5000 }).toBe(false);
  });

  test('keyboard focus shows the preview and moving focus away hides it', async () => {
    const page = await open('/zh-cn/namespaces/');
    const link = page.locator('main a[href="/zh-cn/namespaces/pid/#pid-namespace"]').first();
    await link.focus();
    expect(await card(page).isVisible()).toBe(true);
    expect(await card(page).textContent()).toContain('PID 命名空间');
    await page.keyboard.press('Escape');
    expect(await card(page).isVisible()).toBe(false);
    await link.focus();
    await page.locator('main a[href="/zh-cn/namespaces/pid/#pid-namespace"]').first().blur();
    expect(await card(page).isVisible()).toBe(false);
  });

  test('a clone flag shows its value; an interface file and a Docker flag have previews too', async () => {
    const page = await open('/tools/clone-flags/');
    await page.locator('main a[href="/namespaces/clone-flags/#clone-newpid"]').first().focus();
    expect(await card(page).textContent()).toContain('CLONE_NEWPID = 0x20000000');
    const previews = await page.evaluate(() => Object.keys(JSON.parse(document.getElementById('term-previews')!.textContent!)));
    expect(previews).toContain('/namespaces/clone-flags/#clone-newpid');
    const docs = await open('/link-to-this-handbook/');
    const keys = await docs.evaluate(() => Object.keys(JSON.parse(document.getElementById('term-previews')?.textContent ?? '{}')));
    expect(keys).toEqual(expect.arrayContaining(['/cgroups/controllers/#cgroup-v2-cpu-max', '/cgroups/docker/#docker-cpus']));
  });

  test('a term’s own permalink and the glossary index get no preview', async () => {
    const page = await open('/namespaces/clone-flags/');
    await page.locator('#clone-newpid .term-permalink').focus();
    expect(await card(page).isVisible()).toBe(false);
    const glossary = await open('/glossary/');
    await glossary.locator('glossary-index a[href="/namespaces/pid/#pid-namespace"]').focus();
    expect(await card(glossary).isVisible()).toBe(false);
  });

  test('fits a 375 px screen', async () => {
    const page = await open('/namespaces/', 375);
    const link = page.locator('main a[href="/namespaces/pid/#pid-namespace"]').first();
    await link.scrollIntoViewIfNeeded();
    await link.focus();
    const box = (await card(page).boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(375);
  });
});
