/**
 * Cross-version sentence alignment: which sentences of a story's versions carry the same
 * information. A scorer proposes and scores sentence pairs from evidence a reader can check (rare
 * shared words, names, numbers, quotes); a strategy turns the scored pairs into groups in which
 * every sentence appears exactly once. Both are pluggable through `AlignOptions`.
 */
import type { SentenceVectors } from '../embed/vectors.ts';
import { ALSO_COVER_DEFAULTS, carried, findAlsoCovers, type AlsoCoverOptions } from './also-covers.ts';
import { LINKAGE_STRATEGY_DEFAULTS, linkageStrategy } from './linkage-strategy.ts';
import { rarityScorer } from './rarity-scorer.ts';
import { SEMANTIC_NUMBER_WEIGHT, semanticScorer, type SemanticOptions } from './semantic.ts';
import { findNearLinks, NEAR_LINK_SCORE } from './near-links.ts';
import { numberGroups } from './reading-order.ts';
import { COPY_SCORE, dropWeakMembers, MIN_PAIR_SCORE, splitIntoRows } from './rows.ts';
import { joinConflictingRows, MIN_CONFLICT_LINKAGE } from './row-merge.ts';
import type { AlignInputVersion, AlignmentGroup, AlignmentResult, AlignmentStrategy, LinkScorer, SentenceRef } from './types.ts';

export type {
  AlignInputVersion,
  AlignmentGroup,
  AlsoCoveredLink,
  AlignmentLimits,
  AlignmentLink,
  AlignmentResult,
  AlignmentStrategy,
  LinkScorer,
  ScoredPair,
  SentenceRef,
} from './types.ts';
export { ALSO_COVER_DEFAULTS, type AlsoCoverOptions } from './also-covers.ts';
export { NEAR_LINK_SCORE } from './near-links.ts';
export { linkageStrategy, LINKAGE_STRATEGY_DEFAULTS, type LinkageStrategyOptions } from './linkage-strategy.ts';
export { rarityScorer, RARITY_SCORER_DEFAULTS, type RarityScorerOptions } from './rarity-scorer.ts';
export { semanticScorer, SEMANTIC_DEFAULTS, type SemanticOptions } from './semantic.ts';

export interface AlignOptions {
  /**
   * Sentence vectors (`src/lib/embed/`): semantic evidence beside the lexical one. Absent, alignment
   * reads words only (the fallback, e.g. in a browser). Ignored when `scorer` is given.
   */
  vectors?: SentenceVectors | undefined;
  /** Overrides of the semantic scorer's thresholds (`SEMANTIC_DEFAULTS`). */
  semantic?: Partial<SemanticOptions> | undefined;
  /**
   * Proposes and scores candidate pairs. When absent: `rarityScorer()`, or with `vectors`
   * `semanticScorer(rarityScorer({ numberWeight: SEMANTIC_NUMBER_WEIGHT }), vectors)`.
   */
  scorer?: LinkScorer | undefined;
  /** Groups the scored pairs; `linkageStrategy()` when absent. */
  strategy?: AlignmentStrategy | undefined;
  /**
   * Most sentence pairs to score. 250,000 covers 20 versions of 100 sentences with room to spare and
   * takes well under a second; beyond it the rarest shared words still align (see `limits`).
   */
  maxPairs?: number | undefined;
  /**
   * Links from a sentence that merges two statements to the group of the one it does not sit in
   * (`also-covers.ts`); `false` leaves them out. Defaults: `ALSO_COVER_DEFAULTS`.
   */
  alsoCovers?: Partial<AlsoCoverOptions> | false | undefined;
  /**
   * Rows of the table hold at most one sentence of a version (`rows.ts`): sentences of one version more than
   * this far apart in a group are a statement told twice, nearer ones its halves. `false` keeps the groups
   * as the strategy made them. Default 2 (1 cost A 0.713 -> 0.704, the other samples and the gold files unchanged).
   */
  maxSplitDistance?: number | false | undefined;
  /**
   * Of a statement one version tells twice, a member that scores this with the other telling, and more than with the
   * one that keeps the row, goes with the other telling (`rows.ts`). Default: `COPY_SCORE` (0.65).
   */
  copyScore?: number | undefined;
  /**
   * A member of a row whose mean score with the row's other members falls below this leaves it (`rows.ts`,
   * `dropWeakMembers`); `false` keeps every member. Default: the linkage strategy's join threshold (0.1). Measured on
   * the development samples: D 0.543 -> 0.552, A, B, E and the gold files unchanged (with vectors B 0.617 -> 0.624); a
   * higher floor trades the seed's weak paraphrases for the samples' weak joins (0.12: A +0.004, B +0.003, D +0.017,
   * E +0.009, seed 0.760 -> 0.719).
   */
  minMemberLinkage?: number | false | undefined;
  /**
   * The one pair that holds a row of two must score this, or both sentences stand alone (`rows.ts`, `MIN_PAIR_SCORE`);
   * `false` keeps every row of two. Default: `MIN_PAIR_SCORE` (0.175) on words alone; `false` beside sentence
   * vectors, whose meaning-only pairs score at most 0.2 by design (with vectors the floor moved D 0.591 -> 0.587 and
   * the seed 0.681 -> 0.674 for E 0.696 -> 0.708, G 0.659 -> 0.665).
   */
  minPairScore?: number | false | undefined;
  /**
   * Two rows from different groups of the strategy that each hold a sentence of one version join when, without the
   * weaker of the two, they average this across (`row-merge.ts`); `false` never joins them. Default:
   * `MIN_CONFLICT_LINKAGE` (0.25).
   */
  conflictLinkage?: number | false | undefined;
  /**
   * Least score of a near link: a pair of sentences, each the other's best match, that the rows put apart
   * (`near-links.ts`, `AlignmentGroup.nearLinks`); `false` finds none. Default: `NEAR_LINK_SCORE` (0.15) on words
   * alone; `false` beside sentence vectors (with vectors, at c2056c6: E +1 must-see, but A and G -1 must-see each and a
   * wrong flag on G).
   */
  nearLinks?: number | false | undefined;
}

