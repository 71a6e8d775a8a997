/**
 * The preview card of glossary links: shown on hover and on keyboard focus, it stays while the
 * pointer is over the link or the card, and Escape closes it (WCAG 1.4.13). It reads the JSON the
 * build put in the page (src/middleware.ts), so it makes no request, and it floats above the page
 * (position: absolute), so nothing moves.
 */
import type { Preview, PreviewMap } from '../../lib/previews.ts';

const SHOW_DELAY = 250;
const HIDE_DELAY = 300;

function start(previews: PreviewMap): void {
  const card = document.createElement('div');
  card.id = 'term-preview';
  card.className = 'term-preview';
  card.setAttribute('role', 'tooltip');
  card.hidden = true;
  document.body.append(card);

  let current: HTMLAnchorElement | null = null;
  let showTimer = 0;
  let hideTimer = 0;

  /** The preview of a link, unless it points at the entry the reader is already in. */
  const previewOf = (target: EventTarget | null): [HTMLAnchorElement, Preview] | undefined => {
    const link = target instanceof Element ? target.closest<HTMLAnchorElement>('a[href]') : null;
    if (!link || link.closest('[data-no-preview], #term-preview, starlight-toc, mobile-starlight-toc')) return;
    const url = new URL(link.href, location.href);
    const preview = url.origin === location.origin ? previews[url.pathname + url.hash] : undefined;
    if (!preview) return;
    const home = url.pathname === location.pathname ? document.getElementById(decodeURIComponent(url.hash.slice(1))) : null;
    if (home && (home.contains(link) || home.parentElement?.contains(link))) return;
    return [link, preview];
  };

  const show = (link: HTMLAnchorElement, preview: Preview) => {
    clearTimeout(hideTimer);
    if (current && current !== link) current.removeAttribute('aria-describedby');
    const name = document.createElement(preview.code ? 'code' : 'strong');
    name.textContent = preview.name;
    const head = document.createElement('p');
    head.className = 'term-preview-name';
    head.append(name, preview.value ? ` = ${preview.value}` : '');
    const category = document.createElement('p');
    category.className = 'term-preview-category';
    category.textContent = preview.category;
    const summary = document.createElement('p');
    // Built from the handbook's own data by its escaping Markdown renderer, links removed.
    summary.innerHTML = preview.summary;
    card.replaceChildren(head, category, summary);
    card.hidden = false;
    const box = link.getBoundingClientRect();
    const gap = 6;
    const left = Math.max(8, Math.min(box.left, innerWidth - card.offsetWidth - 8));
    const below = box.bottom + gap + card.offsetHeight <= innerHeight - 8 || box.top < card.offsetHeight + gap + 8;
    const top = below ? box.bottom + gap : box.top - gap - card.offsetHeight;
    card.style.left = `${left + scrollX}px`;
    card.style.top = `${top + scrollY}px`;
    link.setAttribute('aria-describedby', card.id);
    current = link;
  };

  const hide = () => {
    clearTimeout(showTimer);
    card.hidden = true;
    current?.removeAttribute('aria-describedby');
    current = null;
  };

  // Native title tooltips would repeat the summary over the card.
  for (const link of document.querySelectorAll('a[title]')) if (previewOf(link)) link.removeAttribute('title');

  document.addEventListener('pointerover', (event) => {
    if (event.pointerType === 'touch') return;
    if (card.contains(event.target as Node)) return clearTimeout(hideTimer);
    const found = previewOf(event.target);
    if (!found) return;
    clearTimeout(hideTimer);
    clearTimeout(showTimer);
    if (found[0] !== current) showTimer = window.setTimeout(() => show(...found), SHOW_DELAY);
  });
  document.addEventListener('pointerout', (event) => {
    const to = event.relatedTarget as Node | null;
    const from = event.target as Node;
    const inside = (node: Node | null) => !!node && (card.contains(node) || !!current?.contains(node));
    if (inside(to)) return;
    if (!inside(from)) return clearTimeout(showTimer);
    hideTimer = window.setTimeout(hide, HIDE_DELAY);
  });
  document.addEventListener('focusin', (event) => {
    const found = previewOf(event.target);
    if (found) show(...found);
    else if (current) hide();
  });
  document.addEventListener('focusout', (event) => {
    if (event.target === current) hide();
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !card.hidden) hide();
  });
}

const data = document.getElementById('term-previews');
if (data?.textContent) start(JSON.parse(data.textContent) as PreviewMap);
