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
 * Links items of different versions one to one: for each pair of versions, the best-scoring pairs
 * above `threshold`, greedily, so `in March` in one outlet pairs with one date of the other, not
 * with every date of an aligned sentence.
 */
export function linkOneToOne<T extends { version: string }>(
  items: readonly T[],
  score: (a: T, b: T) => number,
  threshold: number,
  clusters: Clusters,
): void {
  const versions = [...new Set(items.map((item) => item.version))].sort();
  for (let x = 0; x < versions.length; x++) {
    for (let y = x + 1; y < versions.length; y++) {
      const left = indicesOf(items, versions[x]!);
      const right = indicesOf(items, versions[y]!);
      const scored: { a: number; b: number; value: number }[] = [];
      for (const a of left) {
        for (const b of right) {
          const value = score(items[a]!, items[b]!);
          if (value >= threshold) scored.push({ a, b, value });
        }
      }
      scored.sort((p, q) => q.value - p.value || p.a - q.a || p.b - q.b);
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
}

function indicesOf<T extends { version: string }>(items: readonly T[], version: string): number[] {
  const indices: number[] = [];
  items.forEach((item, index) => {
    if (item.version === version) indices.push(index);
  });
  return indices;
}
