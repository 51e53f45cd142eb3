import type { DiffOptions, PairDiffOptions } from './types.ts';

/**
 * The limits, in one place. A sentence row has tens of tokens, so 500 edits never binds there; it
 * binds on whole-version diffs of rewrites and on hostile input (a 5 MB version, unrelated texts),
 * where a diff of more than 500 token edits would be noise anyway. The timeouts only matter on a
 * machine too slow for the edit limit, which is why results stay deterministic in practice.
 */
export const DEFAULT_DIFF_OPTIONS = {
  maxEditLength: 500,
  timeout: 50,
  pairTimeout: 1000,
  minMoveWords: 4,
} as const satisfies { [K in keyof PairDiffOptions]-?: number };

export function resolveDiffOptions(options: DiffOptions = {}): { maxEditLength: number; timeout: number } {
  return {
    maxEditLength: options.maxEditLength ?? DEFAULT_DIFF_OPTIONS.maxEditLength,
    timeout: options.timeout ?? DEFAULT_DIFF_OPTIONS.timeout,
  };
}

/**
 * Limits of `diffKeys`, one sentence against one sentence for another stage: a row's time limit and
 * no edit limit, since its callers only diff sentences that already share most of their words.
 */
export const KEY_DIFF_LIMITS = { timeout: DEFAULT_DIFF_OPTIONS.timeout } as const;
