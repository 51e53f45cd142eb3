import { heaviestChain, type ChainPoint } from './heaviest-chain.ts';
import type { ScoredPair, SentenceRef } from './types.ts';

export interface OrderContextOptions {
  /** Added to the score of a pair that sits in the same small gap between two shared anchors. */
  gapBonus: number;
  /** A gap is small when neither version has more than this many unaligned sentences in it. */
  maxGapSentences: number;
}

interface Box {
  from: ChainPoint;
  to: ChainPoint;
}

const START: ChainPoint = { a: -1, b: -1, score: 0 };

/**
 * Order as evidence, as collation tools use it. For two versions, the pairs a first grouping put
 * together form anchors; the heaviest chain of anchors that keeps its order in both versions marks
 * what they tell in the same order. Between two consecutive anchors, a sentence of each version that
 * is aligned nowhere else is likely the other's counterpart (or the rest of a statement split next to
 * an anchor), so a pair there with weak but positive word evidence gets `gapBonus`, and the evidence
 * says where. Only small gaps count: in a long one, position says little. The start of the articles
 * is an anchor (both lead with the news); their ends are not, since rewrites end on their own
 * commentary. Returns the pairs with bonuses applied; `groupOf` is the first grouping.
 */
export function withOrderContext(
  sentences: readonly SentenceRef[],
  pairs: readonly ScoredPair[],
  groupOf: readonly number[],
  options: OrderContextOptions,
): ScoredPair[] {
  const boosted = new Map<ScoredPair, string>();
  for (const list of byVersionPair(sentences, pairs).values()) {
    for (const [pair, where] of placesInSmallGaps(list, sentences, groupOf, options.maxGapSentences)) boosted.set(pair, where);
  }
  return pairs.map((pair) => {
    const where = boosted.get(pair);
    if (where === undefined) return pair;
    const score = Math.min(1, Math.round((pair.link.score + options.gapBonus) * 1000) / 1000);
    return { ...pair, link: { ...pair.link, score, evidence: [...pair.link.evidence, where] } };
  });
}

/** For the pairs of two versions, those in a small gap between anchors, with where they sit. */
function placesInSmallGaps(
  list: readonly ScoredPair[],
  sentences: readonly SentenceRef[],
  groupOf: readonly number[],
  maxGap: number,
): Map<ScoredPair, string> {
  const points = new Map(
    list.map((pair) => [pair, { a: sentences[pair.a]!.position, b: sentences[pair.b]!.position, score: pair.link.score }]),
  );
  const linked = list.filter((pair) => groupOf[pair.a] === groupOf[pair.b]).map((pair) => points.get(pair)!);
  let sizeA = 0;
  let sizeB = 0;
  for (const p of points.values()) [sizeA, sizeB] = [Math.max(sizeA, p.a + 1), Math.max(sizeB, p.b + 1)];
  const sides = {
    a: gapSide(
      linked.map((p) => p.a),
      sizeA,
    ),
    b: gapSide(
      linked.map((p) => p.b),
      sizeB,
    ),
  };
  const chain = [START, ...heaviestChain(linked)];
  const idAt = positionIds(list, sentences);
  const places = new Map<ScoredPair, string>();
  for (const [pair, p] of points) {
    if (groupOf[pair.a] === groupOf[pair.b]) continue;
    const box = boxOf(chain, p);
    if (box && inSmallGap(p, box, sides, maxGap)) places.set(pair, `same place: ${whereIn(box, p, idAt)}`);
  }
  return places;
}

/** The aligned positions of one version of a pair, and how many unaligned ones lie strictly between two positions. */
interface GapSide {
  aligned: ReadonlySet<number>;
  unalignedBetween(from: number, to: number): number;
}

