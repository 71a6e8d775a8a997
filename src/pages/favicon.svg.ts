import type { APIRoute } from 'astro';

/** The site icon: a box (a machine) holding three smaller boxes (what it hosts). */
const ICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect x="2" y="2" width="28" height="28" rx="5" fill="#3b4bd8"/><rect x="6" y="14" width="6" height="12" rx="1.5" fill="#fff"/><rect x="13" y="10" width="6" height="16" rx="1.5" fill="#fff"/><rect x="20" y="6" width="6" height="20" rx="1.5" fill="#fff"/></svg>`;

export const GET: APIRoute = () => new Response(ICON, { headers: { 'content-type': 'image/svg+xml' } });
