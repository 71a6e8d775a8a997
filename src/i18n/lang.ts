/**
 * The site's languages, once: as they appear in URLs (`/` for English, `/zh-cn/` for Chinese)
 * and as keys of every bilingual text in the data, the tools' messages and the diagrams.
 * @module
 */

export const LANGS = ['en', 'zh-cn'] as const;
export type Lang = (typeof LANGS)[number];

/** URL prefix of each language. */
export const LANG_PREFIX: Record<Lang, string> = { en: '', 'zh-cn': '/zh-cn' };

/**
 * The language of a Starlight route locale (`undefined` is the root locale, English).
 *
 * @example
 * langOfLocale('zh-cn') // => 'zh-cn'
 * langOfLocale(undefined) // => 'en'
 */
export function langOfLocale(locale: string | undefined): Lang {
  return locale === 'zh-cn' ? 'zh-cn' : 'en';
}

/** The page's language, from Starlight's route data on `Astro.locals`. */
export function langOf(locals: { starlightRoute: { locale: string | undefined } }): Lang {
  return langOfLocale(locals.starlightRoute.locale);
}
