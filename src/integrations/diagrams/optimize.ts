/**
 * Shrinks a Mermaid SVG to what the page needs.
 *
 * Mermaid writes a ~10 KB `<style>` block into every SVG, a dozen arrow-head markers whether
 * used or not, and `data-*` bookkeeping attributes. The site themes every diagram with one
 * shared stylesheet (src/styles/diagrams.css) driven by Starlight's colour variables, so the
 * per-diagram styles go, and with them any need for a second (dark) copy of the SVG.
 */
import { optimize, type CustomPlugin, type XastElement, type XastParent } from 'svgo';
import { targetPattern, type DiagramStep } from './steps.ts';

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

// data-steps is ours (markStepTargets); every other data-* attribute is Mermaid's bookkeeping.
const DROPPED_ATTRIBUTES = /^(data-(?!steps$).*|aria-roledescription)$/;

/** Colours Mermaid writes inline on sequence, timeline and state diagrams; the stylesheet sets them. */
const INLINE_COLOURS = /(^|;)\s*(fill|stroke|font-family)\s*:\s*(?!none)[^;]*/g;

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
      if (el.attributes['style'] !== undefined) el.attributes['style'] = el.attributes['style'].replace(INLINE_COLOURS, '$1');
      for (const name of ['fill', 'stroke'] as const) {
        if (el.attributes[name] !== undefined && el.attributes[name] !== 'none' && el.name !== 'svg') delete el.attributes[name];
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
 * Marks what each step highlights with `data-steps="1 3"` (the numbers of the steps that light
 * it), and records every target the SVG lacks in `missing`.
 */
function markStepTargets(steps: readonly DiagramStep[], missing: string[]): CustomPlugin {
  return {
    name: 'markStepTargets',
    fn: (root) => {
      const all = [...elements(root)];
      // A sequence message is its label (one <text> per line) followed by its arrow: a <line>,
      // or a <path> for a message to self.
      const messages: XastElement[][] = [];
      let label: XastElement[] = [];
      for (const [el] of all) {
        if (el.name === 'text' && /\bmessageText\b/.test(el.attributes['class'] ?? '')) label.push(el);
        else if (label.length > 0 && (el.name === 'line' || el.name === 'path')) {
          messages.push([...label, el]);
          label = [];
        }
      }
      const mark = (el: XastElement, step: number) => {
        const have = el.attributes['data-steps']?.split(' ') ?? [];
        if (!have.includes(String(step))) el.attributes['data-steps'] = [...have, String(step)].join(' ');
      };
      steps.forEach((step, i) => {
        for (const target of step.targets) {
          const pattern = targetPattern(target);
          const hits: XastElement[] = [];
          if (typeof pattern === 'number') {
            hits.push(...(messages[pattern - 1] ?? []));
          } else {
            for (const [el, parent] of all) {
              if (pattern.test(el.attributes['id'] ?? '')) hits.push(el);
              // A flowchart edge's label carries the edge id (without the prefix) in data-id.
              const dataId = el.attributes['data-id'];
              if (dataId && pattern.test(`DIAGRAMID-${dataId}`) && el.name === 'g' && parent.type === 'element') hits.push(parent);
            }
          }
          if (hits.length === 0) missing.push(`step ${i + 1} names "${target}", which the diagram does not have`);
          for (const el of hits) mark(el, i + 1);
        }
      });
      return {};
    },
  };
}

/**
 * Returns the optimized SVG markup.
 *
 * @example
 * optimizeSvg('<svg id="x"><style>.a{}</style><g data-id="1"/></svg>')
 * // => '<svg id="x" role="img"/>' (empty groups are dropped too)
 */
export function optimizeSvg(svg: string, steps: readonly DiagramStep[] = []): string {
  // Marking runs once, on Mermaid's own markup (the clean-up below drops the data-id attributes
  // that locate edge labels, and runs several passes).
  const missing: string[] = [];
  const marked = steps.length > 0 ? optimize(svg, { plugins: [markStepTargets(steps, missing)] }).data : svg;
  if (missing.length > 0) throw new Error(missing.join('; '));
  return optimize(marked, {
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
