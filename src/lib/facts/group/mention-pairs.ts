import { compareCodeUnits } from '../../language/code-units.ts';
import type { PairBudget } from '../work-limits.ts';

/**
 * Pairs of items of different versions that share at least one key (a value, an alignment group, a
 * rare word), each pair once: the only pairs worth scoring, so a long story does not cost every pair
 * of mentions. Pairs within one version are never made: grouping links across versions only.
 * Keys are taken rarest first and every pair is counted against `budget`, so when an outsized version
 * makes common keys huge, the pairs kept are those with the most specific evidence.
 */
export function crossVersionPairs<T extends { version: string }>(
  items: readonly T[],
  keysOf: (item: T, index: number) => Iterable<string>,
  budget: PairBudget,
): [number, number][] {
  const byKey = new Map<string, number[]>();
  items.forEach((item, index) => {
    for (const key of keysOf(item, index)) {
      const list = byKey.get(key);
      if (!list) byKey.set(key, [index]);
      else if (list.at(-1) !== index) list.push(index);
    }
  });
  const lists = [...byKey]
    .filter(([, list]) => list.length > 1)
    .sort(([keyA, a], [keyB, b]) => a.length - b.length || compareCodeUnits(keyA, keyB));
  const seen = new Set<number>();
  const pairs: [number, number][] = [];
  for (const [, list] of lists) {
    const otherFrom = nextOtherVersion(list, items);
    for (let x = 0; x < list.length; x++) {
      for (let y = otherFrom[x]!; y < list.length; y++) {
        const i = list[x]!;
        const j = list[y]!;
        if (items[i]!.version === items[j]!.version) continue;
        const code = i * items.length + j;
        if (seen.has(code)) continue;
        if (!budget.take()) return pairs;
        seen.add(code);
        pairs.push([i, j]);
      }
    }
  }
  return pairs;
}

/**
 * For each position of a posting list, the first later position whose item is of another version:
 * mentions come in version order, so one version's long run of a common key is skipped, not walked.
 */
function nextOtherVersion(list: readonly number[], items: readonly { version: string }[]): Int32Array {
  const next = new Int32Array(list.length);
  next[list.length - 1] = list.length;
  for (let k = list.length - 2; k >= 0; k--) {
    next[k] = items[list[k + 1]!]!.version !== items[list[k]!]!.version ? k + 1 : next[k + 1]!;
  }
  return next;
}
