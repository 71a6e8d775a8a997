/**
 * Turns Mermaid sources into themable inline SVG at build time, through the cache.
 * Chromium starts only when at least one diagram misses the cache.
 */
import { join } from 'node:path';
import { createMermaidRenderer } from 'mermaid-isomorphic';
import { CACHE_DIR, MERMAID_CONFIG } from './config.ts';
import { cacheKey, readCache, writeCache, type CachedDiagram } from './cache.ts';
import { ID_PLACEHOLDER, optimizeSvg } from './optimize.ts';
import { readDiagram, type DiagramSource } from './source.ts';
import { checkSameSteps, parseSteps, type DiagramStep } from './steps.ts';
import type { Lang } from '../../i18n/lang.ts';
import { chromiumLaunchOptions } from '../chromium.ts';

/** One Mermaid result, as mermaid-isomorphic reports it. */
export interface MermaidResult {
  svg: string;
  title?: string;
  description?: string;
}

/** Renders Mermaid sources in a browser; settles each diagram separately. */
export type MermaidRender = (
  codes: string[],
  options: { prefix: string; mermaidConfig: object },
) => Promise<PromiseSettledResult<MermaidResult>[]>;

export interface DiagramRendererOptions {
  /** Project root (where diagrams/ lives). */
  root: string;
  /** Where rendered SVGs are kept; defaults to `<root>/.cache/diagrams`. */
  cacheDir?: string;
  /** Injected in tests; by default mermaid-isomorphic in the system Chromium. */
  render?: MermaidRender;
}

export interface RenderedDiagram extends CachedDiagram {
  source: DiagramSource;
  /** The steps the source declares (none for a still diagram), captions in its language. */
  steps: DiagramStep[];
}

function defaultRender(): MermaidRender {
  // Creating the renderer is cheap; Chromium launches on its first call, i.e. on a cache miss.
  return createMermaidRenderer({ launchOptions: chromiumLaunchOptions() }) as unknown as MermaidRender;
}

function reasonOf(result: PromiseRejectedResult): string {
  const reason = result.reason as { message?: unknown } | undefined;
  return typeof reason?.message === 'string' ? reason.message : String(reason);
}

/**
 * Creates a renderer bound to a project root and cache folder.
 *
 * @example
 * const diagrams = createDiagramRenderer({ root: process.cwd() });
 * const [home] = await diagrams.renderAll([{ name: 'home-stack', lang: 'en' }]);
 */
export function createDiagramRenderer(options: DiagramRendererOptions) {
  const cacheDir = options.cacheDir ?? join(options.root, CACHE_DIR);
  let render = options.render;

  async function renderAll(wanted: { name: string; lang: Lang }[]): Promise<RenderedDiagram[]> {
    const sources = wanted.map(({ name, lang }) => readDiagram(options.root, name, lang));
    const steps = sources.map((s) => parseSteps(s.code, s.file));
    sources.forEach((s, i) => {
      if (s.lang === 'en') return;
      const english = readDiagram(options.root, s.name, 'en');
      checkSameSteps(parseSteps(english.code, english.file), steps[i]!, s.file);
    });
    const keys = sources.map((s) => cacheKey(s.code));
    const found = keys.map((key) => readCache(cacheDir, key));
    const missing = sources.flatMap((_, i) => (found[i] ? [] : [i]));
    if (missing.length > 0) {
      render ??= defaultRender();
      const results = await render(
        missing.map((i) => sources[i]!.code),
        { prefix: ID_PLACEHOLDER, mermaidConfig: MERMAID_CONFIG },
      );
      const errors: string[] = [];
      results.forEach((result, j) => {
        const i = missing[j]!;
        const { file } = sources[i]!;
        if (result.status === 'rejected') {
          errors.push(`${file}: Mermaid could not render it: ${reasonOf(result)}`);
          return;
        }
        // mermaid-isomorphic numbers ids within one batch; normalise to a per-diagram placeholder.
        const svg = result.value.svg.replaceAll(`${ID_PLACEHOLDER}-${j}`, ID_PLACEHOLDER);
        let optimized: string;
        try {
          optimized = optimizeSvg(svg, steps[i]);
        } catch (error) {
          errors.push(`${file}: ${(error as Error).message}`);
          return;
        }
        const entry = {
          svg: optimized,
          title: result.value.title ?? '',
          description: result.value.description ?? '',
        };
        writeCache(cacheDir, keys[i]!, entry);
        found[i] = entry;
      });
      if (errors.length > 0) throw new Error(`Diagram build failed:\n${errors.join('\n')}`);
    }
    return sources.map((source, i) => ({ ...found[i]!, source, steps: steps[i]! }));
  }

  return {
    renderAll,
    /** Renders (or reads from the cache) a single diagram. */
    async render(name: string, lang: Lang): Promise<RenderedDiagram> {
      const [one] = await renderAll([{ name, lang }]);
      return one!;
    },
  };
}

/**
 * Gives an embed its own ids, so that two diagrams (or one twice) on a page never share an
 * id and each `aria-labelledby` points at its own title.
 *
 * @example
 * withUniqueIds('<svg id="DIAGRAMID"><title id="chart-title-DIAGRAMID"/></svg>', 'd1')
 * // => '<svg id="d1"><title id="chart-title-d1"/></svg>'
 */
export function withUniqueIds(svg: string, id: string): string {
  return svg.replaceAll(ID_PLACEHOLDER, id);
}
