/**
 * The published shape of /glossary.json and /zh-cn/glossary.json: one schema, from which the
 * TypeScript type and the JSON Schema at /glossary.schema.json are both derived.
 */
import { z } from 'astro/zod';
import { TermSchema } from './term.ts';
import { DERIVED_CATEGORIES } from '../../lib/glossary-entries.ts';

/** The export's format version: raised on any change a consumer would have to adapt to. */
export const GLOSSARY_FORMAT_VERSION = 1;

/** Every entry category: the term schema's, then those of entries derived from other data. */
const termCategories: string[] = TermSchema.options.flatMap((schema) => {
  const category = schema.shape.category;
  return 'options' in category ? [...category.options] : [...category.values];
});
export const TERM_CATEGORIES = [...termCategories, ...DERIVED_CATEGORIES] as string[] as [string, ...string[]];

export const GlossaryExportEntrySchema = z
  .object({
    version: z.literal(GLOSSARY_FORMAT_VERSION).describe('Format version of this file; raised on any incompatible change.'),
    id: z.string().regex(/^[a-z][a-z0-9-]*$/).describe('The permanent id, also the anchor; the same in both languages.'),
    name: z.string().describe("The display name in the file's language."),
    category: z.enum(TERM_CATEGORIES).describe('What kind of term it is.'),
    url: z.string().regex(/^\/.*#[a-z][a-z0-9-]*$/).describe("Site-absolute path with the anchor; prefix the handbook's origin."),
    summary: z.string().describe('One sentence, plain text.'),
    summaryMarkdown: z.string().describe('The same sentence with its inline Markdown (`code`, **bold**, links).'),
    aliases: z.array(z.string()).describe('Other names people search for.'),
    value: z.string().regex(/^0x[0-9a-f]+$/).optional().describe('Clone flags only: the value as the kernel header writes it.'),
    controller: z.string().regex(/^[a-z][a-z0-9-]*$/).optional().describe('Interface files only: the id of the controller entry that lists the file.'),
    cgroupVersion: z.union([z.literal(1), z.literal(2)]).optional().describe('Interface files only: the cgroup version (1 or 2) the file belongs to.'),
  })
  .strict();

export type GlossaryExportEntry = z.output<typeof GlossaryExportEntrySchema>;

/** The JSON Schema of the export files, as published at /glossary.schema.json. */
export function glossaryJsonSchema(): object {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'Virtualization & Containers Handbook glossary',
    description: 'Every glossary term of the handbook in one language: /glossary.json (English), /zh-cn/glossary.json (简体中文).',
    ...z.toJSONSchema(z.array(GlossaryExportEntrySchema)),
  };
}
