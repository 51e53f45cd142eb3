/**
 * The rows of a pair the build left to the browser (a story of more than ten versions, see
 * src/site/compare-pages.ts): the page carries the pair's stored diff (`#pair-data`); with the
 * story's export it is rendered by the build's own view code (compare-render.ts, loaded only here).
 * On a page built in full this does nothing.
 */
import { urls } from '../lib/urls.ts';
import { fetchJson } from './fetch-json.ts';

export async function renderShell(): Promise<void> {
  const data = document.getElementById('pair-data');
  const compare = document.querySelector<HTMLElement>('[data-compare]');
  const slug = compare?.dataset['slug'];
  if (!data?.textContent || !compare || !slug) return;
  const [{ renderPair }, story] = await Promise.all([import('./compare-render.ts'), fetchJson(urls.apiStory(slug))]);
  compare.innerHTML = renderPair(story, JSON.parse(data.textContent));
  document.querySelector('[data-shell-note]')?.remove();
  // A link to a row lands once the row exists.
  if (location.hash) document.getElementById(location.hash.slice(1))?.scrollIntoView({ block: 'center' });
}
