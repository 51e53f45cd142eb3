/**
 * The facts page's filter in the URL (`?show=date`, `?show=disagree`): the radios filter rows by CSS
 * alone, so they work without JavaScript; this script only writes the choice into the address (a
 * filtered view can be shared and survives a reload) and reads it back on arrival. A fact reached by
 * its anchor is never hidden by a filter: the filter goes back to "all", and a folded fact's
 * section opens.
 */
const PARAM = 'show';

export function enhanceFactFilters(root: Document = document): void {
  const inputs = [...root.querySelectorAll<HTMLInputElement>(`[data-fact-filters] input[name="${PARAM}"]`)];
  if (inputs.length === 0) return;
  const wanted = new URL(root.location.href).searchParams.get(PARAM);
  const chosen = inputs.find((input) => input.value === wanted);
  if (chosen) chosen.checked = true;
  for (const input of inputs) input.addEventListener('change', () => input.checked && write(root, input.value));
  const reveal = (): void => revealTarget(root, inputs);
  reveal();
  root.defaultView?.addEventListener('hashchange', reveal);
}

function write(root: Document, value: string): void {
  const url = new URL(root.location.href);
  if (value === 'all') url.searchParams.delete(PARAM);
  else url.searchParams.set(PARAM, value);
  root.defaultView?.history.replaceState(root.defaultView.history.state, '', url);
}

function revealTarget(root: Document, inputs: HTMLInputElement[]): void {
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
  const all = inputs.find((input) => input.value === 'all');
  if (row.offsetParent === null && all) {
    all.checked = true;
    write(root, 'all');
    moved = true;
  }
  if (moved) target.scrollIntoView();
}
