import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserSite } from '../support/env.ts';
import { themedContext } from '../support/theme.ts';
import { cloneFlagTerms } from '../../src/data/index.ts';

/** Every flag has a row; every single-bit flag (all but CSIGNAL, the exit-signal byte) a checkbox. */
const FLAG_COUNT = cloneFlagTerms.length;
const BIT_FLAG_COUNT = cloneFlagTerms.filter((f) => (BigInt(f.value) & (BigInt(f.value) - 1n)) === 0n).length;

const TOOL = '/tools/clone-flags/';
const env = useBrowserSite();

/** Opens a page and collects uncaught errors, which must stay empty. */
async function open(path: string): Promise<{ page: Page; errors: string[] }> {
  const context = await themedContext(env.browser, 'light');
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.site.origin });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(env.site.origin + path);
  await page.waitForFunction(() => customElements.get('clone-flags-tool'));
  return { page, errors };
}

const output = (page: Page, format: string) => page.locator(`[data-format="${format}"] code`).textContent();
const checked = (page: Page) =>
  page.locator('input[name="flag"]:checked').evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).value));

describe('clone-flag calculator', () => {
  test('checkboxes build the mask', async () => {
    const { page, errors } = await open(TOOL);
    await page.getByRole('button', { name: 'Clear' }).click();
    await page.getByRole('checkbox', { name: /CLONE_NEWPID/ }).check();
    await page.getByRole('checkbox', { name: /CLONE_NEWNET/ }).check();
    expect(await output(page, 'hex')).toBe('0x60000000');
    expect(await output(page, 'c')).toBe('CLONE_NEWPID | CLONE_NEWNET');
    expect(await output(page, 'unshare')).toBe('unshare --pid --net --fork sh');
    expect(new URL(page.url()).search).toBe('?flags=newpid,newnet');
    expect(errors).toEqual([]);
  });

  test('a pasted mask sets the checkboxes', async () => {
    const { page } = await open(TOOL);
    const input = page.getByRole('textbox', { name: /mask|expression/i });
    await input.fill('0x7E020080');
    await input.press('Enter');
    expect((await checked(page)).sort()).toEqual(['newcgroup', 'newipc', 'newnet', 'newns', 'newpid', 'newtime', 'newuser', 'newuts']);
    expect(await output(page, 'decimal')).toBe(String(0x7e020080));
  });

  test('strace output with a signal is read for clone()', async () => {
    const { page } = await open(TOOL);
    await page.getByRole('radio', { name: 'clone()', exact: true }).check();
    const input = page.getByRole('textbox', { name: /mask|expression/i });
    await input.fill('clone(child_stack=NULL, flags=CLONE_NEWNS|CLONE_NEWPID|SIGCHLD, child_tidptr=0) = 42');
    await input.press('Enter');
    expect(await output(page, 'hex')).toBe('0x20020011');
    expect(await page.locator('select[name="cft-signal"]').inputValue()).toBe('17');
    expect(new URL(page.url()).searchParams.get('syscall')).toBe('clone');
  });

  test.each([
    ['CLONE_NEWPIG', /not a clone flag.*CLONE_NEWPID/],
    ['', /Type a mask/],
    ['-5', /negative/],
    ['0x1ffffffffffffffff', /64 bits/],
    ['newpid|SIGCHLD', /choose clone\(\)/],
  ])('bad input %j gets an alert, marks the field invalid and hides the stale result', async (bad, message) => {
    const { page, errors } = await open(TOOL);
    const input = page.getByRole('textbox', { name: /mask|expression/i });
    await input.fill(bad);
    await input.press('Enter');
    expect(await page.getByRole('alert').textContent()).toMatch(message);
    expect(await input.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('.cft-outputs').isVisible()).toBe(false);
    await input.fill('newpid');
    await input.press('Enter');
    expect(await output(page, 'hex')).toBe('0x20000000');
    expect(await input.getAttribute('aria-invalid')).toBeNull();
    expect(errors).toEqual([]);
  });

  test('a bad mask in a shared URL stays in the field and in the URL, and is reported', async () => {
    const { page } = await open(`${TOOL}?mask=0xzz`);
    const input = page.getByRole('textbox', { name: /mask|expression/i });
    expect(await input.inputValue()).toBe('0xzz');
    expect(await page.getByRole('alert').textContent()).toContain('0xzz');
    expect(await input.getAttribute('aria-invalid')).toBe('true');
    expect(new URL(page.url()).searchParams.get('mask')).toBe('0xzz');
  });

  test('full-width input from a Chinese keyboard is read', async () => {
    const { page } = await open('/zh-cn' + TOOL);
    const input = page.getByRole('textbox').first();
    await input.fill('CLONE_NEWPID｜CLONE_NEWNET');
    await input.press('Enter');
    expect(await output(page, 'hex')).toBe('0x60000000');
  });

  test('bits that are no flag are reported, not dropped', async () => {
    const { page } = await open(TOOL);
    const input = page.getByRole('textbox', { name: /mask|expression/i });
    await input.fill('0x20000001');
    await input.press('Enter');
    expect(await page.getByRole('alert').textContent()).toContain('0x00000001');
    expect(new URL(page.url()).searchParams.get('mask')).toBe('0x20000001');
  });

  test('a shared URL restores the state', async () => {
    const { page } = await open(`${TOOL}?flags=newpid,newuser&syscall=clone&signal=17`);
    expect((await checked(page)).sort()).toEqual(['newpid', 'newuser']);
    expect(await page.getByRole('radio', { name: 'clone()', exact: true }).isChecked()).toBe(true);
    expect(await output(page, 'hex')).toBe('0x30000011');
  });

  test('works with the keyboard alone', async () => {
    const { page } = await open(`${TOOL}?flags=`);
    await page.getByRole('textbox', { name: /mask|expression/i }).focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('newuts');
    await page.keyboard.press('Enter');
    expect(await output(page, 'hex')).toBe('0x04000000');
    await page.getByRole('checkbox', { name: /CLONE_NEWIPC/ }).focus();
    await page.keyboard.press('Space');
    expect(await output(page, 'hex')).toBe('0x0c000000');
    await page.keyboard.press('Tab'); // the link to the glossary entry of CLONE_NEWIPC
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('/namespaces/clone-flags/#clone-newipc');
  });

  test('every checkbox is named by its constant and links to its glossary entry', async () => {
    const { page } = await open('/zh-cn' + TOOL);
    expect(await page.getByRole('textbox', { name: /掩码/ }).count()).toBe(1);
    const boxes = await page.locator('input[name="flag"]').count();
    expect(boxes).toBe(BIT_FLAG_COUNT);
    const about = page.locator('clone-flags-tool').getByRole('link', { name: /CLONE_NEWUSER/ });
    expect(await about.getAttribute('href')).toBe('/zh-cn/namespaces/clone-flags/#clone-newuser');
    expect(await page.getByRole('checkbox', { name: /CLONE_NEWUSER/ }).count()).toBe(1);
  });

  test('the diagram shows each namespace as shared or new', async () => {
    const { page } = await open(`${TOOL}?flags=newpid,newnet`);
    const states = await page.locator('[data-diagram] g[data-ns]').evaluateAll((gs) => Object.fromEntries(gs.map((g) => [g.getAttribute('data-ns'), g.getAttribute('data-state')])));
    expect(states).toEqual({ time: 'shared', mnt: 'shared', cgroup: 'shared', uts: 'shared', ipc: 'shared', user: 'shared', pid: 'new', net: 'new' });
    expect(await page.getByRole('img', { name: /pid, net/ }).count()).toBe(1);
  });

  test('a copy button copies its output', async () => {
    const { page } = await open(`${TOOL}?flags=newpid`);
    await page.getByRole('button', { name: 'Copy Hexadecimal' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe('0x20000000');
  });

  test('without JavaScript the page still shows every flag and a worked example', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(env.site.origin + TOOL);
    expect(await page.locator('.flag-table tbody tr').count()).toBe(FLAG_COUNT);
    expect(await output(page, 'hex')).toBe('0x6e020000');
    await context.close();
  });
});

