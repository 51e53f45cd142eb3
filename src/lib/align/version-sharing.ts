import type { ScoredPair, SentenceRef } from './types.ts';

/** When two groups that both hold sentences of one version may still join. */
export interface SharingOptions {
  /** Most sentences one version may have in a group (a lede told three times). */
  maxPerVersion: number;
  /** Sentences at most this far apart in their version are parts of one statement split in two. */
  maxSplitDistance: number;
  /**
   * Sentences further apart may share a group only as a statement the version tells twice (a lede
   * repeated after the background), which needs the two groups to average at least this.
   */
  minRepeatLinkage: number;
  /** A statement told twice must have each telling linked to at least this many other versions of the group. */
  minRepeatWitnesses: number;
  /**
   * Two sentences of one version that each link at least this strongly to a different sentence of
   * another version are told apart by that version, so they never share a group.
   */
  distinctScore: number;
}

/** The members of a group, by version. */
export type PerVersion = ReadonlyMap<number, readonly number[]>;

/**
 * Decides joins that would give a version more than one sentence in a group. Such a join is right
 * for a statement split over neighbouring sentences and for one told twice; it is wrong for two
 * statements that a third version merges into one sentence. The tell is another version that keeps
 * them apart: when a near-copy matches each of the two sentences strongly, and to different
 * sentences of its own, they are two statements, whatever the merging version suggests.
 */
export function versionSharing(sentences: readonly SentenceRef[], pairs: readonly ScoredPair[], options: SharingOptions) {
  const strongTo = strongPartners(sentences, pairs, options.distinctScore);
  // Needed only for a statement told twice, which few joins ask about: built on first use.
  let partners: Set<number> | undefined;
  const linked = (a: number, b: number): boolean => partners!.has(pairCode(a, b, sentences.length));
  const toldApart = (x: number, y: number): boolean => {
    const left = strongTo.get(x);
    const right = strongTo.get(y);
    if (!left || !right) return false;
    for (const [version, partners] of left) {
      const others = right.get(version);
      if (others && ![...partners].some((partner) => others.has(partner))) return true;
    }
    return false;
  };
  const near = (xs: readonly number[], ys: readonly number[]): boolean =>
    xs.some((x) => ys.some((y) => Math.abs(sentences[x]!.position - sentences[y]!.position) <= options.maxSplitDistance));
  // How many other versions of the merged group the sentence has a scored pair with.
  const witnesses = (sentence: number, x: PerVersion, y: PerVersion): number => {
    partners ??= partnersOf(pairs, sentences.length);
    const versions = new Set<number>();
    for (const group of [x, y]) {
      for (const [version, members] of group) if (members.some((member) => linked(sentence, member))) versions.add(version);
    }
    versions.delete(sentences[sentence]!.version);
    return versions.size;
  };
  const toldTwice = (xs: readonly number[], ys: readonly number[], x: PerVersion, y: PerVersion, linkage: number): boolean =>
    linkage >= options.minRepeatLinkage && [...xs, ...ys].every((sentence) => witnesses(sentence, x, y) >= options.minRepeatWitnesses);

  return {
    /** True when groups `x` and `y`, averaging `linkage`, may join although they share a version. */
    mayShare(x: PerVersion, y: PerVersion, linkage: number): boolean {
      for (const [version, xs] of x) {
        const ys = y.get(version);
        if (!ys) continue;
        if (xs.length + ys.length > options.maxPerVersion) return false;
        if (!near(xs, ys) && !toldTwice(xs, ys, x, y, linkage)) return false;
        if (xs.some((m) => ys.some((n) => toldApart(m, n)))) return false;
      }
      return true;
    },
  };
}

/** Every scored pair, as `pairCode`s: one set of numbers, not a set per sentence. */
function partnersOf(pairs: readonly ScoredPair[], sentenceCount: number): Set<number> {
  const partners = new Set<number>();
  for (const pair of pairs) partners.add(pairCode(pair.a, pair.b, sentenceCount));
  return partners;
}

function pairCode(a: number, b: number, sentenceCount: number): number {
  return a < b ? a * sentenceCount + b : b * sentenceCount + a;
}

/** For each sentence, its strong partners by version. */
function strongPartners(
  sentences: readonly SentenceRef[],
  pairs: readonly ScoredPair[],
  minScore: number,
): Map<number, Map<number, Set<number>>> {
  const strongTo = new Map<number, Map<number, Set<number>>>();
  for (const pair of pairs) {
    if (pair.link.score < minScore) continue;
    for (const [from, to] of [
      [pair.a, pair.b],
      [pair.b, pair.a],
    ] as const) {
      const byVersion = strongTo.get(from) ?? new Map<number, Set<number>>();
      strongTo.set(from, byVersion);
      const version = sentences[to]!.version;
      byVersion.set(version, (byVersion.get(version) ?? new Set<number>()).add(to));
    }
  }
  return strongTo;
}
