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
 * of the other, not with every date of an aligned sentence. With `sameValue`, a link that would put
 * two different values of one version in one cluster is refused: an outlet naming Jan. 5 and
 * Sept. 29 names two days, however the links of other versions chain them.
 */
export function linkOneToOne<T extends { version: string }>(
  items: readonly T[],
  candidates: readonly (readonly [number, number])[],
  score: (a: T, b: T) => number,
  threshold: number,
  clusters: Clusters,
  sameValue?: (a: T, b: T) => boolean,
): void {
  // Members of each cluster, so that a link never joins two different values of one version.
  const members = new Map<number, number[]>();
  const membersOf = (i: number): number[] => members.get(clusters.find(i)) ?? [i];
  const joinable = (a: number, b: number): boolean => {
    if (!sameValue) return true;
    const left = membersOf(a);
    const right = membersOf(b);
    if (left === right || clusters.find(a) === clusters.find(b)) return true;
    return left.every((x) => right.every((y) => items[x]!.version !== items[y]!.version || sameValue(items[x]!, items[y]!)));
  };
  const join = (a: number, b: number): void => {
    if (clusters.find(a) === clusters.find(b)) return;
    const merged = [...membersOf(a), ...membersOf(b)];
    members.delete(clusters.find(a));
    members.delete(clusters.find(b));
    clusters.union(a, b);
    members.set(clusters.find(a), merged);
  };
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
      if (usedA.has(a) || usedB.has(b) || !joinable(a, b)) continue;
      usedA.add(a);
      usedB.add(b);
      join(a, b);
    }
  }
}
