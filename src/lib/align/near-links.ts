import { compareCodeUnits, unorderedPairKey as pairKey } from '../language/code-units.ts';
import type { AlignmentGroup, AlignmentLink, ScoredPair, SentenceRef } from './types.ts';

/**
 * Least score of a near link: the facts stage's own least link for two sentences to correspond (`LINKED`, 0.15).
 * Measured at e9c1fca (words only, development samples A, B, D, E, G, H, I, J, K; must-see found and flags right):
 * 0.1 and 0.15 give the same figures; 0.2 loses E's one must-see gain (a vote share in a pair of 0.197).
 */
export const NEAR_LINK_SCORE = 0.15;

/**
 * Scored pairs that lost their row: each sentence is the other's best match in the other's version (on a tie, one of
 * them), the pair scores `minScore` or more, shares more than names, and the two sit in different rows with no
 * also-covers link between them. A row holds one sentence of a version, so a rival that pairs better with a row's
 * other members takes it, and clustering by average can keep two groups apart that a single strong pair spans; the
 * two sentences still most likely tell one statement, and the facts stage reads them as corresponding for grouping
 * (never for a likely flag: see `src/lib/facts/story-context.ts`). Each link goes to the row of its `a` sentence.
 */
export function findNearLinks(
  sentences: readonly SentenceRef[],
  groups: readonly AlignmentGroup[],
  pairs: readonly ScoredPair[],
  minScore = NEAR_LINK_SCORE,
): Map<string, AlignmentLink[]> {
  const rowOf = new Map<string, string>();
  for (const group of groups) for (const id of group.sentences) rowOf.set(id, group.id);
  const covering = new Set<string>();
  for (const group of groups)
    for (const cover of group.alsoCoveredBy ?? []) for (const id of group.sentences) covering.add(pairKey(cover.sentence, id));
  // The best score of each sentence with any sentence of each other version.
  const best = new Map<string, number>();
  const bestKey = (x: number, y: number): string => `${x} ${sentences[y]!.version}`;
  for (const pair of pairs) {
    for (const [x, y] of [
      [pair.a, pair.b],
      [pair.b, pair.a],
    ] as const)
      best.set(bestKey(x, y), Math.max(best.get(bestKey(x, y)) ?? 0, pair.link.score));
  }
  const near = new Map<string, AlignmentLink[]>();
  for (const pair of pairs) {
    if (pair.link.score < minScore || pair.namesOnly) continue;
    if (pair.link.score < best.get(bestKey(pair.a, pair.b))! || pair.link.score < best.get(bestKey(pair.b, pair.a))!) continue;
    const { a, b } = pair.link;
    const row = rowOf.get(a);
    if (row === undefined || row === rowOf.get(b) || covering.has(pairKey(a, b))) continue;
    near.set(row, [...(near.get(row) ?? []), pair.link]);
  }
  for (const links of near.values()) links.sort((x, y) => y.score - x.score || compareCodeUnits(x.a, y.a) || compareCodeUnits(x.b, y.b));
  return near;
}