function gapSide(positions: readonly number[], size: number): GapSide {
  const aligned = new Set(positions);
  // alignedBefore[k]: aligned positions below k, so a gap's count is one subtraction.
  const alignedBefore = new Int32Array(size + 1);
  for (let position = 0; position < size; position++)
    alignedBefore[position + 1] = alignedBefore[position]! + (aligned.has(position) ? 1 : 0);
  return {
    aligned,
    unalignedBetween: (from, to) => to - from - 1 - (alignedBefore[to]! - alignedBefore[from + 1]!),
  };
}

/** The pair is between the box's anchors, and each of its sentences is unaligned or one of those anchors. */
function inSmallGap(p: ChainPoint, box: Box, sides: { a: GapSide; b: GapSide }, maxGap: number): boolean {
  const anchorRowA = p.a === box.from.a || p.a === box.to.a;
  const anchorRowB = p.b === box.from.b || p.b === box.to.b;
  if (anchorRowA && anchorRowB) return false;
  if (!(anchorRowA || !sides.a.aligned.has(p.a)) || !(anchorRowB || !sides.b.aligned.has(p.b))) return false;
  return sides.a.unalignedBetween(box.from.a, box.to.a) <= maxGap && sides.b.unalignedBetween(box.from.b, box.to.b) <= maxGap;
}

/** Where the pair sits, in words a reader can check against both articles. */
function whereIn(box: Box, p: ChainPoint, idAt: { a: ReadonlyMap<number, string>; b: ReadonlyMap<number, string> }): string {
  const anchor = (point: ChainPoint): string => (point === START ? 'the start' : `${idAt.a.get(point.a)} / ${idAt.b.get(point.b)}`);
  // One sentence may be an anchor itself, the other then lying next to that anchor's counterpart.
  for (const [end, word] of [
    [box.from, 'follows'],
    [box.to, 'precedes'],
  ] as const) {
    if (end === START) continue;
    if (p.a === end.a) return `${idAt.b.get(p.b)} ${word} ${idAt.b.get(end.b)}, which aligns with ${idAt.a.get(p.a)}`;
    if (p.b === end.b) return `${idAt.a.get(p.a)} ${word} ${idAt.a.get(end.a)}, which aligns with ${idAt.b.get(p.b)}`;
  }
  return `both between ${anchor(box.from)} and ${anchor(box.to)}`;
}

/** The closed box between consecutive chain anchors that holds the point; none past the last anchor. */
function boxOf(chain: readonly ChainPoint[], p: ChainPoint): Box | undefined {
  // The chain increases in both coordinates: find the last anchor at or before p.a, then try the box
  // it opens and, when p sits on that anchor's row, the box it closes.
  let low = 0;
  let high = chain.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (chain[middle]!.a <= p.a) low = middle;
    else high = middle - 1;
  }
  for (const start of [low, low - 1]) {
    const from = chain[start];
    const to = chain[start + 1];
    if (from && to && p.a >= from.a && p.a <= to.a && p.b >= from.b && p.b <= to.b) return { from, to };
  }
  return undefined;
}

function byVersionPair(sentences: readonly SentenceRef[], pairs: readonly ScoredPair[]): Map<string, ScoredPair[]> {
  const groups = new Map<string, ScoredPair[]>();
  for (const pair of pairs) {
    const key = `${sentences[pair.a]!.version}:${sentences[pair.b]!.version}`;
    const list = groups.get(key);
    if (list) list.push(pair);
    else groups.set(key, [pair]);
  }
  return groups;
}

/** Sentence ids by position, for the evidence text, of the two versions of a version pair. */
function positionIds(list: readonly ScoredPair[], sentences: readonly SentenceRef[]): { a: Map<number, string>; b: Map<number, string> } {
  const a = new Map<number, string>();
  const b = new Map<number, string>();
  for (const pair of list) {
    a.set(sentences[pair.a]!.position, sentences[pair.a]!.sentence.id);
    b.set(sentences[pair.b]!.position, sentences[pair.b]!.sentence.id);
  }
  return { a, b };
}
