import { z } from 'astro/zod';

/** Names of the handbook's own interface strings, beside Starlight's. */
export const UI_STRING_KEYS = [
  /** Summary of the disclosure that shows a diagram's Mermaid source. */
  'diagram.source',
  'term.permalink',
  'term.value',
  'term.bit',
  'term.since',
  'term.syscalls',
  'term.constraints',
  'term.creates',
  'term.flag',
  'term.procFile',
  'term.isolates',
  'term.privileges',
  'term.unshare',
  'term.nsenter',
  'term.oci',
  'term.docker',
  'term.examples',
  'term.output',
  'term.pitfalls',
  'term.related',
  'term.sources',
  'term.none',
  'term.name',
  'term.summary',
  'category.clone-flag',
  'category.namespace',
  'category.syscall',
  'category.command',
  'category.concept',
  'glossary.filter',
  'glossary.all',
  'glossary.shown',
] as const;

/** Every locale file must define every key. */
export const uiStringsSchema = z.object(
  Object.fromEntries(UI_STRING_KEYS.map((key) => [key, z.string().min(1)])) as Record<
    (typeof UI_STRING_KEYS)[number],
    z.ZodString
  >,
);
