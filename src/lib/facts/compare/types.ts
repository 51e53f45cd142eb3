import type { Sentence } from '../../types.ts';

/**
 * A disagreement flag and the evidence behind it. A flag is a claim the product makes about the news,
 * so it is made only with evidence a reader can check: the two mentions it rests on, the sentences
 * they sit in and how surely those correspond, what slot both fill, and the rule that fired.
 */

/**
 * `likely`: corresponding sentences, the same slot, values that differ in substance. `possible`: weaker evidence
 * (a hedge, a reworded copy).
 */
export type FlagConfidence = 'likely' | 'possible';

/** What kind of difference a flag reports; each is decided by its own file in this folder. */
export const FLAG_RULES = [
  'value',
  'hedge',
  'spelling',
  'title',
  'quote wording',
  'attribution',
  'negation',
  'willingness',
  'reporting verb',
  'modal',
  'wording',
  'legal status',
  'scope',
  'claim',
] as const;

export type FlagRule = (typeof FLAG_RULES)[number];

export interface FlagEvidence {
  /** The rule that fired. */
  rule: FlagRule;
  /** What both mentions are of: the counted thing, the event a date is of, the speaker, the person. */
  slot: string;
  /** The two differing values or wordings, as written. */
  values: [string, string];
  /** The versions giving them, in the same order. */
  versions: [string, string];
  /** The sentence ids they sit in, in the same order. */
  sentences: [string, string];
  /**
   * How surely the two sentences correspond, 0..1 (1: the same sentence; 0: not aligned, as for a
   * name spelled two ways anywhere in the story): the rarity-weighted share of content words they share.
   */
  link: number;
}

/** A fact's flag: whether it disagrees, how surely, and why. */
export interface FlagVerdict {
  disagreement: boolean;
  confidence?: FlagConfidence;
  evidence?: FlagEvidence;
  note?: string;
}

export const NO_FLAG: FlagVerdict = { disagreement: false };

/** Substance order for readers: values first, then names and titles, quotes and attribution, then wording. */
export const RULE_ORDER: readonly FlagRule[] = [
  'value',
  'scope',
  'spelling',
  'title',
  'quote wording',
  'attribution',
  'claim',
  'negation',
  'legal status',
  'hedge',
  'willingness',
  'reporting verb',
  'modal',
  'wording',
];

/** A change of wording between two aligned sentences (claims/claim-hunks.ts), put to the claim rules. */
export interface ClaimChange {
  reason: string;
  /** Why the two sides differ, in a reader's words, when a rule of its own (scope, attribution, claim) found the change. */
  note?: string;
  changed?: { a: string[]; b: string[]; next?: string | undefined; previous?: string | undefined } | undefined;
  a: { sentence: Sentence; at: number; end: number };
  b: { sentence: Sentence; at: number; end: number };
}
