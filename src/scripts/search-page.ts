import type { SearchEngine, SearchGroup } from '../lib/search/index.ts';
import { announceRendered, loadSearchEngine, resultsSummary } from './search-client.ts';
import { element, listOnce, renderHit } from './search-render.ts';

const URL_DELAY_MS = 500;
const STATUS_DELAY_MS = 400;

/**
 * The /search/ page: results grouped by story as the reader types (no debounce: a keystroke
 * costs a few milliseconds, see bench/search-latency.ts), the query kept in the URL so a search
 * can be shared, and arrow keys moving between the input and the result links.
 */
export function mountSearchPage(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('form');
  const input = root.querySelector<HTMLInputElement>('input[name="q"]');
  const status = root.querySelector<HTMLElement>('[data-search-status]');
  const list = root.querySelector<HTMLElement>('[data-search-results]');
  if (!form || !input || !status || !list) return;
  input.value = new URLSearchParams(location.search).get('q') ?? input.value;

  let engine: SearchEngine | undefined;
  let urlTimer: ReturnType<typeof setTimeout> | undefined;
  let statusTimer: ReturnType<typeof setTimeout> | undefined;

  const run = (): void => {
    if (!engine) return;
    const results = engine.search(input.value);
    list.replaceChildren(...results.groups.map(renderGroup));
    clearTimeout(statusTimer);
    const summary = results.query ? resultsSummary(results) : 'Type a name, a phrase or an outlet.';
    statusTimer = setTimeout(() => (status.textContent = summary), STATUS_DELAY_MS);
    clearTimeout(urlTimer);
    // Browsers throttle history updates; the URL follows once the reader pauses.
    urlTimer = setTimeout(
      () => history.replaceState(null, '', results.query ? `?q=${encodeURIComponent(results.query)}` : location.pathname),
      URL_DELAY_MS,
    );
    announceRendered(results);
  };

  input.addEventListener('input', run);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    run();
    list.querySelector<HTMLElement>('a[data-search-hit]')?.focus();
  });
  root.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = Array.from(list.querySelectorAll<HTMLAnchorElement>('a[data-search-hit]'));
    const at = links.indexOf(event.target as HTMLAnchorElement);
    if (event.target !== input && at === -1) return;
    const next =
      event.target === input
        ? event.key === 'ArrowDown'
          ? links[0]
          : undefined
        : event.key === 'ArrowDown'
          ? links[at + 1]
          : (links[at - 1] ?? input);
    if (!next) return;
    event.preventDefault();
    next.focus();
  });

  status.textContent = 'Loading the search index…';
  root.dataset['searchState'] = 'loading';
  loadSearchEngine().then(
    (loaded) => {
      engine = loaded;
      root.dataset['searchState'] = 'ready';
      run();
    },
    () => {
      root.dataset['searchState'] = 'error';
      status.textContent = 'Search is unavailable: the index could not be loaded. The stories below are listed without it.';
    },
  );
}

function renderGroup(group: SearchGroup, index: number): HTMLElement {
  const section = element('section', 'search-group');
  const heading = element('h2', 'search-group__title');
  heading.id = `search-group-${index}`;
  section.setAttribute('aria-labelledby', heading.id);
  const link = element('a', '', group.story.title);
  link.href = group.story.url;
  const listed = listOnce(group.hits);
  heading.append(link, element('span', 'search-group__count', ` · ${listed.length} ${listed.length === 1 ? 'result' : 'results'}`));
  const hits = element('ol', 'search-hits');
  for (const { hit, also } of listed) {
    const item = element('li', '');
    const anchor = element('a', 'search-hit');
    anchor.href = hit.document.url;
    anchor.dataset['searchHit'] = hit.document.kind;
    anchor.append(renderHit(hit, 240));
    item.append(anchor);
    if (also.length > 0) {
      const line = element('p', 'search-hit__also', 'Word for word also in ');
      for (const [index, other] of also.entries()) {
        const otherLink = element('a', '', other.document.detail);
        otherLink.href = other.document.url;
        line.append(...(index > 0 ? [', '] : []), otherLink);
      }
      item.append(line);
    }
    hits.append(item);
  }
  section.append(heading, hits);
  return section;
}
