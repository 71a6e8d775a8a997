import { spawn } from 'node:child_process';
import { serveDist } from '../../src/tooling/static-server.ts';
import { CHROMIUM_ARGS, assertChromium } from '../../src/integrations/chromium.ts';
const site = await serveDist();
await new Promise((res) => {
  const c = spawn('lighthouse', [site.origin + '/cgroups/controllers/', '--output=json', '--output-path=/tmp/lh.json', '--quiet', `--chrome-flags=${CHROMIUM_ARGS.join(' ')}`, '--only-categories=accessibility'], { env: { ...process.env, CHROME_PATH: assertChromium(), PATH: `${process.cwd()}/node_modules/.bin:${process.env.PATH}` }, stdio: 'inherit' });
  c.on('close', res);
});
await site.close();
