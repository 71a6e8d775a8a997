/**
 * Makes sure the system Chromium (and a CJK font, so Chinese diagram labels are measured with
 * real glyphs) is there before anything renders diagrams or drives pages. As root on Debian it
 * installs them with apt-get; otherwise it stops and says exactly what to run.
 */
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { CHROMIUM_HINT, chromiumPath } from '../integrations/chromium.ts';

const PACKAGES = ['chromium', 'fonts-noto-cjk'];

function hasCjkFont(): boolean {
  try {
    return execFileSync('fc-list', [':lang=zh-cn', 'family'], { encoding: 'utf8' }).trim().length > 0;
  } catch {
    return false;
  }
}

const path = chromiumPath();
const missingBrowser = !existsSync(path);
const missingFont = !hasCjkFont();

if (missingBrowser || missingFont) {
  const isRoot = process.getuid?.() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (isRoot && hasApt && !process.env['CHROMIUM_PATH']) {
    console.log(`Installing ${PACKAGES.join(' and ')} with apt-get…`);
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', ...PACKAGES], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  } else if (missingBrowser) {
    console.error(`Chromium was not found at ${path}. ${CHROMIUM_HINT}`);
    process.exit(1);
  } else {
    console.warn('No CJK font found: Chinese diagram labels may be measured badly. Install fonts-noto-cjk.');
  }
}
