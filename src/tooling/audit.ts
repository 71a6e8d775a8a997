/**
 * Lighthouse audit (mobile preset, the default) of the built site's home pages and the heaviest
 * page of each kind: the longest reference page, a page with a widget, one with a step-through
 * diagram, the history timeline. Every category must score at least 0.95, served compressed as
 * a CDN would. Run after `npm run build`: `npm run audit` (or `npm run audit -- /path/`).
 */
import { spawn } from 'node:child_process';
import { serveDist } from './static-server.ts';
import { CHROMIUM_ARGS, assertChromium } from '../integrations/chromium.ts';

const MIN_SCORE = 0.95;
const DEFAULT_PAGES = [
  '/',
  '/zh-cn/',
  '/cgroups/controllers/',
  '/zh-cn/cgroups/controllers/',
  '/tools/clone-flags/',
  '/engines/',
  '/engines/history/',
];
const requested = process.argv.slice(2).filter((a) => a.startsWith('/'));
const PAGES = requested.length > 0 ? requested : DEFAULT_PAGES;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

interface LighthouseReport {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { score: number | null; title: string; scoreDisplayMode: string }>;
}

/** Lighthouse must run in a child process: the server in this process has to keep answering. */
function lighthouse(url: string): Promise<LighthouseReport> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      'lighthouse',
      [url, '--output=json', '--output-path=stdout', '--quiet', `--chrome-flags=${CHROMIUM_ARGS.join(' ')}`, `--only-categories=${CATEGORIES.join(',')}`],
      { env: { ...process.env, CHROME_PATH: assertChromium() }, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(JSON.parse(out) as LighthouseReport) : reject(new Error(`lighthouse exited with ${code}`)),
    );
  });
}

const site = await serveDist();
let failed = false;
try {
  for (const path of PAGES) {
    const report = await lighthouse(site.origin + path);
    for (const category of CATEGORIES) {
      const score = report.categories[category]?.score ?? 0;
      const ok = score >= MIN_SCORE;
      failed ||= !ok;
      console.log(`${ok ? 'ok  ' : 'FAIL'} ${path} ${category}: ${score}`);
    }
    const weak = Object.values(report.audits).filter(
      (a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual',
    );
    for (const a of weak) console.log(`      ${path} below full marks: ${a.title} (${a.score})`);
  }
} finally {
  await site.close();
}
if (failed) {
  console.error(`Some category scored below ${MIN_SCORE}.`);
  process.exit(1);
}
