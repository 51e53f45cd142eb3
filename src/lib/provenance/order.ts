import { lowerBound } from './lower-bound.ts';
import { sentenceNumber, versionOf } from './sentence-id.ts';

/** What the alignment says about a pair: how many passages they share, and in what order. */
export interface PairOrder {
  /** Alignment groups holding sentences of both versions. */
  sharedGroups: number;
  /** The most of those groups that both versions tell in the same order. */
  inOrder: number;
  /** Sentences of a, and of b, that have a counterpart in the other. */
  alignedA: number;
  alignedB: number;
}

/**
 * Order agreement of two versions over the alignment groups they share: the longest increasing
 * subsequence of b's positions taken in a's order. A copy keeps the order; an independent report
 * of the same event tends to tell it in its own order.
 */
export function pairOrder(groups: readonly { sentences: readonly string[] }[], a: string, b: string): PairOrder {
  const shared: { a: number; b: number }[] = [];
  let alignedA = 0;
  let alignedB = 0;
  for (const group of groups) {
    const inA = group.sentences.filter((id) => versionOf(id) === a).map(sentenceNumber);
    const inB = group.sentences.filter((id) => versionOf(id) === b).map(sentenceNumber);
    if (inA.length === 0 || inB.length === 0) continue;
    shared.push({ a: Math.min(...inA), b: Math.min(...inB) });
    alignedA += inA.length;
    alignedB += inB.length;
  }
  shared.sort((x, y) => x.a - y.a || x.b - y.b);
  return { sharedGroups: shared.length, inOrder: longestIncreasing(shared.map((entry) => entry.b)), alignedA, alignedB };
}

/** Patience sorting, O(n log n): the length of the longest strictly increasing subsequence. */
export function longestIncreasing(values: readonly number[]): number {
  const tails: number[] = [];
  for (const value of values) tails[lowerBound(tails, value)] = value;
  return tails.length;
}
