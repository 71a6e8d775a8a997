/**
 * The handbook built under a base path, as for a host that serves it from a folder
 * (`npm run build:base`: BASE_PATH=/handbook/, SITE_URL=https://handbook.example.org, into
 * dist-base/), served under /handbook/ and driven in Chromium: links, assets, search, diagrams
 * and tools must all stay under the base.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser.ts';
import { serveDist, type StaticSite } from '../../src/tooling/static-server.ts';

const DIR = join(process.cwd(), 'dist-base');
const BASE = '/handbook/';
const ORIGIN = 'https://handbook.example.org';

function files(dir = DIR): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : ['/' + relative(DIR, path).split(sep).join('/')];
  });
}
const read = (path: string) => readFileSync(join(DIR, path), 'utf8');
/** The file a site path under the base resolves to, as the static host resolves it. */
const resolves = (path: string) => {
  const file = decodeURIComponent(path.slice(BASE.length - 1).split(/[?#]/)[0]!);
  return existsSync(join(DIR, file)) && (statSync(join(DIR, file)).isFile() || existsSync(join(DIR, file, 'index.html')));
};

let site: StaticSite;
let browser: Browser;
beforeAll(async () => {
  [site, browser] = await Promise.all([serveDist(DIR, 0, BASE), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Opens a page and collects every response that failed. */
async function open(path: string): Promise<{ page: Page; failed: string[] }> {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  const failed: string[] = [];
  page.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
  page.on('requestfailed', (r) => failed.push(`failed ${r.url()}`));
  await page.goto(site.origin + path);
  return { page, failed };
}

describe('a build under /handbook/', () => {
  const html = files().filter((f) => f.endsWith('.html'));

  test('every site path in every page is under the base and resolves to a file', () => {
    expect(html.length).toBeGreaterThan(90);
    const outside: string[] = [];
    const missing = new Set<string>();
    for (const file of html) {
      // Attributes of start tags only: text (and code showing HTML) has `&lt;` for `<`.
      const tags = read(file).match(/<[a-zA-Z][^\s/>]*(?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*\s*\/?>/g) ?? [];
      for (const [, path] of tags.join('\n').matchAll(/\s(?:xlink:)?(?:href|src)=["'](\/[^"'/][^"']*|\/)["']/g)) {
        if (!path!.startsWith(BASE)) outside.push(`${file}: ${path}`);
        else if (!resolves(path!)) missing.add(path!);
      }
    }
    expect(outside).toEqual([]);
    expect([...missing]).toEqual([]);
  });

  test('canonical links, og:url, the sitemap and robots.txt name the site under the base', () => {
    const page = read('/zh-cn/namespaces/index.html');
    expect(page).toContain(`<link rel="canonical" href="${ORIGIN}/handbook/zh-cn/namespaces/"`);
    expect(page).toContain(`<meta property="og:url" content="${ORIGIN}/handbook/zh-cn/namespaces/"`);
    const locs = [...read('/sitemap-0.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(locs.length).toBeGreaterThan(40);
    expect(locs.filter((l) => !l.startsWith(`${ORIGIN}/handbook/`) || l.includes('/embed/'))).toEqual([]);
    expect(read('/robots.txt')).toContain(`Sitemap: ${ORIGIN}/handbook/sitemap-index.xml`);
    expect(read('/llms.txt')).toContain(`](${ORIGIN}/handbook/namespaces/)`);
  });

  test('the JSON exports give URLs under the base', () => {
    for (const file of ['/glossary.json', '/zh-cn/glossary.json', '/history.json']) {
      const urls = (JSON.parse(read(file)) as { url: string }[]).map((e) => e.url);
      expect(urls.filter((u) => !u.startsWith(BASE)), file).toEqual([]);
    }
  });

  test('a page loads every asset, shows its inline diagram and steps through one', async () => {
    const { page, failed } = await open('/handbook/engines/');
    expect(await page.locator('figure svg').count()).toBeGreaterThan(0);
    const steps = page.locator('diagram-steps').first();
    const caption = steps.locator('[aria-live]').first();
    const before = await caption.textContent();
    await steps.getByRole('button', { name: /next|下一步/i }).click();
    await expect.poll(() => caption.textContent(), { timeout: 10_000 }).not.toBe(before);
    const standalone = await page.locator('a[href$=".svg"]').first().getAttribute('href');
    expect(standalone?.startsWith('/handbook/diagrams/')).toBe(true);
    expect(failed).toEqual([]);
  });

  test('search finds a flag and its result links into the base', async () => {
    const { page, failed } = await open('/handbook/');
    const urls = (await page.evaluate(`(async () => {
      const pagefind = await import('/handbook/pagefind/pagefind.js');
      const { results } = await pagefind.search('CLONE_NEWNET');
      const top = await Promise.all(results.slice(0, 3).map((r) => r.data()));
      return top.flatMap((d) => [d.url, ...d.sub_results.map((s) => s.url)]);
    })()`)) as string[];
    expect(urls.some((u) => u === '/handbook/namespaces/clone-flags/#clone-newnet'), urls.join(' ')).toBe(true);
    await page.getByRole('button', { name: /search/i }).first().click();
    await page.locator('dialog[open] input').fill('CLONE_NEWNET');
    const first = page.locator('dialog[open] a[href*="#clone-newnet"]').first();
    await first.waitFor({ timeout: 10_000 });
    expect(await first.getAttribute('href')).toMatch(/^\/handbook\/namespaces\/clone-flags\/#clone-newnet$/);
    expect(failed).toEqual([]);
  });

  test('the tools work and link inside the base; previews and embeds find their data', async () => {
    const { page, failed } = await open('/handbook/tools/clone-flags/?flags=newpid');
    await page.getByRole('checkbox', { name: /CLONE_NEWNET/ }).check();
    await expect.poll(() => page.url()).toContain('/handbook/tools/clone-flags/?flags=newpid,newnet');
    await page.locator('main a[href="/handbook/namespaces/clone-flags/#clone-newpid"]').first().focus();
    expect(await page.locator('#term-preview').textContent()).toContain('CLONE_NEWPID = 0x20000000');

    const run = await open('/handbook/zh-cn/tools/docker-run/?cmd=docker%20run%20--pid%3Dhost%20alpine');
    const pid = run.page.locator('docker-run-tool tr[data-ns="pid"] a');
    await pid.waitFor();
    expect(await pid.getAttribute('href')).toBe('/handbook/zh-cn/namespaces/pid/#pid-namespace');

    const embed = await open('/handbook/embed/cgroup-limits/?args=--cpus%3D2');
    const link = embed.page.locator('[data-embed-open]');
    await link.focus();
    expect(await link.getAttribute('href')).toBe('/handbook/tools/cgroup-limits/?args=--cpus%3D2');
    expect([...failed, ...run.failed, ...embed.failed]).toEqual([]);
  });
});
