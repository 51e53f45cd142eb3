/**
 * The fact index's model. Field names of `Fact`, `FactMention` and `FactVariant` are the public JSON
 * export (`facts` in `/api/stories/<slug>.json`): keep them.
 */
import type { DateValue } from '../language/date-phrases.ts';
import type { Sentence } from '../types.ts';
import type { FlagConfidence, FlagEvidence } from './compare/types.ts';

/** A calendar value as far as the text states it (language's reading of a date phrase). */
export type { DateValue };

export type FactKind = 'quote' | 'number' | 'date' | 'person' | 'place' | 'organization' | 'source' | 'claim';

export const FACT_KINDS: readonly FactKind[] = ['quote', 'number', 'date', 'person', 'place', 'organization', 'source', 'claim'];

/** One place where a version carries a fact. */
export interface FactMention {
  version: string;
  /** Sentence id, `<version>/s-<n>`. */
  sentence: string;
  /** The fact's own words as the version writes them (the quote, the amount, the date phrase). */
  text: string;
  /** Offsets of `text` in the original file. */
  start: number;
  end: number;
}

/** One wording or value of a fact, and the versions that carry it. */
export interface FactVariant {
  text: string;
  versions: string[];
}

export interface Fact {
  /** Stable: kind + slug of the label, independent of the order of the versions. */
  id: string;
  kind: FactKind;
  label: string;
  mentions: FactMention[];
  variants: FactVariant[];
  /** Two or more variants differ in substance (house style never counts). */
  disagreement: boolean;
  /** Why the variants disagree, for editors. */
  note?: string;
  /** Flags: `likely` (corresponding sentences, one slot, values that differ in substance) or `possible` (weaker evidence). */
  confidence?: FlagConfidence;
  /** Flags: the two mentions a flag rests on, their sentences and link, the slot and the rule. */
  evidence?: FlagEvidence;
  /** Dates: the value as resolved against each version's publication date, e.g. `2025-03`. */
  resolved?: string;
  /** Quotes: who is quoted, when stated or clear. */
  speaker?: string;
  /** People: titles or roles as the versions give them. */
  roles?: string[];
  /** Quotes: sentences of other versions that carry the quoted words without quotation marks. */
  paraphrases?: FactMention[];
  /** Quotes: the speaker's other spellings (`Ilse Brannick` where `speaker` is `Ilse Brannock`), with the versions writing each. */
  speakerVariants?: FactVariant[];
}

/** An amount as far as the text states it. */
export interface NumberValue {
  /** The figure, scale applied (`£700 million` → 700000000); for a vague plural (`thousands`) its order. */
  amount: number;
  /** Upper end of a range. */
  to?: number;
  /** ISO-like currency symbol or word as written, normalised (`£`, `€`, `$`, `dollar`). */
  currency?: string;
  percent?: boolean;
  /** `nearly`, `over`, `about` … kept lower case. */
  qualifier?: string;
  /** `thousands`, `dozens`: an order of magnitude, not a count. */
  vague?: boolean;
  /** What is counted, lower case (`voluntary transfers`). */
  noun?: string;
  /** An ordinal (`12th`): a place in an order, never equal to a count of the same figure. */
  ordinal?: boolean;
}

/** What per-sentence extraction finds before the index groups mentions across versions. */
export interface RawMention {
  kind: FactKind;
  version: string;
  sentence: string;
  text: string;
  /** Original offsets of `text`. */
  start: number;
  end: number;
  /** Position of `text` in the sentence's display text. */
  at: number;
  /** Matching key, house style removed: equal keys are the same value. */
  key: string;
  date?: DateValue;
  /** Dates: the value resolved against the version's publication date (`2025-03`, `2025-05-04`). */
  resolved?: string;
  number?: NumberValue;
  /** Quotes: the speaker as written, pronouns resolved where clear. */
  speaker?: string;
  /** Quotes: no closing mark, so the quotation was taken to the end of its paragraph. */
  unclosed?: boolean;
  /** People: title or role written with the name (`Foreign Affairs Minister`). */
  role?: string;
  /** People, places, organisations, sources: the bare name. */
  name?: string;
}

/** The minimum the index needs of an alignment group (structurally an `AlignmentGroup`). */
export interface FactAlignmentGroup {
  id: string;
  sentences: readonly string[];
  /**
   * Pairs of sentences that lost their row though each is the other's best match (the aligner's `nearLinks`):
   * aligned for grouping two figures, never linked (see `StoryContext.nearLinked`).
   */
  nearLinks?: readonly { a: string; b: string }[] | undefined;
}

/** The minimum the index needs of an analysed version. */
export interface FactInputVersion {
  id: string;
  published?: string | undefined;
  sentences: readonly Sentence[];
}

export interface ExtractContext {
  /** ISO date `YYYY-MM-DD` of the version, for resolving relative dates. */
  published?: string | undefined;
  /**
   * The year the other versions of the story were published in, for a version without a date of
   * its own: `on Monday, March 2` is resolved in it when that day is a Monday in that year.
   */
  storyYear?: number | undefined;
}
