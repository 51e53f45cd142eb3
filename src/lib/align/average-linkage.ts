import { MaxHeap } from '../language/max-heap.ts';
import type { ScoredPair, SentenceRef } from './types.ts';
import { versionSharing, type SharingOptions } from './version-sharing.ts';

export interface ClusterOptions extends SharingOptions {
  /** Two groups join while the mean score over their cross-version sentence pairs is at least this. */
  minLinkage: number;
  /**
   * Joining groups that both hold sentences of one version needs this mean instead: the bar is
   * higher because such a join also pairs each part with the other part's counterparts.
   */
  minSharingLinkage: number;
}

/** Groups of sentence indexes, each with the scored pairs inside it. */
export interface Clusters {
  groups: { members: number[]; pairs: ScoredPair[] }[];
  /** The group (its first sentence's index) of every sentence. */
  groupOf: number[];
}

/** What two groups have between them: the sum of their pair scores and how many pairs are anchors. */
interface Evidence {
  sum: number;
  anchors: number;
}

/** Evidence between groups, kept per group (by id) for each neighbour, in the order neighbours arrived. */
type Between = (Map<number, Evidence> | undefined)[];

interface Group {
  id: number;
  members: number[];
  /** Sentences per version. */
  perVersion: Map<number, number[]>;
  /** Bumped on every change, so heap entries about an older state can be recognised and dropped. */
  stamp: number;
}

/**
 * Average-linkage clustering: the two groups whose sentences are, on average, most alike join first,
 * and joining stops below `minLinkage`. Averaging over every cross-version pair (unscored pairs count
 * 0) lets a weak paraphrase join a group that several of its members vouch for, while a sentence that
 * shares a little with two statements (a merged sentence) cannot weld them together. Groups join
 * only across an anchor (see `anchorPairs`), and a join that gives a version a second sentence is
 * checked by `versionSharing`. Ties fall to the lowest sentence indexes, so the version order of
 * the input never matters.
 */
export function averageLinkage(sentences: readonly SentenceRef[], pairs: readonly ScoredPair[], options: ClusterOptions): Clusters {
  // Groups and their rows by id (a sentence index): arrays, as every step looks them up.
  const groups: (Group | undefined)[] = [];
  const groupOf: number[] = [];
  for (const ref of sentences) {
    groups[ref.index] = { id: ref.index, members: [ref.index], perVersion: new Map([[ref.version, [ref.index]]]), stamp: 0 };
    groupOf.push(ref.index);
  }
  const sums: Between = Array.from(sentences, () => undefined);
  // The groups with a row, in the order their first pair came: the order pairs are first considered in.
  const rowOrder: number[] = [];
  const rowOf = (id: number): Map<number, Evidence> => {
    let row = sums[id];
    if (!row) {
      sums[id] = row = new Map();
      rowOrder.push(id);
    }
    return row;
  };
  const anchors = anchorPairs(sentences, pairs);
  for (const [index, pair] of pairs.entries()) {
    // One object in both rows: the evidence between two groups is symmetric, and merges update it in place.
    // A thin pair (one shared word and nothing else) counts towards the average but is never an anchor.
    const evidence = { sum: pair.link.score, anchors: pair.thin ? 0 : anchors[index]! };
    rowOf(pair.a).set(pair.b, evidence);
    rowOf(pair.b).set(pair.a, evidence);
  }
  const sharing = versionSharing(sentences, pairs, options);

  const heap = new MaxHeap<{ x: number; y: number; sx: number; sy: number }>();
  const consider = (x: Group, y: Group): void => {
    const evidence = sums[x.id]?.get(y.id);
    if (!evidence || evidence.anchors === 0) return;
    const linkage = linkageOf(x, y, evidence.sum);
    const shared = sharesVersion(x, y);
    if (linkage < (shared ? options.minSharingLinkage : options.minLinkage)) return;
    if (shared && !sharing.mayShare(x.perVersion, y.perVersion, linkage)) return;
    const [first, second] = x.id < y.id ? [x, y] : [y, x];
    heap.push(linkage, Math.min(first.members[0]!, second.members[0]!), { x: first.id, y: second.id, sx: first.stamp, sy: second.stamp });
  };
  for (const id of rowOrder) for (const other of sums[id]!.keys()) if (id < other) consider(groups[id]!, groups[other]!);

  for (let entry = heap.pop(); entry; entry = heap.pop()) {
    const x = groups[entry.x];
    const y = groups[entry.y];
    if (!x || !y || x.stamp !== entry.sx || y.stamp !== entry.sy) continue;
    merge(x, y, groups, groupOf, sums);
    for (const other of sums[x.id]?.keys() ?? []) consider(x, groups[other]!);
  }
  const within = pairsByGroup(pairs, groupOf);
  const remaining = groups.filter((group): group is Group => group !== undefined);
  return { groups: remaining.map((group) => ({ members: group.members, pairs: within.get(group.id) ?? [] })), groupOf };
}

