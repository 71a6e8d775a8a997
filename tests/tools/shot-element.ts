/**
 * Screenshots of the elements of a built page that match a selector:
 * `npm run shot -- /path/ 'css selector' [light|dark] [width]`, one PNG per match, written to
 * test-results/screenshots/element-<path>-<theme>-<width>-<n>.png.
 */
import { mkdirSync } from 'node:fs';
import { serveDist } from '../../src/tooling/static-server.ts';
import { launchChromium } from '../support/browser.ts';
import { themedContext, type Theme } from '../support/theme.ts';

const [path = '/', selector = 'main', theme = 'light', width = '1280'] = process.argv.slice(2);
mkdirSync('test-results/screenshots', { recursive: true });
const site = await serveDist();
const browser = await launchChromium();
try {
  const context = await themedContext(browser, theme as Theme, Number(width));
  const page = await context.newPage();
  await page.goto(site.origin + path);
  const matches = await page.locator(selector).all();
  for (const [i, element] of matches.entries()) {
    const file = `test-results/screenshots/element${path.replace(/[^a-z0-9]+/gi, '_')}${theme}-${width}-${i + 1}.png`;
    await element.screenshot({ path: file });
    console.log(file);
  }
} finally {
  await browser.close();
  await site.close();
}
