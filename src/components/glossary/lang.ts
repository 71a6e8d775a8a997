import type { Lang } from '../../data/schema/common.ts';

/** The page's language in the data's terms, from Starlight's route locale. */
export function langOf(locals: App.Locals): Lang {
  return locals.starlightRoute.locale === 'zh-cn' ? 'zh-cn' : 'en';
}
