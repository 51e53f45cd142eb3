/**
 * The base of the alignment table, chosen in the browser: the page is built once per story against
 * its first version; choosing another (the picker, or `?base=<id>` on arrival, where the old per-base
 * URLs redirect) fetches the story's export and that base's stored cells and renders the table with
 * the build's own view code (src/scripts/alignment-render.ts, loaded then). Without JavaScript the
 * first version is the base, and the page says so.
 */
import { urls } from '../lib/urls.ts';
import { fetchJson } from './fetch-json.ts';

export function enableBaseChoice(): void {
  const picker = document.querySelector<HTMLElement>('[data-base-picker]');
  const slug = picker?.dataset['slug'];
  if (!picker || !slug) return;
  const links = Array.from(picker.querySelectorAll<HTMLAnchorElement>('a[data-base]'));
  let shown = links.find((link) => link.getAttribute('aria-current') === 'page')?.dataset['base'];
  let story: Promise<unknown> | undefined;

  const choose = async (base: string): Promise<void> => {
    if (base === shown || !links.some((link) => link.dataset['base'] === base)) return;
    story ??= fetchJson(urls.apiStory(slug));
    const [{ renderAlignment }, exported, cells] = await Promise.all([
      import('./alignment-render.ts'),
      story,
      fetchJson(urls.alignmentCells(slug, base)),
    ]);
    const table = document.querySelector('.alignment-wrap');
    if (!table) return;
    table.outerHTML = renderAlignment(exported, cells, base);
    shown = base;
    for (const link of links) {
      if (link.dataset['base'] === base) link.setAttribute('aria-current', 'page');
      else link.removeAttribute('aria-current');
    }
    const name = document.querySelector('[data-base-name]');
    if (name) name.textContent = links.find((link) => link.dataset['base'] === base)?.textContent ?? base;
    // A row reached by its group's anchor stays in view under the new order.
    if (location.hash) document.getElementById(location.hash.slice(1))?.scrollIntoView({ block: 'start' });
  };

  for (const link of links) {
    link.addEventListener('click', (event) => {
      event.preventDefault();
      const base = link.dataset['base']!;
      history.replaceState(null, '', new URL(link.href).pathname + new URL(link.href).search + location.hash);
      void choose(base);
    });
  }
  const asked = new URL(location.href).searchParams.get('base');
  if (asked) void choose(asked);
}
