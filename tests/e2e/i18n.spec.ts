import { describe, expect, test } from 'vitest';
import { useBrowserSite } from '../support/env.ts';
import { counterpart, pagePaths, readDist, ZH } from '../support/pages.ts';
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

describe('the sidebar', () => {
  test.each([
    ['/namespaces/', 'API reference'],
    ['/zh-cn/namespaces/', 'API 参考'],
  ])('%s names the API group "%s" and has no empty group', (path, label) => {
    const html = readDist(`${path}index.html`);
    const start = html.indexOf('id="starlight__sidebar"');
    const sidebar = html.slice(start, html.indexOf('</sl-sidebar-pane>', start));
    expect(sidebar).toContain(`>${label}</span>`);
    expect(sidebar).toMatch(/href="(\/zh-cn)?\/api\/glossary\/"/);
    // A group whose list is empty shows a caret that opens onto nothing.
    expect(sidebar.match(/<ul\b[^>]*><\/ul>/g) ?? []).toEqual([]);
  });
});

describe('on a phone (375 px)', () => {
  test.each([
    ['/', '简体中文', ZH + '/'],
    [ZH + '/', 'English', '/'],
  ])('the home page %s has a menu with the language picker (to %s)', async (from, label, to) => {
    const context = await themedContext(env.browser, 'light', 375);
    const page = await context.newPage();
    await page.goto(env.site.origin + from);
    await page.locator('button.sl-menu-button').click();
    const picker = page.locator('starlight-lang-select select').filter({ visible: true }).first();
    expect(await page.locator('starlight-theme-select select').filter({ visible: true }).count()).toBeGreaterThan(0);
    await Promise.all([page.waitForURL(env.site.origin + to), picker.selectOption({ label })]);
    await context.close();
  });
});

describe('anchors shared by both languages', () => {
  /** The ids of a built page's Markdown headings, in order (components' headings carry a class). */
  const headingIds = (html: string) => [...html.matchAll(/<h[2-6] id="([^"]+)">/g)].map(([, id]) => id!);
  const pairs = pagePaths().filter((p) => !p.startsWith(ZH) && !ENGLISH_ONLY.test(p) && !p.endsWith('/404/'));

  test.each(pairs)('%s and its Chinese twin give their headings the same ASCII ids', (path) => {
    const zhHtml = readDist(ZH + path + 'index.html');
    const zh = headingIds(zhHtml);
    expect(zh).toEqual(headingIds(readDist(path + 'index.html')));
    expect(zh.filter((id) => !/^[\x20-\x7e]+$/.test(id))).toEqual([]);
  });

  test('an anchor published from a Chinese heading still lands', () => {
    const html = readDist('/zh-cn/namespaces/clone-flags/index.html');
    expect(html).toMatch(/<h2 id="reading-a-mask"[^>]*><span id="如何解读掩码"><\/span>/);
  });
});

describe('Chinese punctuation on the built pages', () => {
  const chinese = pagePaths().filter((p) => p.startsWith(ZH + '/') && !p.startsWith(ZH + '/api/'));
  /** The text of a page's main content, without code, scripts and diagrams. */
  const mainText = (html: string) =>
    (/<main[\s\S]*<\/main>/.exec(html)?.[0] ?? '')
      .replace(/<(script|style|pre|code|svg|kbd|textarea)\b[\s\S]*?<\/\1>/g, ' ')
      .replace(/<[^>]+>/g, '')
      .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
      .replace(/&amp;/g, '&');

  test.each(chinese)('%s has no half-width , : ; ( ) right after Chinese text', (path) => {
    const text = mainText(readDist(path + 'index.html'));
    expect(text.length).toBeGreaterThan(0);
    expect([...text.matchAll(/\p{Script=Han}[,:;()]/gu)].map((m) => text.slice(Math.max(0, m.index - 12), m.index + 8))).toEqual([]);
  });
});
