/**
 * Shrinks a Mermaid SVG to what the page needs.
 *
 * Mermaid writes a ~10 KB `<style>` block into every SVG, a dozen arrow-head markers whether
 * used or not, and `data-*` bookkeeping attributes. The site themes every diagram with one
 * shared stylesheet (src/styles/diagrams.css) driven by Starlight's colour variables, so the
 * per-diagram styles go, and with them any need for a second (dark) copy of the SVG.
 */
import { optimize, type CustomPlugin, type XastElement, type XastParent } from 'svgo';

/** Placeholder that the renderer uses as id prefix; each embed replaces it with a unique id. */
export const ID_PLACEHOLDER = 'DIAGRAMID';

function* elements(parent: XastParent): Generator<[XastElement, XastParent]> {
  for (const child of parent.children) {
    if (child.type !== 'element') continue;
    yield [child, parent];
    yield* elements(child);
  }
}

function referencedIds(root: XastParent): Set<string> {
  const ids = new Set<string>();
  for (const [el] of elements(root)) {
    for (const [name, value] of Object.entries(el.attributes)) {
      for (const m of value.matchAll(/url\(#([^)]+)\)/g)) ids.add(m[1]!);
      if (name.startsWith('aria-') || name === 'href' || name === 'xlink:href') {
        for (const id of value.replace(/^#/, '').split(/\s+/)) ids.add(id);
      }
    }
  }
  return ids;
}

const DROPPED_ATTRIBUTES = /^(data-.*|aria-roledescription)$/;

/** Removes styles, unused markers and bookkeeping attributes; makes the root an image. */
const stripMermaidExtras: CustomPlugin = {
  name: 'stripMermaidExtras',
  fn: (root) => {
    const used = referencedIds(root);
    const doomed: [XastElement, XastParent][] = [];
    for (const [el, parent] of elements(root)) {
      if (el.name === 'style') doomed.push([el, parent]);
      if (el.name === 'marker' && !used.has(el.attributes['id'] ?? '')) doomed.push([el, parent]);
      // Mermaid leaves zero-size background rects behind every label.
      if (el.name === 'rect' && el.attributes['width'] === undefined) doomed.push([el, parent]);
      for (const name of Object.keys(el.attributes)) {
        if (DROPPED_ATTRIBUTES.test(name)) delete el.attributes[name];
      }
      const style = el.attributes['style'];
      if (style !== undefined && /^[\s;]*$/.test(style)) delete el.attributes['style'];
      if (el.name === 'svg') {
        el.attributes['role'] = 'img';
        // Keep only the size cap; font and colours come from the site's stylesheet.
        const maxWidth = /max-width:\s*[\d.]+px/.exec(el.attributes['style'] ?? '');
        if (maxWidth) el.attributes['style'] = maxWidth[0].replace(/\s/g, '');
        else delete el.attributes['style'];
      }
    }
    for (const [el, parent] of doomed) parent.children = parent.children.filter((c) => c !== el);
    return {};
  },
};

/**
 * Returns the optimized SVG markup.
 *
 * @example
 * optimizeSvg('<svg id="x"><style>.a{}</style><g data-id="1"/></svg>')
 * // => '<svg id="x" role="img"/>' (empty groups are dropped too)
 */
export function optimizeSvg(svg: string): string {
  return optimize(svg, {
    multipass: true,
    floatPrecision: 2,
    plugins: [
      {
        name: 'preset-default',
        params: {
          overrides: {
            // Ids carry the per-embed prefix and the aria-labelledby targets: keep them as they are.
            cleanupIds: false,
            // The title and desc are the diagram's accessible name and description.
            removeDesc: false,
            // The site's stylesheet targets Mermaid's shapes by element name (.node rect).
            convertShapeToPath: false,
          },
        },
      },
      // After the preset, which would otherwise drop the role it does not know on <svg>.
      stripMermaidExtras,
    ],
  }).data;
}
