import { z } from 'astro/zod';

/** The handbook's own interface strings, beside Starlight's; every locale file must define them. */
export const uiStringsSchema = z.object({
  /** Summary of the disclosure that shows a diagram's Mermaid source. */
  'diagram.source': z.string(),
});
