import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { i18nLoader } from '@astrojs/starlight/loaders';
import { uiStringsSchema } from './i18n/schema.ts';

export const collections = {
  // The site's pages live in the top-level docs/ folder rather than src/content/docs/.
  docs: defineCollection({
    loader: glob({ pattern: '**/[^_]*.{md,mdx}', base: './docs' }),
    schema: docsSchema(),
  }),
  i18n: defineCollection({
    // Starlight keys translations by their path under src/content/i18n/.
    loader: i18nLoader(),
    schema: i18nSchema({ extend: uiStringsSchema }),
  }),
};
