/**
 * Adds the built site's new public URLs to tests/fixtures/public-urls.txt (after `npm run build`).
 * It never removes a line: a URL that disappears must get a redirect, not a deletion.
 */
import { appendFileSync, existsSync, writeFileSync } from 'node:fs';
import { URL_LIST, currentUrls, recordedUrls } from '../support/public-urls.ts';

const known = new Set(recordedUrls());
const added = currentUrls().filter((u) => !known.has(u));
if (!existsSync(URL_LIST)) {
  writeFileSync(URL_LIST, '# Every public URL and anchor ever published. Never delete a line: add a redirect.\n');
}
if (added.length) appendFileSync(URL_LIST, added.join('\n') + '\n');
console.log(`${added.length} new URL(s) recorded in ${URL_LIST}`);
