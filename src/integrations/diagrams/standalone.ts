/**
 * A diagram as a file of its own (`/diagrams/<name>.svg`): the build-time SVG at its natural
 * size, with the site's diagram stylesheet and the light theme's colours inlined, so it opens
 * alone in a browser tab or drops into slides.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Starlight's light-theme colours (its props.css), the values src/styles/diagrams.css reads. */
const LIGHT_THEME = `
  --sl-color-white: hsl(224, 10%, 10%);
  --sl-color-gray-2: hsl(224, 10%, 23%);
  --sl-color-gray-3: hsl(224, 7%, 36%);
  --sl-color-gray-4: hsl(224, 6%, 56%);
  --sl-color-gray-6: hsl(224, 20%, 94%);
  --sl-color-bg: hsl(0, 0%, 100%);
  --sl-color-bg-nav: hsl(224, 19%, 97%);
  --sl-color-accent-low: hsl(234, 88%, 90%);
  --sl-color-accent: hsl(234, 90%, 60%);
  --sl-color-accent-high: hsl(234, 80%, 30%);
  --sl-font: -apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', 'Noto Sans CJK SC', sans-serif;`;

/**
 * Wraps an embedded diagram's SVG for standalone use.
 *
 * @example
 * standaloneSvg('<svg id="d" width="100%" style="max-width:200px" viewBox="0 0 200 100">…</svg>', '.x{}')
 * // => '<svg id="d" width="200" height="100" class="diagram-svg" viewBox="0 0 200 100"><style>…</style>…</svg>'
 */
export function standaloneSvg(svg: string, css: string): string {
  const [, , , width = '800', height = '600'] = /viewBox="([-\d.]+) ([-\d.]+) ([\d.]+) ([\d.]+)"/.exec(svg) ?? [];
  const style = `<style>svg.diagram-svg{${LIGHT_THEME}
  background: var(--sl-color-bg); font-family: var(--sl-font); font-size: 16px; fill: var(--sl-color-white);}
${css}</style>`;
  return svg
    .replace(/ width="100%"/, ` width="${width}" height="${height}" class="diagram-svg"`)
    .replace(/ style="max-width:[\d.]+px"/, '')
    .replace(/<title/, `${style}<title`);
}

/** The site's diagram stylesheet, read once. */
export function diagramStylesheet(root: string): string {
  return readFileSync(join(root, 'src/styles/diagrams.css'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
}
