/**
 * Keeping diagram labels readable on a narrow screen. Mermaid draws labels at 16 px in the SVG's
 * own units and sizes the SVG to fit its container, so a wide diagram on a 375 px phone would
 * shrink its labels to 4–5 px. Instead it keeps a minimum width and its container scrolls.
 */

/** Labels in the SVG's units (src/styles/diagrams.css and Mermaid's sequence diagrams). */
export const LABEL_SIZE = 16;
/** The smallest label size a reader gets, in CSS pixels. */
export const MIN_LABEL_SIZE = 9.2;

/**
 * The narrowest width, in CSS pixels, at which an SVG's labels stay at MIN_LABEL_SIZE (the floor is 9 px).
 *
 * @example
 * minReadableWidth('<svg viewBox="0 0 800 300">…</svg>') // => 460
 */
export function minReadableWidth(svg: string): number {
  const viewBox = /viewBox="[-\d.]+ [-\d.]+ ([\d.]+) [\d.]+"/.exec(svg);
  const width = viewBox ? Number(viewBox[1]) : 0;
  return Math.ceil((width * MIN_LABEL_SIZE) / LABEL_SIZE);
}
