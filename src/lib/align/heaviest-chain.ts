/** A sentence pair of two versions as positions in each, with its score. */
export interface ChainPoint {
  a: number;
  b: number;
  score: number;
}

/**
 * The chain of points increasing in both positions with the greatest total score: what two versions
 * tell in the same order. A weighted longest increasing subsequence in O(n log n): points in order of
 * `a` (equal `a` by falling `b`, so two points of one row never chain), each extending the best chain
 * that ends at a smaller `b`, found with a Fenwick tree of prefix maxima over `b`. Ties keep the
 * earlier chain, so the result is deterministic.
 */
export function heaviestChain(points: readonly ChainPoint[]): ChainPoint[] {
  if (points.length === 0) return [];
  const sorted = [...points].sort((x, y) => x.a - y.a || y.b - x.b);
  const size = sorted.reduce((most, point) => Math.max(most, point.b), 0) + 2;
  const treeValue = new Float64Array(size + 1);
  const treeIndex = new Int32Array(size + 1).fill(-1);
  const total = new Float64Array(sorted.length);
  const back = new Int32Array(sorted.length).fill(-1);
  let end = 0;
  sorted.forEach((point, i) => {
    // Best chain over b' < b: Fenwick slots are 1-based, so b' lives at b' + 1 and the query is up to b.
    let best = 0;
    let bestIndex = -1;
    for (let slot = point.b; slot > 0; slot -= slot & -slot) {
      if (treeIndex[slot]! >= 0 && treeValue[slot]! > best) {
        best = treeValue[slot]!;
        bestIndex = treeIndex[slot]!;
      }
    }
    total[i] = best + point.score;
    back[i] = bestIndex;
    for (let slot = point.b + 1; slot <= size; slot += slot & -slot) {
      if (treeIndex[slot]! < 0 || total[i]! > treeValue[slot]!) {
        treeValue[slot] = total[i]!;
        treeIndex[slot] = i;
      }
    }
    if (total[i]! > total[end]!) end = i;
  });
  const chain: ChainPoint[] = [];
  for (let i = end; i >= 0; i = back[i]!) chain.unshift(sorted[i]!);
  return chain;
}
