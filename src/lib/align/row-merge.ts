import type { Row } from './rows.ts';
import type { ScoredPair, SentenceRef } from './types.ts';

/**
 * The mean score two rows' sentences must reach across (unscored pairs count 0) to join over a conflict. Its own tuned
 * value: it equals the strategy's bar for a group that holds one version twice far apart (`minRepeatLinkage`), where
 * too a join is made although a version is on both sides, but it was measured on its own and does not follow that
 * bar. Measured on the development samples, words only, mean link F1 (the plain run and five with scores jittered by
 * 2%): 0.2 costs B 0.639 -> 0.632 (two statements bridged by a merged sentence), 0.3 no longer joins the two rows of
 * ledes of one of H's stories.
 */
export const MIN_CONFLICT_LINKAGE = 0.25;

/**
 * Rows whose sentences tell one statement but that each hold a sentence of one version, so that clustering could
 * never join them: one of the two is a weaker sentence that joined first (a background sentence naming the place and
 * the event, taken into a row of two ledes before the other ledes formed theirs). Two such rows join when exactly one
 * version is in both (two or more versions that each put a sentence in both rows tell the two statements apart, as
 * in `version-sharing.ts`), they come from different groups of the strategy (rows split from one group were split on
 * purpose, `rows.ts`), and without that version's sentence that scores less with the rest, their sentences average
 * `minLinkage` across, each row keeps at least two sentences, and the new pairs outweigh what the evicted sentence
 * held in its row. The evicted sentence stands alone. Best joins first; on a tie the lower rows, whose order follows
 * the versions' ids, so the order of the versions in `story.yaml` never matters.
 */
