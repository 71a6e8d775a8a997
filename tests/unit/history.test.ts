import { describe, expect, test } from 'vitest';
import { formatHistoryDate, historyExport, isMonthOnly } from '../../src/lib/history.ts';
import type { HistoryEvent } from '../../src/data/schema/history-event.ts';

describe('formatHistoryDate', () => {
  const cases: [string, 'en' | 'zh-cn', string][] = [
    ['2016-04-13', 'en', '13 April 2016'],
    ['2016-04', 'en', 'April 2016'],
    ['2016-04-13', 'zh-cn', '2016年4月13日'],
    ['2016-04', 'zh-cn', '2016年4月'],
    ['2013-12-31', 'en', '31 December 2013'],
  ];
  test.each(cases)('%s in %s reads %s', (date, lang, expected) => {
    expect(formatHistoryDate(date, lang)).toBe(expected);
  });

  test('tells a month-only date from a full one', () => {
    expect([isMonthOnly('2015-06'), isMonthOnly('2015-06-22')]).toEqual([true, false]);
  });
});

describe('historyExport', () => {
  const event: HistoryEvent = {
    id: 'runc-1-0',
    date: '2021-06',
    title: { en: 'runc 1.0', 'zh-cn': 'runc 1.0 发布' },
    description: { en: 'The `runc` **1.0** [release](https://example.org/).', 'zh-cn': '`runc` 1.0 发布。' },
    terms: ['runc'],
    sources: [{ title: 'tag', url: 'https://example.org/tag' }],
  };
  test('gives each event its anchor URL in the language, plain text and source URLs', () => {
    expect(historyExport([event], 'zh-cn')).toEqual([
      {
        id: 'runc-1-0',
        date: '2021-06',
        title: 'runc 1.0 发布',
        description: 'runc 1.0 发布。',
        url: '/zh-cn/engines/history/#runc-1-0',
        terms: ['runc'],
        sources: ['https://example.org/tag'],
      },
    ]);
    expect(historyExport([event], 'en')[0]!.description).toBe('The runc 1.0 release.');
  });
});
