/**
 * Lets the other version of a compare page lead: the page is built once per pair with `a` (the
 * earlier in story.yaml) on the left and rows in its reading order; `?lead=<b>` or the swap link puts
 * `b` on the left, rows in b's reading order (src/site/pair-rows.ts, the rule the build folds by),
 * additions and removals read from b's side, and the picker's links keep the lead. Without this
 * script the page reads in a's order and says so.
 */
import { foldSpans, foldSummary, rowOrder, type RowSentences } from '../site/pair-rows.ts';

type Side = 'a' | 'b';

export function enableSwap(): void {
  const compare = document.querySelector<HTMLElement>('[data-compare]');
  const list = compare?.querySelector<HTMLOListElement>('.rows-wrap > ol.rows');
  if (!compare || !list) return;
  const ids: Record<Side, string> = { a: compare.dataset['a']!, b: compare.dataset['b']! };
  const outlets: Record<Side, string> = { a: compare.dataset['aOutlet']!, b: compare.dataset['bOutlet']! };
  const rows = Array.from(compare.querySelectorAll<HTMLLIElement>('li.row'));
  const sentences = rows.map((row): RowSentences => ({ a: numbers(row, '.cell--a'), b: numbers(row, '.cell--b') }));
  const figures = Array.from(document.querySelectorAll<HTMLElement>('[data-figure]'));
  const counts = new Map(figures.map((figure) => [figure.dataset['figure'], figure.textContent]));
  // The heading's footnote numbers (how each outlet was identified) follow their names.
  const noteSlots = Array.from(document.querySelectorAll<HTMLElement>('[data-note]'));
  const noteRefs = new Map(noteSlots.map((slot) => [slot.dataset['note'], Array.from(slot.childNodes)]));
  let lead: Side = 'a';

  const show = (next: Side): void => {
    if (next === lead) return;
    lead = next;
    const other: Side = lead === 'a' ? 'b' : 'a';
    const order = rowOrder(sentences, lead).map((index) => rows[index]!);
    const spans = compare.dataset['mode'] === 'plain' ? [{ start: 0, end: order.length, folded: false }] : foldSpans(order.map(isChanged));
    list.replaceChildren(
      ...spans.map((span) => (span.folded ? fold(order.slice(span.start, span.end)) : order.slice(span.start, span.end))).flat(),
    );
    for (const row of rows) row.prepend(row.querySelector(`.cell--${lead}`)!);
    for (const del of Array.from(compare.querySelectorAll('ins.chg, del.chg'))) flip(del);
    const strips = compare.querySelectorAll<HTMLElement>(':scope > .strip');
    if (strips.length === 2) compare.append(strips[0]!);
    for (const name of Array.from(document.querySelectorAll<HTMLElement>('[data-name]')))
      name.textContent = outlets[name.dataset['name'] === 'a' ? lead : other];
    for (const slot of noteSlots)
      slot.replaceChildren(...(noteRefs.get(slot.dataset['note'] === 'a' ? lead : other) ?? []).map((node) => node.cloneNode(true)));
    for (const figure of figures) {
      const shown = lead === 'a' ? figure.dataset['figure'] : figure.dataset['figure'] === 'added' ? 'removed' : 'added';
      figure.textContent = counts.get(shown) ?? '';
    }
    swapPicker();
  };

  const swapLink = document.querySelector<HTMLAnchorElement>('.picker__swap');
  if (swapLink) {
    swapLink.hidden = false;
    swapLink.addEventListener('click', (event) => {
      event.preventDefault();
      show(lead === 'a' ? 'b' : 'a');
      const url = new URL(location.href);
      if (lead === 'b') url.searchParams.set('lead', ids.b);
      else url.searchParams.delete('lead');
      history.replaceState(null, '', url);
    });
  }
  if (new URL(location.href).searchParams.get('lead') === ids.b) show('b');
}

function numbers(row: Element, cell: string): number[] {
  return Array.from(row.querySelectorAll(`${cell} .sentence-anchor`), (anchor) => Number(anchor.textContent));
}

function isChanged(row: HTMLElement): boolean {
  return row.hasAttribute('data-change');
}

function fold(rows: readonly HTMLLIElement[]): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'fold';
  const details = document.createElement('details');
  const summary = document.createElement('summary');
  summary.textContent = foldSummary(rows.length);
  const inner = document.createElement('ol');
  inner.className = 'rows rows--folded';
  inner.append(...rows);
  details.append(summary, inner);
  item.append(details);
  return item;
}

/** An addition read from the other side is a removal, and the other way round (global.css words each for screen readers). */
function flip(mark: Element): void {
  const flipped = document.createElement(mark.tagName === 'INS' ? 'del' : 'ins');
  flipped.className = mark.className;
  flipped.append(...Array.from(mark.childNodes));
  mark.replaceWith(flipped);
}

/** The picker's two lists change sides, and each link keeps its own version leading. */
function swapPicker(): void {
  const picker = document.querySelector<HTMLElement>('.picker');
  const sides = picker?.querySelectorAll<HTMLElement>('.picker__side ul');
  if (!picker || sides?.length !== 2) return;
  const [left, right] = [sides[0]!, sides[1]!];
  const leftItems = Array.from(left.children);
  left.replaceChildren(...Array.from(right.children));
  right.replaceChildren(...leftItems);
  for (const link of Array.from(picker.querySelectorAll<HTMLAnchorElement>('.picker__side a'))) {
    link.dataset['side'] = link.dataset['side'] === 'a' ? 'b' : 'a';
    link.href = withOtherLead(link.href);
  }
}

/** A pair's URL with the other of its two versions leading. */
function withOtherLead(href: string): string {
  const url = new URL(href);
  const [first, second] = url.pathname.split('/').filter(Boolean).slice(-2);
  const lead = url.searchParams.get('lead') ?? first;
  if (lead === first) url.searchParams.set('lead', second!);
  else url.searchParams.delete('lead');
  return url.href;
}
