import { diffSentenceGroup } from './group-diff.ts';
import { DEFAULT_DIFF_OPTIONS } from './options.ts';
import { findPhraseMoves } from './phrase-moves.ts';
import { movedRows, pairRows } from './row-order.ts';
import { summarisePair } from './summary.ts';
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
  const deadline = Date.now() + (options.pairTimeout ?? DEFAULT_DIFF_OPTIONS.pairTimeout);
  const limits = { maxEditLength: options.maxEditLength, timeout: options.timeout };
  const diffed: RowDiff[] = sides.map((row, index) => {
    // Past the pair's budget, an edit limit of 0 gives each changed row the cheap diff at once.
    const rowLimits = Date.now() > deadline ? { maxEditLength: 0 } : limits;
    return { ...diffRow(row.a, row.b, rowLimits), group: row.group, a: row.a, b: row.b, moved: moved[index]! };
  });
  const { rows, moves } = findPhraseMoves(diffed, options.minMoveWords ?? DEFAULT_DIFF_OPTIONS.minMoveWords);
  return { a: a.id, b: b.id, rows, moves, summary: summarisePair(rows), degraded: rows.some((row) => row.degraded) };
}
