/**
 * Screenshots pages of the built site in both themes, both languages and a narrow viewport,
 * for a person to look at: `npm run screenshots -- /path/ [/other/]` writes PNGs to
 * test-results/screenshots/.
 */
import { mkdirSync } from 'node:fs';
import { serveDist } from '../../src/tooling/static-server.ts';
import { launchChromium } from '../support/browser.ts';

const paths = process.argv.slice(2).filter((a) => a.startsWith('/'));
const out = 'test-results/screenshots';
mkdirSync(out, { recursive: true });
const site = await serveDist();
const browser = await launchChromium();
try {
  for (const path of paths.length ? paths : ['/']) {
    for (const locale of ['', '/zh-cn']) {
      for (const theme of ['light', 'dark'] as const) {
        for (const width of [1280, 375]) {
          const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: theme });
          await context.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
          const page = await context.newPage();
          await page.goto(site.origin + locale + path);
          const name = `${out}/${(locale + path).replace(/[^a-z0-9]+/gi, '_')}-${theme}-${width}.png`;
          await page.screenshot({ path: name, fullPage: process.env['FULL'] === '1' });
          console.log(name);
          await context.close();
        }
      }
    }
  }
} finally {
  await browser.close();
  await site.close();
}
