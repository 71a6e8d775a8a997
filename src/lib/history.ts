/**
 * Pure helpers over the container-engine history: how a date reads, and the /history.json export.
 * @module
 */
import { LANG_PREFIX, type Lang } from '../i18n/lang.ts';
import type { HistoryEvent } from '../data/schema/history-event.ts';
import { PAGES } from '../data/sections.ts';
import { plainText } from './inline-markdown.ts';

/**
 * A history date as a reader reads it: the day only where the data gives it.
 *
 * @example
 * formatHistoryDate('2016-04-13', 'en') // => '13 April 2016'
 * formatHistoryDate('2016-04', 'en') // => 'April 2016'
 * formatHistoryDate('2016-04-13', 'zh-cn') // => '2016年4月13日'
 */
export function formatHistoryDate(date: string, lang: Lang): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number | undefined];
  const locale = lang === 'zh-cn' ? 'zh-CN' : 'en-GB';
  const options: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', timeZone: 'UTC', ...(day ? { day: 'numeric' } : {}) };
  return new Intl.DateTimeFormat(locale, options).format(new Date(Date.UTC(year, month - 1, day ?? 1)));
}

/** Whether only the month of an event is known. */
export const isMonthOnly = (date: string): boolean => date.length === 7;

/** One entry of /history.json. */
export interface HistoryExportEntry {
  id: string;
  /** `YYYY-MM-DD`, or `YYYY-MM` when the sources give only the month. */
  date: string;
  title: string;
  /** Plain text. */
  description: string;
  /** Site-absolute URL of the event on the history page. */
  url: string;
  /** Glossary term ids the event is about. */
  terms: string[];
  /** URLs of the primary sources. */
  sources: string[];
}

/**
 * The public export of the history in one language, oldest first.
 *
 * @example
 * historyExport([{ id: 'runc-1-0', date: '2021-06', title: { en: 'runc 1.0' }, … }], 'en')[0].url
 * // => '/engines/history/#runc-1-0'
 */
export function historyExport(events: readonly HistoryEvent[], lang: Lang): HistoryExportEntry[] {
  return events.map((e) => ({
    id: e.id,
    date: e.date,
    title: e.title[lang],
    description: plainText(e.description[lang]),
    url: `${LANG_PREFIX[lang]}${PAGES['engines-history']}#${e.id}`,
    terms: [...e.terms],
    sources: e.sources.map((s) => s.url),
  }));
}
