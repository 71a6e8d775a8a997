/**
 * Starlight route middleware: the generated API reference (English, and Starlight's English
 * fallbacks of it under /zh-cn/api/) is left out of the search index, so that a reader who
 * searches a flag or a value lands on the handbook's entry, not on a function signature.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  if (/^(zh-cn\/)?api(\/|$)/.test(route.entry.id)) route.entry.data.pagefind = false;
});
