/**
 * One dated event in the history of container engines. The history page, its timeline and
 * /history.json all read these; every date has at least one primary source.
 */
import { z } from 'astro/zod';
import { LocalizedTextSchema, SourceSchema, TermIdSchema } from './common.ts';

/** `YYYY-MM-DD` where a primary source gives the day, `YYYY-MM` where only the month is certain. */
export const HistoryDateSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, 'a date is YYYY-MM-DD, or YYYY-MM when only the month is known');

export const HistoryEventSchema = z.object({
  /** Stable id and anchor on the history page; part of the public URL. */
  id: TermIdSchema,
  /** When it happened, as precisely as the sources say and no more. */
  date: HistoryDateSchema,
  /** A short title: "Docker 1.11 splits the engine into containerd and runc". */
  title: LocalizedTextSchema,
  /** What happened and why it matters, in a few sentences; inline Markdown allowed. */
  description: LocalizedTextSchema,
  /** Glossary terms the event is about; an unknown id fails the build. */
  terms: z.array(TermIdSchema).default([]),
  /** Primary sources for the date and the facts: a release tag, an announcement, a changelog. */
  sources: z.array(SourceSchema).min(1),
});

export type HistoryEvent = z.output<typeof HistoryEventSchema>;
export type HistoryEventInput = z.input<typeof HistoryEventSchema>;
