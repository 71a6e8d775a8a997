/**
 * Building blocks shared by every glossary schema: the two languages, texts in both, sources.
 */
import { z } from 'astro/zod';

import { LANGS } from '../../i18n/lang.ts';

export const LangSchema = z.enum(LANGS);

/** A text in both languages. Technical identifiers inside it stay untranslated. */
export const LocalizedTextSchema = z.object({
  /** English text. */
  en: z.string().trim().min(1),
  /** Simplified Chinese text. */
  'zh-cn': z.string().trim().min(1),
});
export type LocalizedText = z.output<typeof LocalizedTextSchema>;

/** A list of words or phrases in both languages (either list may be empty). */
export const LocalizedListSchema = z.object({
  en: z.array(z.string().trim().min(1)),
  'zh-cn': z.array(z.string().trim().min(1)),
});
export type LocalizedList = z.output<typeof LocalizedListSchema>;

/** A primary source: a man page, kernel Documentation, a header, a spec, release notes. */
export const SourceSchema = z.object({
  /** How the source is cited on the page, e.g. "clone(2)". */
  title: z.string().min(1),
  /** Where to read it. */
  url: z.url({ protocol: /^https$/ }),
});
export type Source = z.output<typeof SourceSchema>;

/**
 * A term id: lowercase letters, digits and hyphens. It is also the term's HTML anchor, in both
 * languages, and is part of the public URL: once published it never changes.
 */
export const TermIdSchema = z
  .string()
  .regex(/^[a-z][a-z0-9-]*$/, 'a term id is lowercase letters, digits and hyphens, starting with a letter');

/** A Linux version as the kernel numbers it: "2.6.24", "5.6". */
export const KernelVersionSchema = z.string().regex(/^\d+\.\d+(\.\d+)?$/, 'a kernel version looks like 2.6.24 or 5.6');
