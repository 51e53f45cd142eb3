import { MIN_PAIR_SCORE } from './rows.ts';
import type { ScoredPair, SentenceRef } from './types.ts';

/** When a sentence that sits in one group also carries the statement of another. */
export interface AlsoCoverOptions {
  /** Least score of the pair between the sentence and a member of the covered group. */
  minScore: number;
  /** Least share of that member's own rare content that the covering sentence carries. */
  minCover: number;
  /**
   * Least share carried when clustering had put the sentence in one group with the covered row and `rows.ts`
   * split them: the join is evidence already, so the pair's score is not asked for.
   */
  minSplitCover: number;
  /**
   * The member must be told right beside its own version's sentence in the covering sentence's group,
   * at most this many sentences apart: that version tells apart what the covering sentence merges.
   */
  maxDistance: number;
  /**
   * An article's opening sentence also covers a group, wherever it is told, when this many of the group's members
   * pair with it at `openerSupportScore` or more and one at `minScore` (`Infinity`: never).
   */
  openerSupport: number;
  /** Least score of a member's pair with the opening sentence to count towards `openerSupport`. */
  openerSupportScore: number;
}

/**
 * Measured on the development samples A, B, D, E and the three gold files (session 7): covers from split groups at a
 * carried share of 0.3 gain A +0.02, B +0.01, D +0.01, E +0.05 over none (0.2: A +0.01; 0.4: less everywhere);
 * the neighbour rule at 0.3 adds 42 links of which 31 are right (at 0.2, 54 with 32 right).
 */
export const ALSO_COVER_DEFAULTS: AlsoCoverOptions = {
  minScore: 0.3,
  minCover: 0.5,
  minSplitCover: 0.3,
  maxDistance: 1,
  openerSupport: 4,
  // The least score of the one pair that holds a row of two: a member pairing that well would make a row with it.
  openerSupportScore: MIN_PAIR_SCORE,
};

/** A sentence of another group (`member`) that also covers a group, with its strongest pair into it. */
export interface AlsoCover {
  member: number;
  pair: ScoredPair;
}

/** The share of the covered member's own rare content that the covering sentence carries. */
export const carried = (cover: AlsoCover): number => (cover.pair.a === cover.member ? cover.pair.coverB : cover.pair.coverA);

/** The pair is evidence enough: it scores `minScore`, and the covering sentence carries `minCover` of the other's content. */
const strongEnough = (cover: AlsoCover, options: AlsoCoverOptions): boolean =>
  cover.pair.link.score >= options.minScore && carried(cover) >= options.minCover;

/**
 * A row of the alignment table holds at most one sentence of a version, so a sentence that merges two
 * statements ("X, and Y" where other versions say "X." and "Y.") sits in the row of one of them. This
 * finds the other: a group with no sentence of the merging sentence's version, told right beside the
 * sentence's own group by a version that keeps the two apart, and holding a sentence the merging one
 * pairs with on its own evidence. The covered row can then show the sentence instead of a gap.
 *
 * An article's opening sentence sums up more than one statement (the news and its toll, its cause, its sequel), so
 * it also covers a group that several versions' sentences tell when enough of them pair with it (`openerSupport`),
 * wherever the group stands; the labels give an opener such a cover more often than any other sentence (74 of the
 * 275 labelled covers of the development samples are a version's first sentence).
 *
 * Returns, for each group index, the sentences of other groups that also cover it, strongest first.
 */
export function findAlsoCovers(
  sentences: readonly SentenceRef[],
  groups: readonly { members: readonly number[] }[],
  pairs: readonly ScoredPair[],
  options: AlsoCoverOptions = ALSO_COVER_DEFAULTS,
): AlsoCover[][] {
  const groupOf = new Int32Array(sentences.length).fill(-1);
  groups.forEach((group, index) => group.members.forEach((member) => (groupOf[member] = index)));
  const versionsOf = groups.map((group) => new Set(group.members.map((member) => sentences[member]!.version)));
  // The member's own version has a sentence in group `g` right beside it.
  const besideIn = (member: number, g: number): boolean =>
    groups[g]!.members.some(
      (x) =>
        sentences[x]!.version === sentences[member]!.version &&
        Math.abs(sentences[x]!.position - sentences[member]!.position) <= options.maxDistance,
    );
  // The strongest pair of each (sentence, other group), keyed `sentence:group`.
  const best = new Map<string, AlsoCover & { group: number }>();
  const consider = (member: number, other: number, pair: ScoredPair): void => {
    const group = groupOf[other]!;
    const own = groupOf[member]!;
    if (group < 0 || own < 0 || group === own || versionsOf[group]!.has(sentences[member]!.version)) return;
    if (!strongEnough({ member, pair }, options) || !besideIn(other, own)) return;
    const key = `${member}:${group}`;
    const seen = best.get(key);
    if (!seen || pair.link.score > seen.pair.link.score) best.set(key, { member, pair, group });
  };
  // An opener's pairs into each other group: how many members pair with it, and its strongest pair there.
  const opener = new Map<string, AlsoCover & { group: number; support: number }>();
  const countOpener = (member: number, other: number, pair: ScoredPair): void => {
    const group = groupOf[other]!;
    const own = groupOf[member]!;
    if (sentences[member]!.position !== 0 || pair.link.score < options.openerSupportScore) return;
    if (group < 0 || own < 0 || group === own || versionsOf[group]!.has(sentences[member]!.version)) return;
    const key = `${member}:${group}`;
    const seen = opener.get(key);
    if (!seen) opener.set(key, { member, pair, group, support: 1 });
    else {
      seen.support += 1;
      if (pair.link.score > seen.pair.link.score) seen.pair = pair;
    }
  };
  for (const pair of pairs) {
    consider(pair.a, pair.b, pair);
    consider(pair.b, pair.a, pair);
    countOpener(pair.a, pair.b, pair);
    countOpener(pair.b, pair.a, pair);
  }
  for (const [key, { member, pair, group, support }] of opener) {
    if (support >= options.openerSupport && pair.link.score >= options.minScore && !best.has(key)) best.set(key, { member, pair, group });
  }
  const covers: AlsoCover[][] = groups.map(() => []);
  for (const { member, pair, group } of best.values()) covers[group]!.push({ member, pair });
  for (const list of covers) list.sort((x, y) => y.pair.link.score - x.pair.link.score || x.member - y.member);
  return covers;
}