/**
 * Anchors: pairs in which one sentence is the other's best match in its version. Groups join only
 * across an anchor, so a sentence that is merely somewhat like every member of a group (a personal
 * aside that names the same pier) does not drift into it. Returns 1 for each anchor, by pair index.
 */
function anchorPairs(sentences: readonly SentenceRef[], pairs: readonly ScoredPair[]): Uint8Array {
  const versions = 1 + sentences.reduce((most, ref) => Math.max(most, ref.version), 0);
  // best[sentence * versions + version]: the sentence's best score against that version.
  const best = new Float64Array(sentences.length * versions).fill(-1);
  const slot = (sentence: number, other: number): number => sentence * versions + sentences[other]!.version;
  for (const pair of pairs) {
    const score = pair.link.score;
    const fromA = slot(pair.a, pair.b);
    const fromB = slot(pair.b, pair.a);
    if (best[fromA]! < score) best[fromA] = score;
    if (best[fromB]! < score) best[fromB] = score;
  }
  const anchors = new Uint8Array(pairs.length);
  pairs.forEach((pair, index) => {
    if (best[slot(pair.a, pair.b)] === pair.link.score || best[slot(pair.b, pair.a)] === pair.link.score) anchors[index] = 1;
  });
  return anchors;
}

function linkageOf(x: Group, y: Group, sum: number): number {
  let crossPairs = x.members.length * y.members.length;
  for (const [version, list] of x.perVersion) crossPairs -= list.length * (y.perVersion.get(version)?.length ?? 0);
  return crossPairs > 0 ? sum / crossPairs : 0;
}

function sharesVersion(x: Group, y: Group): boolean {
  for (const version of x.perVersion.keys()) if (y.perVersion.has(version)) return true;
  return false;
}

function merge(x: Group, y: Group, groups: (Group | undefined)[], groupOf: number[], sums: Between): void {
  for (const member of y.members) groupOf[member] = x.id;
  x.members.push(...y.members);
  for (const [version, list] of y.perVersion) x.perVersion.set(version, [...(x.perVersion.get(version) ?? []), ...list]);
  x.stamp++;
  groups[y.id] = undefined;
  const rowX = sums[x.id] ?? new Map<number, Evidence>();
  for (const [other, value] of sums[y.id] ?? []) {
    sums[other]!.delete(y.id);
    if (other === x.id) continue;
    const before = rowX.get(other);
    if (before) {
      before.sum += value.sum;
      before.anchors += value.anchors;
    } else {
      const after = { sum: value.sum, anchors: value.anchors };
      rowX.set(other, after);
      sums[other]!.set(x.id, after);
    }
  }
  rowX.delete(y.id);
  sums[x.id] = rowX;
  sums[y.id] = undefined;
}

function pairsByGroup(pairs: readonly ScoredPair[], groupOf: readonly number[]): Map<number, ScoredPair[]> {
  const byGroup = new Map<number, ScoredPair[]>();
  for (const pair of pairs) {
    const group = groupOf[pair.a]!;
    if (group !== groupOf[pair.b]) continue;
    const list = byGroup.get(group);
    if (list) list.push(pair);
    else byGroup.set(group, [pair]);
  }
  return byGroup;
}
