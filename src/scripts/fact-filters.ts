/**
 * The facts page's filter in the address. Without JavaScript each choice is a link to its own anchor
 * (`#show-date`) and the page filters by CSS on `:target`, which works on any static host. This
 * script moves the choice into the query (`?show=date`, which a server serving the same file for
 * every query cannot act on, hence the anchors): it reads `?show=` (or a `#show-…` link shared from
 * a page without JavaScript) on arrival, sets `data-fact-show` on the root (the CSS then ignores
 * `:target`), marks the chosen link aria-current, and writes each choice with pushState so Back
 * returns to the previous one. A fact reached by its anchor is never hidden by a filter: the filter
 * goes back to "all", and a folded fact's section opens.
 */
const PARAM = 'show';
const ANCHOR = 'show-';

export function enhanceFactFilters(root: Document = document): void {
  const links = [...root.querySelectorAll<HTMLAnchorElement>('[data-fact-filters] a[data-show]')];
  const view = root.defaultView;
  if (links.length === 0 || !view) return;
  const values = new Set(links.map((link) => link.dataset['show']!));
  const fromAddress = (): string => {
    const url = new URL(root.location.href);
    const hash = decodeURIComponent(url.hash.slice(1));
    if (hash.startsWith(ANCHOR) && values.has(hash.slice(ANCHOR.length))) return hash.slice(ANCHOR.length);
    const wanted = url.searchParams.get(PARAM);
    return wanted && values.has(wanted) ? wanted : 'all';
  };
  const apply = (value: string): void => {
    root.documentElement.dataset['factShow'] = value;
    for (const link of links) {
      if (link.dataset['show'] === value) link.setAttribute('aria-current', 'true');
      else link.removeAttribute('aria-current');
    }
  };
  for (const link of links) {
    link.href = address(root, link.dataset['show']!).href;
    link.addEventListener('click', (event) => {
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      apply(link.dataset['show']!);
      view.history.pushState(view.history.state, '', link.href);
    });
  }
  const arrive = (): void => {
    const value = fromAddress();
    apply(value);
    // A `#show-…` anchor from a page without JavaScript becomes the query form.
    if (root.location.hash.startsWith(`#${ANCHOR}`)) view.history.replaceState(view.history.state, '', address(root, value));
    revealTarget(root, () => {
      apply('all');
      view.history.replaceState(view.history.state, '', address(root, 'all', root.location.hash));
    });
  };
  arrive();
  view.addEventListener('hashchange', arrive);
  view.addEventListener('popstate', arrive);
}

/** This page's address with the filter `value` (none for "all") and the given fragment. */
function address(root: Document, value: string, hash = ''): URL {
  const url = new URL(root.location.href);
  url.hash = hash;
  if (value === 'all') url.searchParams.delete(PARAM);
  else url.searchParams.set(PARAM, value);
  return url;
}

function revealTarget(root: Document, showAll: () => void): void {
  const id = decodeURIComponent(root.location.hash.slice(1));
  const target = id ? root.getElementById(id) : null;
  const row = target?.closest('tr');
  if (!target || !row) return;
  let moved = false;
  const fold = row.closest('details');
  if (fold && !fold.open) {
    fold.open = true;
    moved = true;
  }
  if (row.offsetParent === null) {
    showAll();
    moved = true;
  }
  if (moved) target.scrollIntoView();
}
