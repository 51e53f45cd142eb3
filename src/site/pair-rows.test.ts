import { describe, expect, it } from 'vitest';
import { foldSpans, foldSummary, rowOrder } from './pair-rows.ts';

describe('foldSpans', () => {
  it('folds a run of unchanged rows, keeping one row beside each change', () => {
    const changed = [true, false, false, false, false, false, true];
    expect(foldSpans(changed)).toEqual([
      { start: 0, end: 1, folded: false },
      { start: 1, end: 2, folded: false },
      { start: 2, end: 5, folded: true },
      { start: 5, end: 6, folded: false },
      { start: 6, end: 7, folded: false },
    ]);
  });

  it('keeps no context at either end of the page, and shows runs too short to fold', () => {
    expect(foldSpans([false, false, false, false, true, false, false])).toEqual([
      { start: 0, end: 3, folded: true },
      { start: 3, end: 4, folded: false },
      { start: 4, end: 5, folded: false },
      { start: 5, end: 7, folded: false },
    ]);
    expect(foldSummary(4)).toBe('4 unchanged rows');
  });
});

describe('rowOrder', () => {
  // Rows in a's order: a1|b2, a2|b1, a3|— (b lacks it), —|b3 (a lacks it), a4|b4.
  const rows = [
    { a: [1], b: [2] },
    { a: [2], b: [1] },
    { a: [3], b: [] },
    { a: [], b: [3] },
    { a: [4], b: [4] },
  ];

  it('keeps the stored order when a leads', () => {
    expect(rowOrder(rows, 'a')).toEqual([0, 1, 2, 3, 4]);
  });

  it("puts rows in b's reading order when b leads, a row b lacks after the row of a's sentence before it", () => {
    expect(rowOrder(rows, 'b')).toEqual([1, 2, 0, 3, 4]);
    expect(
      rowOrder(
        [
          { a: [1], b: [] },
          { a: [2], b: [1] },
        ],
        'b',
      ),
    ).toEqual([0, 1]);
  });
});
