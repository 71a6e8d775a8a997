import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserSite } from '../support/env.ts';
import { themedContext } from '../support/theme.ts';

const TOOL = '/tools/docker-run/';
const env = useBrowserSite();

async function open(path: string): Promise<{ page: Page; errors: string[] }> {
  const context = await themedContext(env.browser, 'light');
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(env.site.origin + path);
  await page.waitForFunction(() => customElements.get('docker-run-tool') !== undefined);
  return { page, errors };
}

const states = (page: Page) =>
  page.locator('[data-namespaces] tr').evaluateAll((rows) => Object.fromEntries(rows.map((r) => [r.getAttribute('data-ns'), r.getAttribute('data-state')])));

async function explain(page: Page, command: string) {
  await page.locator('#drt-cmd').fill(command);
  await page.getByRole('button', { name: /^(Explain|解释)$/ }).click();
}

describe('the docker run explainer', () => {
  test('explains a pasted multi-line command with quotes and clustered flags, and keeps it in the URL', async () => {
    const { page, errors } = await open(TOOL);
    const command = 'docker run -dit \\\n  --network=container:db --ipc=host \\\n  --memory=256m --cpus=1.5 --pids-limit=100 \\\n  -e "GREETING=hello world" nginx:1.27';
    await explain(page, command);
    expect(await states(page)).toMatchObject({ network: 'container', ipc: 'host', pid: 'new', mount: 'new', user: 'host' });
    const writes = await page.locator('[data-writes="v2"] tr').allTextContents();
    expect(writes).toEqual(expect.arrayContaining(['memory.max268435456--memory', 'cpu.max150000 100000--cpus', 'pids.max100--pids-limit']));
    expect(await page.locator('[data-no-kernel]').textContent()).toContain('-e GREETING=hello world');
    expect(new URL(page.url()).searchParams.get('cmd')).toBe(command);
    expect(await page.locator('[data-clone-link]').getAttribute('href')).toMatch(/^\/tools\/clone-flags\/\?flags=/);
    expect(errors).toEqual([]);
  });

  const bad: [string, RegExp][] = [
    ['docker run --memory=1k alpine', /--memory.*6MB|6291456/],
    ['docker run --cpus=1,5 alpine', /--cpus/],
    ['docker run -e "unclosed alpine', /never closed/],
    ['docker build .', /not docker run/],
    ['docker run --memroy=1g alpine', /Did you mean --memory/],
  ];
  test.each(bad)('bad input %j is reported in an alert, the field marked invalid, no stale result', async (command, message) => {
    const { page } = await open(TOOL);
    await explain(page, command);
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(message);
    expect(await page.locator('#drt-cmd').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('[data-result]').isVisible()).toBe(false);
    await explain(page, 'docker run alpine');
    await expect.poll(() => page.locator('[data-result]').isVisible()).toBe(true);
    expect(await page.locator('#drt-cmd').getAttribute('aria-invalid')).toBeNull();
  });

  test('a bad command in a shared link stays in the field and is reported', async () => {
    const { page } = await open(`${TOOL}?cmd=${encodeURIComponent('docker run --pid=private alpine')}`);
    expect(await page.locator('#drt-cmd').inputValue()).toBe('docker run --pid=private alpine');
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('--pid=private');
  });

  test('the Chinese page explains in Chinese', async () => {
    const { page } = await open(`/zh-cn${TOOL}`);
    await explain(page, 'docker run --cpus=-1 alpine');
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/[\u4e00-\u9fff]/);
  });

  test('without JavaScript the page shows a worked example', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(env.site.origin + TOOL);
    expect(await page.locator('[data-namespaces] tr[data-ns="pid"]').getAttribute('data-state')).toBe('host');
    expect(await page.locator('[data-config]').textContent()).toContain('"readonly"');
    expect(await page.getByRole('img', { name: /namespaces and limits/ }).count()).toBe(1);
    await context.close();
  });
});
