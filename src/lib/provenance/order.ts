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
  for (const byVersion of sentenceNumbersByVersion(groups)) {
    const inA = byVersion.get(a) ?? [];
    const inB = byVersion.get(b) ?? [];
    if (inA.length === 0 || inB.length === 0) continue;
    shared.push({ a: Math.min(...inA), b: Math.min(...inB) });
    alignedA += inA.length;
    alignedB += inB.length;
  }
  shared.sort((x, y) => x.a - y.a || x.b - y.b);
  return { sharedGroups: shared.length, inOrder: longestIncreasing(shared.map((entry) => entry.b)), alignedA, alignedB };
}

// Every pair of versions reads the same groups: their sentence ids are parsed once per groups list.
const parsedGroups = new WeakMap<readonly unknown[], Map<string, number[]>[]>();

/** For each group, its sentence numbers by version, in the group's order. */
function sentenceNumbersByVersion(groups: readonly { sentences: readonly string[] }[]): Map<string, number[]>[] {
  let parsed = parsedGroups.get(groups);
  if (!parsed) {
    parsed = groups.map((group) => {
      const byVersion = new Map<string, number[]>();
      for (const id of group.sentences) {
        const version = versionOf(id);
        const list = byVersion.get(version);
        if (list) list.push(sentenceNumber(id));
        else byVersion.set(version, [sentenceNumber(id)]);
      }
      return byVersion;
    });
    parsedGroups.set(groups, parsed);
  }
  return parsed;
}

/** Patience sorting, O(n log n): the length of the longest strictly increasing subsequence. */
export function longestIncreasing(values: readonly number[]): number {
  const tails: number[] = [];
  for (const value of values) tails[lowerBound(tails, value)] = value;
  return tails.length;
}
