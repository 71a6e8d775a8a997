import { describe, expect, test } from 'vitest';
import { langOfLocale } from '../../src/i18n/lang.ts';

describe('langOfLocale', () => {
  test.each([
    ['zh-cn', 'zh-cn'],
    [undefined, 'en'],
    ['fr', 'en'],
  ] as const)('%s is %s', (locale, lang) => {
    expect(langOfLocale(locale)).toBe(lang);
  });
});
