import type { Sentence } from '../types.ts';

/** A scored correspondence between two sentences of different versions. */
export interface AlignmentLink {
  /** Sentence ids, `a` before `b` in the aligner's version order. */
  a: string;
  b: string;
  /** 0..1: how much rare content the two sentences share (see `rarity-scorer.ts`). */
  score: number;
  /** What a reader can check, e.g. `shared rare words: nduhungirehe, rubio`, `same number: 700`. */
  evidence: string[];
}

/** Sentences of different versions that carry the same information; every sentence is in exactly one. */
export interface AlignmentGroup {
  /** `g-<n>`, numbered in reading order (see `reading-order.ts`). */
  id: string;
  /** Sentence ids, by version (in id order) then position. */
  sentences: string[];
  /** The links that joined this group, strongest first. */
  links: AlignmentLink[];
  /**
   * Sentences of other groups that also carry this group's statement (each merges it with the statement
   * of its own group), strongest first; absent when there are none. See `also-covers.ts`.
   */
  alsoCoveredBy?: AlsoCoveredLink[];
  /**
   * Scored links from this group's members to sentences of other groups that lost their row: each sentence is the
   * other's best match in its version, but a rival took the row or the clustering kept the groups apart
   * (`near-links.ts`). Not part of the row; the facts stage reads them as a weaker correspondence. Strongest first;
   * absent when there are none.
   */
  nearLinks?: AlignmentLink[];
}

/** A sentence that sits in another group and also covers this one, with the pair that shows it. */
export interface AlsoCoveredLink {
  /** The covering sentence's id. */
  sentence: string;
  /** The id of the group it sits in. */
  group: string;
  /** The link between the covering sentence and this group's member it matches best. */
  link: AlignmentLink;
}

/** One version's sentences, as the aligner reads them. */
export interface AlignInputVersion {
  id: string;
  sentences: readonly Sentence[];
}

/** How much of the candidate-pair work was done; a story over budget is aligned on its rarest words only. */
export interface AlignmentLimits {
  /** Sentence pairs the scorer may consider (`maxPairs`). */
  maxPairs: number;
  /** Sentence pairs actually scored. */
  pairsScored: number;
  /** True when the budget ran out and commoner shared words were not used to find candidates. */
  capped: boolean;
  /** Human note for the page when capped, e.g. `alignment used only words rarer than …`. */
  note?: string | undefined;
}

export interface AlignmentResult {
  groups: AlignmentGroup[];
  limits: AlignmentLimits;
}

/** A sentence with its place in the story, the unit scorers and strategies work on. */
export interface SentenceRef {
  sentence: Sentence;
  /** Index of its version in the aligner's (sorted) version order. */
  version: number;
  /** 0-based position within its version. */
  position: number;
  /** Index in the story-wide list of sentences. */
  index: number;
}

/** A candidate pair with everything a strategy may weigh; `link` is what the model keeps. */
export interface ScoredPair {
  /** Story-wide sentence indexes, `a < b`. */
  a: number;
  b: number;
  link: AlignmentLink;
  /** Share of each sentence's own rare content that the other one carries (0..1). */
  coverA: number;
  coverB: number;
  /**
   * The pair shares a single key (a year not counted) and no quotation: it counts in a group's
   * average but never anchors a join on its own. Absent means false.
   */
  thin?: boolean;
  /** The pair shares names and nothing else: no content word, number or quotation. Absent means false. */
  namesOnly?: boolean;
}

/** Turns the story's sentences into scored candidate pairs. */
export interface LinkScorer {
  score(sentences: readonly SentenceRef[], maxPairs: number): { pairs: ScoredPair[]; limits: AlignmentLimits };
}

/** Turns scored pairs into groups of sentence indexes (every index in exactly one group). */
export interface AlignmentStrategy {
  group(sentences: readonly SentenceRef[], pairs: readonly ScoredPair[]): { members: number[]; pairs: ScoredPair[] }[];
}
