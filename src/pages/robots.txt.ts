import type { APIRoute } from 'astro';

/** Everything may be crawled; the sitemap is named only when the build knows the site's origin. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n${site ? `\nSitemap: ${new URL(`${import.meta.env.BASE_URL.replace(/\/?$/, '/')}sitemap-index.xml`, site)}\n` : ''}`);
