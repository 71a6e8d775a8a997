/**
 * Astro integration: renders every diagram once, in one Chromium session, before pages are
 * built. Pages then read finished SVGs from the cache, and a Mermaid error stops the build
 * before any page is written, naming the file.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { createDiagramRenderer } from './renderer.ts';
import { listDiagramNames } from './source.ts';
import { LANGS } from '../../i18n/lang.ts';

export function diagrams(): AstroIntegration {
  return {
    name: 'handbook-diagrams',
    hooks: {
      'astro:config:setup': async ({ config, logger }) => {
        const root = fileURLToPath(config.root);
        const names = listDiagramNames(root);
        const started = Date.now();
        await createDiagramRenderer({ root }).renderAll(
          names.flatMap((name) => LANGS.map((lang) => ({ name, lang }))),
        );
        logger.info(`${names.length} diagrams × ${LANGS.length} languages ready in ${Date.now() - started} ms`);
      },
    },
  };
}
