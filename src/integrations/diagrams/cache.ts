/**
 * Rendered diagrams are stored by a hash of everything that shapes the SVG, so an unchanged
 * diagram never starts Chromium again, and any change (source, Mermaid, options, post-processing)
 * misses the cache by construction rather than by invalidation.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { MERMAID_CONFIG, MERMAID_VERSION, RENDERER_VERSION } from './config.ts';

export interface CachedDiagram {
  /** Optimized SVG; ids still carry the placeholder prefix. */
  svg: string;
  title: string;
  description: string;
}

/** The cache key of a Mermaid source under the current renderer. */
export function cacheKey(code: string): string {
  return createHash('sha256')
    .update(JSON.stringify([RENDERER_VERSION, MERMAID_VERSION, MERMAID_CONFIG, code]))
    .digest('hex')
    .slice(0, 32);
}

export function readCache(dir: string, key: string): CachedDiagram | undefined {
  const path = join(dir, `${key}.json`);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as CachedDiagram) : undefined;
}

export function writeCache(dir: string, key: string, value: CachedDiagram): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${key}.json`), JSON.stringify(value));
}
