import type { DiffOptions, PairDiffOptions } from './types.ts';

/**
 * The limits, in one place. Each is a limit on work, never on time, so the same input always gives
 * the same diff however busy the machine (an analysis is a file named by the digest of its inputs).
 * A sentence row has tens of tokens, so 500 edits never binds there; it binds on whole-version
 * diffs of rewrites and on hostile input (unrelated texts, a version with no punctuation), where a
 * diff of more than 500 token edits would be noise anyway. `pairWork` is in the units of `rowWork`.
 */
export const DEFAULT_DIFF_OPTIONS = {
  maxEditLength: 500,
  pairWork: 20_000_000,
  minMoveWords: 4,
} as const satisfies { [K in keyof PairDiffOptions]-?: number };

export function resolveDiffOptions(options: DiffOptions = {}): { maxEditLength: number } {
  return { maxEditLength: options.maxEditLength ?? DEFAULT_DIFF_OPTIONS.maxEditLength };
}

/**
 * A bound on what jsdiff may spend on `aTokens` and `bTokens` tokens under an edit limit: Myers'
 * diff explores at most `min(maxEditLength, n + m)` edit steps, each over at most `n + m` token
 * comparisons. A pair charges every row it diffs this much for the tokens between the row's common
 * prefix and suffix (what jsdiff sees), whatever the row really cost.
 */
export function rowWork(aTokens: number, bTokens: number, maxEditLength: number): number {
  // With one side empty jsdiff is not called: the row is one insertion or deletion.
  if (aTokens === 0 || bTokens === 0) return 0;
  const size = aTokens + bTokens;
  return size * Math.min(maxEditLength, size);
}

/**
 * Limits of `diffKeys`, one sentence against one sentence for another stage: the rows' edit limit.
 * Its caller (facts' claim hunks) diffs only sentences that share most of their content words, and
 * needs the diff only when at least a quarter of their words match; two sentences sharing half their
 * words are at most 500 edits apart up to 1,000 words together, a quarter up to 666, so it does not
 * bind on sentences; it holds a hostile pair (a version with no punctuation is one sentence) to
 * about what jsdiff's 50 ms timeout allowed.
 */
export const KEY_DIFF_LIMITS = { maxEditLength: DEFAULT_DIFF_OPTIONS.maxEditLength } as const;
