/**
 * The built site served on loopback and one Chromium for a spec file: started before its
 * tests, closed after them.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './browser.ts';
import { serveDist, type StaticSite } from '../../src/tooling/static-server.ts';

export interface BrowserSite {
  site: StaticSite;
  browser: Browser;
}

export function useBrowserSite(): BrowserSite {
  const env = {} as BrowserSite;
  beforeAll(async () => {
    [env.site, env.browser] = await Promise.all([serveDist(), launchChromium()]);
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.site?.close();
  });
  return env;
}