export function joinConflictingRows(
  sentences: readonly SentenceRef[],
  rows: readonly Row[],
  pairs: readonly ScoredPair[],
  groupOf: (sentence: number) => number,
  minLinkage = MIN_CONFLICT_LINKAGE,
): Row[] {
  const n = sentences.length;
  const live: (Row | undefined)[] = [...rows];
  const rowOf = new Int32Array(n);
  live.forEach((row, index) => row!.members.forEach((member) => (rowOf[member] = index)));
  const version = (x: number): number => sentences[x]!.version;
  const slot = new Int32Array(n).fill(-1);
  for (let found = candidates(); found.length > 0; found = candidates()) {
    let best: (Join & { x: number; y: number }) | undefined;
    for (const { x, y, across } of found) {
      const join = plan(live[x]!, live[y]!, across);
      if (join && (!best || join.linkage > best.linkage)) best = { ...join, x, y };
    }
    if (!best) break;
    const inRow = new Set(best.members);
    const joined = [live[best.x]!, live[best.y]!];
    const covers = new Map<number, Row['covers'][number]>();
    for (const cover of joined.flatMap((row) => row.covers)) {
      if (inRow.has(cover.member) || !(inRow.has(cover.pair.a) || inRow.has(cover.pair.b))) continue;
      const before = covers.get(cover.member);
      if (!before || cover.pair.link.score > before.pair.link.score) covers.set(cover.member, cover);
    }
    live[best.x] = { members: best.members, pairs: best.pairs, covers: [...covers.values()] };
    live[best.y] = undefined;
    for (const member of best.members) rowOf[member] = best.x;
    for (const member of best.evicted) {
      rowOf[member] = live.length;
      live.push({ members: [member], pairs: [], covers: [] });
    }
  }
  return live.filter((row): row is Row => row !== undefined);

  /**
   * Pairs of rows worth a close look, with the scorer's pairs between them (the strategy's own pairs lie within its
   * groups, so pairs across rows of different groups are the scorer's). Each row keeps all its sentences but one
   * at most, so their pairs across must sum to the bar times (|x| - 1)(|y| - 1).
   */
  function candidates(): { x: number; y: number; across: ScoredPair[] }[] {
    const span = n + rows.length;
    const between = new Map<number, ScoredPair[]>();
    for (const pair of pairs) {
      const x = rowOf[pair.a]!;
      const y = rowOf[pair.b]!;
      if (x === y || live[x]!.members.length < 2 || live[y]!.members.length < 2) continue;
      const code = x < y ? x * span + y : y * span + x;
      const list = between.get(code);
      if (list) list.push(pair);
      else between.set(code, [pair]);
    }
    const found: { x: number; y: number; across: ScoredPair[] }[] = [];
    for (const [code, across] of between) {
      const [x, y] = [Math.floor(code / span), code % span];
      const xs = live[x]!.members;
      const ys = live[y]!.members;
      const versions = new Set(xs.map(version));
      const shared = ys.filter((member) => versions.has(version(member))).length;
      if (shared !== 1 || xs.length + ys.length < 5 || xs.some((m) => ys.some((k) => groupOf(m) === groupOf(k)))) continue;
      const sum = across.reduce((total, pair) => total + pair.link.score, 0);
      if (sum >= minLinkage * (xs.length - 1) * (ys.length - 1)) found.push({ x, y, across });
    }
    return found.sort((p, q) => p.x - q.x || p.y - q.y);
  }

  /** The join of two rows, the version both hold keeping the sentence that scores more with the rest. */
  function plan(x: Row, y: Row, across: readonly ScoredPair[]): Join | undefined {
    // The rows' pairs and the pairs across are three disjoint sets: scores go into a small matrix of their members.
    const members = [...x.members, ...y.members];
    members.forEach((member, k) => (slot[member] = k));
    const m = members.length;
    const matrix = new Float64Array(m * m);
    const all = [...across, ...x.pairs, ...y.pairs];
    for (const pair of all) {
      const [a, b] = [slot[pair.a]!, slot[pair.b]!];
      if (a >= 0 && b >= 0) matrix[a * m + b] = matrix[b * m + a] = pair.link.score;
    }
    const score = (a: number, b: number): number => matrix[slot[a]! * m + slot[b]!]!;
    const join = decide(x, y, all, score);
    for (const member of members) slot[member] = -1;
    return join;
  }

  function decide(x: Row, y: Row, all: readonly ScoredPair[], score: (a: number, b: number) => number): Join | undefined {
    const ys = new Map(y.members.map((member) => [version(member), member]));
    const shared = x.members.filter((member) => ys.has(version(member)));
    const left = x.members.filter((member) => !ys.has(version(member)));
    const right = y.members.filter((member) => !shared.some((other) => version(other) === version(member)));
    const evicted: number[] = [];
    const plain = [...left, ...right];
    for (const a of shared) {
      const b = ys.get(version(a))!;
      const withA = plain.reduce((sum, member) => sum + score(a, member), 0);
      const withB = plain.reduce((sum, member) => sum + score(b, member), 0);
      if (withA > withB || (withA === withB && a < b)) {
        left.push(a);
        evicted.push(b);
      } else {
        right.push(b);
        evicted.push(a);
      }
    }
    if (left.length < 2 || right.length < 2) return undefined;
    let sumAcross = 0;
    for (const a of left) for (const b of right) sumAcross += score(a, b);
    const linkage = sumAcross / (left.length * right.length);
    if (linkage < minLinkage) return undefined;
    const inRow = new Set([...left, ...right]);
    const kept = all.filter((pair) => inRow.has(pair.a) && inRow.has(pair.b)).sort((p, q) => p.a - q.a || p.b - q.b);
    const total = (list: readonly ScoredPair[]): number => list.reduce((sum, pair) => sum + pair.link.score, 0);
    // The new pairs must outweigh what the evicted sentences held in their rows.
    if (total(kept) - total(x.pairs) - total(y.pairs) <= 1e-9) return undefined;
    return { members: [...inRow].sort((p, q) => p - q), evicted, linkage, pairs: kept };
  }
}

interface Join {
  members: number[];
  evicted: number[];
  linkage: number;
  pairs: ScoredPair[];
}
