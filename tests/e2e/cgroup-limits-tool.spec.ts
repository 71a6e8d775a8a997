import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserSite } from '../support/env.ts';
import { themedContext } from '../support/theme.ts';

const TOOL = '/tools/cgroup-limits/';
const env = useBrowserSite();

async function open(path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await (await themedContext(env.browser, 'light')).newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(env.site.origin + path);
  await page.waitForFunction(() => customElements.get('cgroup-limits-tool'));
  return { page, errors };
}

async function apply(page: Page, flags: string) {
  const input = page.getByRole('textbox', { name: /resource flags|资源参数/ });
  await input.fill(flags);
  await input.press('Enter');
}

/** The table of one version as { file: value }. */
const table = (page: Page, version: 'v1' | 'v2') =>
  page.locator(`[data-writes="${version}"] tr`).evaluateAll((rows) =>
    Object.fromEntries(rows.map((r) => [r.children[0]!.textContent, r.children[1]!.textContent])),
  );

describe('cgroup limits calculator', () => {
  test('docker run flags become cgroup v2 and v1 files', async () => {
    const { page, errors } = await open(TOOL);
    await apply(page, '--cpus=1.5 --memory=512m --pids-limit=100');
    expect(await table(page, 'v2')).toEqual({
      'cpu.max': '150000 100000',
      'memory.max': '536870912',
      'memory.swap.max': '536870912',
      'pids.max': '100',
    });
    expect(await table(page, 'v1')).toMatchObject({ 'cpu.cfs_quota_us': '150000', 'memory.limit_in_bytes': '536870912' });
    expect(new URL(page.url()).searchParams.get('args')).toBe('--cpus=1.5 --memory=512m --pids-limit=100');
    expect(errors).toEqual([]);
  });

  test('the cpu.shares formula follows the chosen runtime version', async () => {
    const { page } = await open(`${TOOL}?args=--cpu-shares%3D1024`);
    expect((await table(page, 'v2'))['cpu.weight']).toBe('100');
    await page.getByRole('combobox', { name: /conversion/ }).selectOption('linear');
    expect((await table(page, 'v2'))['cpu.weight']).toBe('39');
    expect(new URL(page.url()).searchParams.get('formula')).toBe('linear');
  });

  test.each([
    ['--memory=12XB', /not a size for --memory: the unit/],
    ['--memory=4m', /minimum is 6MB/],
    ['--cpus=-1', /cannot be negative/],
    ['--memroy=1g', /Did you mean --memory\?/],
    ['', /Type docker run resource flags/],
    ['--cpus=1,5', /write a decimal with a dot/],
    ['--memory=99999999999999999999999', /out of range: 0 to 9223372036854775807/],
  ])('bad input %j gets an alert, marks the field invalid and hides the last result', async (bad, message) => {
    const { page, errors } = await open(TOOL);
    await apply(page, bad);
    expect(await page.getByRole('alert').textContent()).toMatch(message);
    expect(await page.locator('#clt-args').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('.clt-tables').isVisible()).toBe(false);
    await apply(page, '--memory=1g');
    expect((await table(page, 'v2'))['memory.max']).toBe('1073741824');
    expect(await page.locator('#clt-args').getAttribute('aria-invalid')).toBeNull();
    expect(errors).toEqual([]);
  });

  test('a whole docker run line is handed to the explainer', async () => {
    const { page } = await open(TOOL);
    await apply(page, 'docker run --rm -it --memory=256m ubuntu bash');
    const link = page.getByRole('alert').getByRole('link');
    expect(await link.getAttribute('href')).toBe(`/tools/docker-run/?cmd=${encodeURIComponent('docker run --rm -it --memory=256m ubuntu bash')}`);
  });

  test('the Chinese page explains errors in Chinese', async () => {
    const { page } = await open('/zh-cn' + TOOL);
    await apply(page, '--memory=4m');
    expect(await page.getByRole('alert').textContent()).toContain('下限是 6MB');
  });

  test('a shared URL restores the input', async () => {
    const { page } = await open(`${TOOL}?args=--cpus%3D2%20--memory%3D1g`);
    expect(await page.getByRole('textbox', { name: /resource flags/ }).inputValue()).toBe('--cpus=2 --memory=1g');
    expect((await table(page, 'v2'))['cpu.max']).toBe('200000 100000');
  });

  test('without JavaScript the page shows a worked example', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(env.site.origin + TOOL);
    expect((await table(page, 'v2'))['cpu.max']).toBe('150000 100000');
    await context.close();
  });
});

describe('the Docker mapping page', () => {
  test('computes each flag’s example with the calculator’s code', async () => {
    const page = await (await themedContext(env.browser, 'light')).newPage();
    await page.goto(env.site.origin + '/cgroups/docker/');
    // Each flag's anchor is its heading; the section around it holds the computed files.
    const flag = (anchor: string) => page.locator(`section.docker-flag:has(> #${anchor})`);
    expect(await flag('docker-cpus').textContent()).toContain('cpu.max = 150000 100000');
    expect(await flag('docker-cpu-shares').textContent()).toContain('cpu.weight = 100');
  });
});
