/** Union-find over item indices: the connected components of a set of links. */
export class Clusters {
  private readonly parent: number[];

  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, i) => i);
  }

  find(i: number): number {
    let root = i;
    while (this.parent[root] !== root) root = this.parent[root]!;
    while (this.parent[i] !== root) {
      const next = this.parent[i]!;
      this.parent[i] = root;
      i = next;
    }
    return root;
  }

  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    // The smaller index wins, so components do not depend on the order links arrive in.
    if (ra < rb) this.parent[rb] = ra;
    else if (rb < ra) this.parent[ra] = rb;
  }

  /** Components as lists of indices, each sorted, ordered by their first index. */
  groups(): number[][] {
    const byRoot = new Map<number, number[]>();
    for (let i = 0; i < this.parent.length; i++) {
      const root = this.find(i);
      const list = byRoot.get(root);
      if (list) list.push(i);
      else byRoot.set(root, [i]);
    }
    return [...byRoot.values()];
  }
}

/**
 * Links items of different versions one to one: among the candidate pairs of each pair of versions,
 * the best-scoring ones above `threshold`, greedily, so `in March` in one outlet pairs with one date
 * of the other, not with every date of an aligned sentence.
 */
export function linkOneToOne<T extends { version: string }>(
  items: readonly T[],
  candidates: readonly (readonly [number, number])[],
  score: (a: T, b: T) => number,
  threshold: number,
  clusters: Clusters,
): void {
  const byVersions = new Map<string, { a: number; b: number; value: number }[]>();
  for (const [i, j] of candidates) {
    const [a, b] = items[i]!.version < items[j]!.version ? [i, j] : [j, i];
    if (items[a]!.version === items[b]!.version) continue;
    const value = score(items[a]!, items[b]!);
    if (value < threshold) continue;
    const key = `${items[a]!.version}\u0000${items[b]!.version}`;
    const list = byVersions.get(key) ?? [];
    list.push({ a, b, value });
    byVersions.set(key, list);
  }
  for (const key of [...byVersions.keys()].sort()) {
    const scored = byVersions.get(key)!.sort((p, q) => q.value - p.value || p.a - q.a || p.b - q.b);
    const usedA = new Set<number>();
    const usedB = new Set<number>();
    for (const { a, b } of scored) {
      if (usedA.has(a) || usedB.has(b)) continue;
      usedA.add(a);
      usedB.add(b);
      clusters.union(a, b);
    }
  }
}