export const DEFAULT_MAX_PAIRS = 250_000;

/** Groups, with a report of the pair budget, for callers that show when alignment was cut short. */
export function alignStoryWithLimits(versions: readonly AlignInputVersion[], options: AlignOptions = {}): AlignmentResult {
  const sentences = orderedSentences(versions);
  const scorer =
    options.scorer ??
    (options.vectors
      ? semanticScorer(rarityScorer({ numberWeight: SEMANTIC_NUMBER_WEIGHT }), options.vectors, options.semantic)
      : rarityScorer());
  const strategy = options.strategy ?? linkageStrategy();
  const { pairs, limits } = scorer.score(sentences, options.maxPairs ?? DEFAULT_MAX_PAIRS);
  const groups = strategy.group(sentences, pairs);
  const split =
    options.maxSplitDistance === false
      ? groups.map((group) => ({ ...group, covers: [] }))
      : splitIntoRows(sentences, groups, pairs, options.maxSplitDistance ?? 2, options.copyScore ?? COPY_SCORE);
  const minMean = options.minMemberLinkage ?? LINKAGE_STRATEGY_DEFAULTS.minLinkage;
  const minPair = options.minPairScore ?? (options.vectors ? false : MIN_PAIR_SCORE);
  const dropped = minMean === false ? split : dropWeakMembers(split, minMean, minPair === false ? 0 : minPair);
  const groupOf = new Int32Array(sentences.length);
  groups.forEach((group, index) => group.members.forEach((member) => (groupOf[member] = index)));
  const conflictLinkage = options.conflictLinkage ?? MIN_CONFLICT_LINKAGE;
  const rows = conflictLinkage === false ? dropped : joinConflictingRows(sentences, dropped, pairs, (x) => groupOf[x]!, conflictLinkage);
  const coverOptions = { ...ALSO_COVER_DEFAULTS, ...(options.alsoCovers || {}) };
  const found = options.alsoCovers === false ? [] : findAlsoCovers(sentences, rows, pairs, coverOptions);
  const covered = rows.map((row, index) => {
    const split = options.alsoCovers === false ? [] : row.covers.filter((cover) => carried(cover) >= coverOptions.minSplitCover);
    const extra = (found[index] ?? []).filter((cover) => !split.some((own) => own.member === cover.member));
    return { ...row, covers: [...split, ...extra].sort((x, y) => y.pair.link.score - x.pair.link.score || x.member - y.member) };
  });
  const numbered = numberGroups(sentences, covered);
  const nearMin = options.nearLinks ?? (options.vectors ? false : NEAR_LINK_SCORE);
  if (nearMin === false) return { groups: numbered, limits };
  const near = findNearLinks(sentences, numbered, pairs, nearMin);
  return { groups: numbered.map((group) => (near.has(group.id) ? { ...group, nearLinks: near.get(group.id)! } : group)), limits };
}

/** Groups of corresponding sentences across all versions; every sentence is in exactly one group. */
export function alignStory(versions: readonly AlignInputVersion[], options: AlignOptions = {}): AlignmentGroup[] {
  return alignStoryWithLimits(versions, options).groups;
}

/** Versions in id order, whatever order the manifest lists them in, so the result never depends on it. */
function orderedSentences(versions: readonly AlignInputVersion[]): SentenceRef[] {
  const sorted = [...versions].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  const refs: SentenceRef[] = [];
  sorted.forEach((version, versionIndex) => {
    version.sentences.forEach((sentence, position) => {
      refs.push({ sentence, version: versionIndex, position, index: refs.length });
    });
  });
  return refs;
}
