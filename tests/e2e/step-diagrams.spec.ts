import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserSite } from '../support/env.ts';
import { pagePaths, readDist } from '../support/pages.ts';
import { themedContext } from '../support/theme.ts';

const env = useBrowserSite();

/** The four step-through diagrams and the page each one lives on. */
const STEPPED: [name: string, path: string][] = [
  ['docker-run', '/engines/'],
  ['container-by-hand', '/namespaces/'],
  ['vm-exit', '/virtualization/techniques/'],
  ['memory-path', '/cgroups/'],
];

async function open(path: string, width = 1280, init?: (page: Page) => Promise<void>) {
  const context = await themedContext(env.browser, 'light', width);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await init?.(page);
  await page.goto(env.site.origin + path);
  return { page, context, errors };
}

/** The numbers of the steps whose parts are lit now. */
const litSteps = (page: Page, name: string) =>
  page
    .locator(`figure[data-diagram="${name}"] .is-lit`)
    .evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('data-steps')))].sort());

describe('step-through diagrams', () => {
  test.each(STEPPED.flatMap(([name, path]) => [[name, path] as const, [name, '/zh-cn' + path] as const]))(
    '%s on %s steps with the buttons, lighting each step and announcing its caption',
    async (name, path) => {
      const { page, context, errors } = await open(path);
      const figure = page.locator(`figure[data-diagram="${name}"]`);
      const zh = path.startsWith('/zh-cn');
      const next = figure.getByRole('button', { name: zh ? '下一步' : 'Next step' });
      const prev = figure.getByRole('button', { name: zh ? '上一步' : 'Previous step' });
      const caption = figure.locator('.diagram-caption');
      expect(await caption.getAttribute('aria-live')).toBe('polite');
      const captions = await figure.locator('.diagram-step-list li').allTextContents();
      expect(captions.length).toBeGreaterThan(3);
      // A loaded CI machine can take longer than expect.poll's default second to settle.
      const settles = { timeout: 10_000 };
      await expect.poll(() => caption.textContent(), settles).toContain(captions[0]!);
      await next.click();
      await expect.poll(() => caption.textContent(), settles).toContain(captions[1]!);
      expect(await litSteps(page, name)).toEqual(expect.arrayContaining([expect.stringMatching(/\b2\b/)]));
      await prev.click();
      await expect.poll(() => caption.textContent(), settles).toContain(captions[0]!);
      expect(errors).toEqual([]);
      await context.close();
    },
  );

  test('arrow keys, Home and End move through the steps', async () => {
    const { page, context } = await open('/engines/');
    const figure = page.locator('figure[data-diagram="docker-run"]');
    const captions = await figure.locator('.diagram-step-list li').allTextContents();
    await figure.getByRole('button', { name: 'Next step' }).focus();
    await page.keyboard.press('End');
    await expect.poll(() => figure.locator('.diagram-caption').textContent()).toContain(captions.at(-1)!);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => figure.locator('.diagram-caption').textContent()).toContain(captions.at(-2)!);
    await page.keyboard.press('Home');
    await expect.poll(() => figure.locator('.diagram-counter').textContent()).toBe(`Step 1 of ${captions.length}`);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => figure.locator('.diagram-counter').textContent()).toBe(`Step 2 of ${captions.length}`);
    await context.close();
  });

  test('a link to a step opens the page on that step', async () => {
    const { page, context } = await open('/zh-cn/cgroups/#memory-path-step-4');
    const figure = page.locator('figure[data-diagram="memory-path"]');
    await expect.poll(() => figure.locator('.diagram-counter').textContent()).toMatch(/^第 4 步/);
    expect(await litSteps(page, 'memory-path')).toContain('4');
    await context.close();
  });

  test('Play advances on a timer and stops at the last step', async () => {
    const { page, context } = await open('/virtualization/techniques/', 1280, (p) => p.clock.install());
    const figure = page.locator('figure[data-diagram="vm-exit"]');
    const play = figure.locator('[data-go="play"]');
    expect(await play.textContent()).toContain('Play');
    await play.click();
    expect(await play.getAttribute('aria-pressed')).toBe('true');
    expect(await play.textContent()).toContain('Pause');
    await page.clock.runFor(3100);
    await expect.poll(() => figure.locator('.diagram-counter').textContent()).toMatch(/^Step 2 of/);
    await page.clock.runFor(60_000);
    const total = await figure.locator('.diagram-step-list li').count();
    await expect.poll(() => figure.locator('.diagram-counter').textContent()).toBe(`Step ${total} of ${total}`);
    expect(await play.getAttribute('aria-pressed')).toBe('false');
    await context.close();
  });

  test('with reduced motion there is no Play button', async () => {
    const { page, context } = await open('/engines/', 1280, (p) => p.emulateMedia({ reducedMotion: 'reduce' }));
    const figure = page.locator('figure[data-diagram="docker-run"]');
    await expect.poll(() => figure.getByRole('button', { name: 'Next step' }).isVisible()).toBe(true);
    expect(await figure.getByRole('button', { name: 'Play' }).isVisible()).toBe(false);
    await context.close();
  });

  test('without JavaScript the figure shows the SVG and every step as a list', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(env.site.origin + '/namespaces/');
    const figure = page.locator('figure[data-diagram="container-by-hand"]');
    expect(await figure.locator('svg[role="img"]').isVisible()).toBe(true);
    const items = figure.locator('ol.diagram-step-list li');
    expect(await items.count()).toBeGreaterThan(3);
    expect(await items.first().isVisible()).toBe(true);
    expect(await figure.locator('.diagram-controls').isVisible()).toBe(false);
    expect(await items.nth(2).getAttribute('id')).toBe('container-by-hand-step-3');
    await context.close();
  });
});

describe('every page on a phone (375 px)', () => {
  const pages = pagePaths().filter((p) => !p.includes('/api/'));
  test.concurrent.each(pages)('%s does not scroll sideways, and its diagram labels render at 9 px or more', async (path) => {
    const { page, context } = await open(path, 375);
    const sizes = await page.locator('figure.diagram svg[role="img"]').evaluateAll((svgs) =>
      svgs.map((svg) => {
        const box = (svg as SVGSVGElement).viewBox.baseVal;
        const scale = svg.getBoundingClientRect().width / box.width;
        const fonts = [...svg.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize));
        return { id: svg.id, px: Math.min(...fonts) * scale };
      }),
    );
    expect(sizes.length).toBe((readDist(path + 'index.html').match(/<figure class="diagram"/g) ?? []).length);
    expect(sizes.filter((s) => s.px < 9)).toEqual([]);
    // The page itself never scrolls sideways: a wide diagram scrolls inside its own box.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await context.close();
  });

  test('each diagram has a full-size view that opens the SVG alone', async () => {
    const { page, context } = await open('/zh-cn/engines/');
    const link = page.locator('figure[data-diagram="docker-run"]').getByRole('link', { name: /原始大小/ });
    expect(await link.getAttribute('href')).toBe('/zh-cn/diagrams/docker-run.svg');
    const response = await page.goto(env.site.origin + '/zh-cn/diagrams/docker-run.svg');
    expect(response?.headers()['content-type']).toContain('image/svg+xml');
    const svg = await response!.text();
    expect(svg).toMatch(/^<svg[^>]* width="\d+(\.\d+)?" height="\d+(\.\d+)?"/);
    expect(svg).toContain('<style>');
    expect(svg).toContain('docker run 做了什么');
    await context.close();
  });
});
