import type { Browser, BrowserContext } from 'playwright-core';

export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** A browser context whose pages open in the given Starlight theme (as the theme picker stores it). */
export async function themedContext(browser: Browser, theme: Theme, width = 1280): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: theme });
  await context.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
  return context;
}
