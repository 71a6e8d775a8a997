/**
 * Screenshot of one element of a built page: `npm run shot -- /path/ 'css selector' [light|dark] [width]`,
 * written to test-results/screenshots/element.png.
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
  await page.locator(selector).first().screenshot({ path: 'test-results/screenshots/element.png' });
  console.log('test-results/screenshots/element.png');
} finally {
  await browser.close();
  await site.close();
}
