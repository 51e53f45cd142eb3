import { concatTokens, diffSentenceGroup } from './group-diff.ts';
import { DEFAULT_DIFF_OPTIONS, rowWork } from './options.ts';
import { findPhraseMoves } from './phrase-moves.ts';
import { movedRows, pairRows } from './row-order.ts';
import { summarisePair } from './summary.ts';
import { middleLengths } from './token-diff.ts';
import type { GroupLike, PairDiff, PairDiffOptions, RowDiff, RowDiffer, VersionSentences } from './types.ts';

/**
 * Everything a compare page shows for versions a and b: their rows in display order, each diffed
 * word by word, moved rows and phrases, and the summary. `groups` are the story's alignment groups
 * (all versions; only a's and b's sentences are used). Sentences, not whole files, are diffed: a
 * row costs microseconds where a whole-article diff costs tens of milliseconds. `diffRow` diffs one
 * row; a caller diffing many pairs of a story passes one that shares diffs between them (`groupDiffer`).
 */
export function diffPair(
  a: VersionSentences,
  b: VersionSentences,
  groups: readonly GroupLike[],
  options: PairDiffOptions = {},
  diffRow: RowDiffer = diffSentenceGroup,
): PairDiff {
  const sides = pairRows(a, b, groups);
  const moved = movedRows(sides);
  const maxEditLength = options.maxEditLength ?? DEFAULT_DIFF_OPTIONS.maxEditLength;
  const budget = options.pairWork ?? DEFAULT_DIFF_OPTIONS.pairWork;
  const limits = { maxEditLength: options.maxEditLength };
  let spent = 0;
  const diffed: RowDiff[] = sides.map((row, index) => {
    // A row that would take the pair past its work budget gets the cheap diff at once (an edit
    // limit of 0); a smaller row after it may still fit. Counted in work, not time: deterministic.
    const work = rowWork(...middleLengths(concatTokens(row.a), concatTokens(row.b)), maxEditLength);
    const fits = spent + work <= budget;
    if (fits) spent += work;
    const diff = diffRow(row.a, row.b, fits ? limits : { maxEditLength: 0 });
    return { ...diff, group: row.group, a: row.a, b: row.b, moved: moved[index]! };
  });
  const { rows, moves } = findPhraseMoves(diffed, options.minMoveWords ?? DEFAULT_DIFF_OPTIONS.minMoveWords);
  return { a: a.id, b: b.id, rows, moves, summary: summarisePair(rows), degraded: rows.some((row) => row.degraded) };
}
