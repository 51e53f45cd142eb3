import { countWords, forEachBlock } from './ops.ts';
import type { PairSummary, RowDiff } from './types.ts';

/**
 * The word counts of a pair, read off its rows (see `PairSummary` for the definitions and the
 * identities they keep). Moves are counted once, on the a side.
 */
export function summarisePair(rows: readonly RowDiff[]): PairSummary {
  const totals = { shared: 0, changed: 0, added: 0, removed: 0, moved: 0 };
  let wordsA = 0;
  let wordsB = 0;
  for (const row of rows) {
    wordsA += countWords(row.aTokens, 0, row.aTokens.length);
    wordsB += countWords(row.bTokens, 0, row.bTokens.length);
    for (const current of row.ops) {
      if (current.kind !== 'equal') continue;
      const words = countWords(row.aTokens, current.aStart, current.aEnd);
      if (row.moved) totals.moved += words;
      else totals.shared += words;
    }
    forEachBlock(row.ops, (first, end) => {
      let deleted = 0;
      let inserted = 0;
      let trivial = false;
      for (const current of row.ops.slice(first, end)) {
        const words =
          current.kind === 'delete'
            ? countWords(row.aTokens, current.aStart, current.aEnd)
            : countWords(row.bTokens, current.bStart, current.bEnd);
        if (current.move !== undefined) {
          if (current.kind === 'delete') totals.moved += words;
        } else if (current.kind === 'delete') deleted += words;
        else inserted += words;
        trivial ||= current.trivial;
      }
      const paired = Math.min(deleted, inserted);
      if (trivial) totals.shared += paired;
      else totals.changed += paired;
      totals.removed += deleted - paired;
      totals.added += inserted - paired;
    });
  }
  const common = totals.shared + totals.moved;
  const similarity = wordsA + wordsB === 0 ? 1 : Math.round((2000 * common) / (wordsA + wordsB)) / 1000;
  return { similarity, ...totals };
}
