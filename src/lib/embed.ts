/**
 * The `<iframe>` snippet course authors paste to embed a tool, with the few lines of script
 * that size the frame to the tool. Pure, so the page that shows it and the test that runs it
 * use the same text.
 * @module
 */

/** What the snippet needs. */
export interface EmbedSnippetOptions {
  /** The handbook's origin and base path, without a trailing slash: `https://handbook.example.org`. */
  origin: string;
  /** The embed view's path with its preset: `/embed/clone-flags/?flags=newpid,newnet`. */
  path: string;
  /** The frame's accessible name. */
  title: string;
  /** The `type` of the height messages the embed posts. */
  message: string;
}

/** Escapes text for a double-quoted HTML attribute. */
const attribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The HTML to paste: the frame, 40rem high until the tool reports its height, and a listener
 * that accepts height messages only from the handbook's origin and only for the frame that sent
 * them (any number of frames can share one page and one listener).
 *
 * @example
 * embedSnippet({ origin: 'https://h.example', path: '/embed/docker-run/', title: 'docker run explainer', message: 'handbook:embed-height' })
 * // => '<iframe src="https://h.example/embed/docker-run/" title="docker run explainer" …></iframe>\n<script>…</script>'
 */
export function embedSnippet({ origin, path, title, message }: EmbedSnippetOptions): string {
  const { origin: allowed } = new URL(origin);
  return [
    `<iframe src="${attribute(origin + path)}" title="${attribute(title)}"`,
    `  style="width: 100%; height: 40rem; border: 0" loading="lazy"></iframe>`,
    `<script>`,
    `  // Sizes each handbook frame to its tool; one listener serves every frame on the page.`,
    `  addEventListener('message', (event) => {`,
    `    if (event.origin !== ${JSON.stringify(allowed)} || event.data?.type !== ${JSON.stringify(message)}) return;`,
    `    for (const frame of document.querySelectorAll('iframe')) {`,
    `      if (frame.contentWindow === event.source) frame.style.height = event.data.height + 'px';`,
    `    }`,
    `  });`,
    `</script>`,
  ].join('\n');
}
