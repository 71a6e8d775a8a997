/**
 * How diagrams are found and how Mermaid draws them. Anything here that changes the SVG is
 * part of the cache key (see cache.ts), so editing it re-renders every diagram.
 */
import { createRequire } from 'node:module';

/** Folder of Mermaid sources, one file per diagram, relative to the project root. */
export const DIAGRAMS_DIR = 'diagrams';

/** Rendered SVGs live here, keyed by content hash; git-ignored, outside dist/. */
export const CACHE_DIR = '.cache/diagrams';

/** Bump when the post-processing changes, so cached SVGs are rendered again. */
export const RENDERER_VERSION = 8;

/** The installed Mermaid version: a Mermaid upgrade re-renders everything. */
export const MERMAID_VERSION: string = (
  createRequire(import.meta.url)('mermaid/package.json') as { version: string }
).version;

/**
 * Mermaid options. SVG `<text>` labels (not HTML in foreignObject) keep the markup small and
 * themable from CSS; the font stack matches Starlight's body font so measured widths fit.
 */
export const MERMAID_CONFIG = {
  theme: 'neutral',
  htmlLabels: false,
  fontFamily:
    '-apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "Noto Sans CJK SC", sans-serif',
  flowchart: { htmlLabels: false, padding: 12, useMaxWidth: true },
  // Narrow actors and gaps: long labels wrap with <br/> in the sources instead.
  sequence: { useMaxWidth: true, mirrorActors: false, width: 120, actorMargin: 30, wrap: false },
  timeline: { useMaxWidth: true, disableMulticolor: true },
  state: { useMaxWidth: true },
  securityLevel: 'strict',
} as const;

/** Diagram kinds that src/styles/diagrams.css knows how to theme. */
export const SUPPORTED_KINDS = ['flowchart', 'graph', 'sequenceDiagram', 'timeline', 'stateDiagram-v2'] as const;
