import type { SearchEngine, SearchResults } from '../lib/search/index.ts';
import { announceRendered, listedTotal, loadSearchEngine, resultsSummary } from './search-client.ts';
import { alsoLine, element, listOnce, renderHit, type ListedHit } from './search-render.ts';

const POPUP_HITS = 8;
const STATUS_DELAY_MS = 400;

/**
 * The header box as an ARIA combobox (APG "list autocomplete" pattern): results appear in a
 * listbox under it as the reader types; arrows move the active option, Enter opens it, Escape
 * closes the list. Enter with no active option submits the form to /search/ as without script.
 */
export function enhanceSearchBox(form: HTMLFormElement, input: HTMLInputElement): void {
  if (form.dataset['searchState']) return;
  form.dataset['searchState'] = 'loading';
  const listbox = element('div', 'search-popup');
  listbox.id = `${input.id}-listbox`;
  listbox.setAttribute('role', 'listbox');
  listbox.setAttribute('aria-label', 'Search results');
  listbox.hidden = true;
  const status = element('p', 'visually-hidden');
  status.setAttribute('role', 'status');
  form.append(listbox, status);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', listbox.id);
  input.setAttribute('aria-expanded', 'false');

  let engine: SearchEngine | undefined;
  let options: HTMLElement[] = [];
  let active = -1;
  let statusTimer: ReturnType<typeof setTimeout> | undefined;

  const setActive = (index: number): void => {
    options[active]?.setAttribute('aria-selected', 'false');
    active = index;
    const option = options[active];
    if (option) {
      option.setAttribute('aria-selected', 'true');
      input.setAttribute('aria-activedescendant', option.id);
      option.scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  };
  const open = (show: boolean): void => {
    listbox.hidden = !show;
    input.setAttribute('aria-expanded', String(show));
    if (!show) setActive(-1);
  };
  const announce = (text: string): void => {
    clearTimeout(statusTimer);
    // Announced once the reader pauses, not on every keystroke.
    statusTimer = setTimeout(() => (status.textContent = text), STATUS_DELAY_MS);
  };

  const update = (): void => {
    if (!engine) return;
    const results = engine.search(input.value, { limit: 50 });
    options = renderOptions(listbox, results);
    active = -1;
    input.removeAttribute('aria-activedescendant');
    open(results.query.length > 0 && options.length > 0 && document.activeElement === input);
    announce(results.query ? resultsSummary(results) : '');
    announceRendered(results);
  };

  input.addEventListener('input', update);
  input.addEventListener('focus', () => {
    if (input.value.trim()) update();
  });
  input.addEventListener('blur', () => open(false));
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (options.length === 0) return;
      event.preventDefault();
      if (listbox.hidden) open(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive(active === -1 && step < 0 ? options.length - 1 : (active + step + options.length) % options.length);
    } else if (event.key === 'Enter' && active >= 0 && !listbox.hidden) {
      event.preventDefault();
      location.assign(options[active]!.dataset['url']!);
    } else if (event.key === 'Escape' && !listbox.hidden) {
      event.preventDefault();
      open(false);
    }
  });
  // Keep focus in the box while the pointer picks an option.
  listbox.addEventListener('mousedown', (event) => event.preventDefault());
  listbox.addEventListener('click', (event) => {
    const option = (event.target as HTMLElement).closest<HTMLElement>('[role="option"]');
    if (option?.dataset['url']) location.assign(option.dataset['url']);
  });

  announce('Loading the search index…');
  loadSearchEngine().then(
    (loaded) => {
      engine = loaded;
      form.dataset['searchState'] = 'ready';
      announce('');
      update();
    },
    () => {
      form.dataset['searchState'] = 'error';
      announce('Search is unavailable: the index could not be loaded. Press Enter to search on the search page.');
    },
  );
}

/** Up to POPUP_HITS hits grouped by story, then "all results" leading to the search page. */
function renderOptions(listbox: HTMLElement, results: SearchResults): HTMLElement[] {
  const options: HTMLElement[] = [];
  const groups: HTMLElement[] = [];
  let shown = 0;
  for (const [g, group] of results.groups.entries()) {
    if (shown >= POPUP_HITS) break;
    const hits = listOnce(group.hits).slice(0, POPUP_HITS - shown);
    shown += hits.length;
    const node = element('div', 'search-popup__group');
    node.setAttribute('role', 'group');
    const label = element('div', 'search-popup__story', group.story.title);
    label.id = `${listbox.id}-g${g}`;
    node.setAttribute('aria-labelledby', label.id);
    node.append(label, ...hits.map((hit) => option(hit, listbox.id, options)));
    groups.push(node);
  }
  if (results.total > 0) {
    const all = element('div', 'search-popup__option search-popup__all', `All ${listedTotal(results)} results for “${results.query}”`);
    all.setAttribute('role', 'option');
    all.setAttribute('aria-selected', 'false');
    all.id = `${listbox.id}-all`;
    all.dataset['url'] = `/search/?q=${encodeURIComponent(results.query)}`;
    options.push(all);
    groups.push(all);
  }
  listbox.replaceChildren(...groups);
  return options;
}

function option({ hit, also }: ListedHit, prefix: string, options: HTMLElement[]): HTMLElement {
  const node = element('div', 'search-popup__option');
  node.setAttribute('role', 'option');
  node.setAttribute('aria-selected', 'false');
  node.id = `${prefix}-${options.length}`;
  node.dataset['url'] = hit.document.url;
  node.append(renderHit(hit, 110));
  if (also.length > 0) node.append(element('span', 'search-hit__detail', alsoLine(also)));
  options.push(node);
  return node;
}
