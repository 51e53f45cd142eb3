/**
 * How a compare page lays out its rows, shared by the page's build (src/components/html/compare-rows.ts)
 * and its script (src/scripts/compare-swap.ts), which reorders the rows when the reader lets the
 * other version lead: one rule for folding and one for ordering, so both readings agree.
 */

/** Unchanged rows kept in view on each side of a folded run, as code review tools keep context lines. */
export const FOLD_CONTEXT = 1;
/** Fewest unchanged rows worth folding (fewer are shown: a fold of one row saves nothing). */
export const FOLD_AT = 3;

/** A stretch of rows in display order, `start` to `end` (exclusive), folded or shown. */
export interface RowSpan {
  start: number;
  end: number;
  folded: boolean;
}

/**
 * Rows in display order as shown and folded stretches: a run of unchanged rows folds, keeping
 * `FOLD_CONTEXT` rows beside each change, when at least `FOLD_AT` rows would be hidden.
 */
export function foldSpans(changed: readonly boolean[]): RowSpan[] {
  const spans: RowSpan[] = [];
  const show = (start: number, end: number): void => {
    if (end > start) spans.push({ start, end, folded: false });
  };
  let index = 0;
  while (index < changed.length) {
    if (changed[index]) {
      show(index, index + 1);
      index++;
      continue;
    }
    let end = index;
    while (end < changed.length && !changed[end]) end++;
    const keepBefore = index === 0 ? 0 : FOLD_CONTEXT;
    const keepAfter = end === changed.length ? 0 : FOLD_CONTEXT;
    if (end - index - keepBefore - keepAfter < FOLD_AT) show(index, end);
    else {
      show(index, index + keepBefore);
      spans.push({ start: index + keepBefore, end: end - keepAfter, folded: true });
      show(end - keepAfter, end);
    }
    index = end;
  }
  return spans;
}

/** A row by the sentence numbers it holds of each version. */
export interface RowSentences {
  a: readonly number[];
  b: readonly number[];
}

/**
 * The display order of a pair's rows (given in a's reading order, as the analysis stores them) when
 * `lead` leads: for `b`, rows by b's reading order, and a row b lacks right after the row holding
 * a's sentence before it (or first), as the analysis places a row a lacks.
 */
export function rowOrder(rows: readonly RowSentences[], lead: 'a' | 'b'): number[] {
  const indexes = rows.map((_, index) => index);
  if (lead === 'a') return indexes;
  const first = (row: RowSentences): number => Math.min(...row.b);
  const order = indexes.filter((index) => rows[index]!.b.length > 0).sort((x, y) => first(rows[x]!) - first(rows[y]!) || x - y);
  for (const index of indexes) {
    if (rows[index]!.b.length > 0) continue;
    let before = index - 1;
    while (before >= 0 && rows[before]!.a.length === 0) before--;
    order.splice(before < 0 ? 0 : order.indexOf(before) + 1, 0, index);
  }
  return order;
}

/** The label of a folded stretch (rows are not numbered on the page, so none are named). */
export function foldSummary(rows: number): string {
  return `${rows} unchanged rows`;
}
