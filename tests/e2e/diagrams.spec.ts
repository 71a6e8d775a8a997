import { describe, expect, test } from 'vitest';
import { useBrowserSite } from '../support/env.ts';
import { distFiles, readDist } from '../support/pages.ts';
import { THEMES, themedContext } from '../support/theme.ts';

const env = useBrowserSite();

describe('build-time diagrams', () => {
  test.each(['/', '/zh-cn/'])('%s shows the diagram as inline SVG with its accessible name', async (path) => {
    const context = await themedContext(env.browser, 'light');
    const page = await context.newPage();
    await page.goto(env.site.origin + path);
    const svg = page.locator('figure.diagram svg').first();
    await expect.poll(() => svg.isVisible()).toBe(true);
    expect(await svg.getAttribute('role')).toBe('img');
    const name = await page.getByRole('img', { name: path === '/' ? 'Virtual machines beside containers' : '虚拟机与容器对照' }).count();
    expect(name).toBe(1);
    expect(await page.locator('figure.diagram img').count()).toBe(0);
    await context.close();
  });

  test('follows the theme picker: node fill and text colours differ between light and dark', async () => {
    const colours: Record<string, string[]> = {};
    for (const theme of THEMES) {
      // The OS preference is set to the opposite theme: only data-theme may decide.
      const context = await themedContext(env.browser, theme);
      const page = await context.newPage();
      await page.emulateMedia({ colorScheme: theme === 'light' ? 'dark' : 'light' });
      await page.goto(env.site.origin + '/');
      expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe(theme);
      colours[theme] = await page.evaluate(() => {
        const rect = document.querySelector('figure.diagram .node rect')!;
        const text = document.querySelector('figure.diagram .node text')!;
        return [getComputedStyle(rect).fill, getComputedStyle(text).fill];
      });
      await context.close();
    }
    expect(colours['light']![0]).not.toBe(colours['dark']![0]);
    expect(colours['light']![1]).not.toBe(colours['dark']![1]);
  });

  test('the page requests no Mermaid script', async () => {
    const context = await themedContext(env.browser, 'light');
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(env.site.origin + '/', { waitUntil: 'networkidle' });
    expect(requests.length).toBeGreaterThan(1);
    expect(requests.filter((u) => /mermaid/i.test(u))).toEqual([]);
    await context.close();
  });

  test('the built site ships no Mermaid runtime', () => {
    const scripts = distFiles().filter((f) => f.endsWith('.js') && !f.startsWith('/pagefind/'));
    expect(scripts.length).toBeGreaterThan(0);
    const withMermaid = scripts.filter((f) => /mermaid\.initialize|mermaidAPI|flowchart-v2/.test(readDist(f)));
    expect(withMermaid).toEqual([]);
  });

  test('the Mermaid source can be opened, with a copy button', async () => {
    const context = await themedContext(env.browser, 'light');
    const page = await context.newPage();
    await page.goto(env.site.origin + '/');
    await page.locator('figure.diagram summary').getByText('Mermaid source', { exact: true }).click();
    const code = page.locator('figure.diagram details pre');
    await expect.poll(() => code.isVisible()).toBe(true);
    expect(await code.textContent()).toContain('accTitle: Virtual machines beside containers');
    expect(await page.locator('figure.diagram details').getByRole('button', { name: /copy/i }).count()).toBe(1);
    await context.close();
  });
});

describe('diagram weight', () => {
  /**
   * A diagram, with its source disclosure, may add at most 5 KB gzip to a page; a step-through
   * diagram 7 KB, since its captions (in the list and in the source) are part of the content.
   */
  const BUDGET = 5120;
  const STEPPED_BUDGET = 7168;
  test('every embedded diagram, with its source disclosure, stays within its gzip budget', async () => {
    const { gzipSync } = await import('node:zlib');
    let seen = 0;
    const over: [string, number][] = [];
    for (const file of distFiles().filter((f) => f.endsWith('.html'))) {
      const html = readDist(file);
      for (let at = html.indexOf('<figure class="diagram"'); at >= 0; at = html.indexOf('<figure class="diagram"', at + 1)) {
        const figure = html.slice(at, html.indexOf('</details>', at) + '</details>'.length);
        const size = gzipSync(figure).length;
        seen++;
        if (size > (figure.includes('<diagram-steps') ? STEPPED_BUDGET : BUDGET)) over.push([`${file}@${at}`, size]);
      }
    }
    expect(seen).toBeGreaterThan(0);
    expect(over).toEqual([]);
  });
});
