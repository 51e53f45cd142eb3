/**
 * The provenance model: how much text each pair of versions shares in long runs, and who likely
 * copied or rewrote whom, with the evidence a reader can check. Nothing here is ever certain; the
 * words `direction` and `confidence` say how sure the evidence allows us to be.
 */

/** Shared-text figures of one pair (a before b in story.yaml order). */
export interface SharedTextFigures {
  /** Shortest run of words that counted. */
  minRun: number;
  /** Words of a (equally of b) inside runs of at least `minRun` words that both carry. */
  words: number;
  /** How many such runs. */
  runs: number;
  /** Length in words of the longest run. */
  longestRun: number;
  /** Share of a's words inside shared runs (0..1, three decimals). */
  shareA: number;
  /** Share of b's words inside shared runs. */
  shareB: number;
  /** A limit cut the work short (a version over the word cap, or periodic text); figures are partial. */
  capped: boolean;
}

export type ProvenanceKind = 'copy' | 'rewrite' | 'independent';

/**
 * How well the evidence supports the stated direction: `likely` when strong cues agree (dates,
 * credits), `possible` when only weak ones do (a byline, one text being a trimmed subset of the
 * other), `unknown` when nothing points either way: then `from`/`to` are in story.yaml order.
 */
export type ProvenanceDirection = 'likely' | 'possible' | 'unknown';

export type ProvenanceConfidence = 'high' | 'medium' | 'low';

/** One pair's relation. Every pair of versions gets one, independent pairs included. */
export interface ProvenanceLink {
  /** The likely source (or the first of the pair when the direction is unknown). */
  from: string;
  /** The likely copy or rewrite. */
  to: string;
  kind: ProvenanceKind;
  direction: ProvenanceDirection;
  /** How sure the evidence lets us be of `kind`. */
  confidence: ProvenanceConfidence;
  /** Evidence for the relation, one readable sentence each, strongest first. */
  evidence: string[];
  /** Evidence that speaks against close copying or shows later edits (a corrected spelling). */
  differences: string[];
  /** Share of `to`'s words inside runs shared with `from` (0..1). */
  share: number;
}

/** The likeliest source of one version, for the derivation list. */
export interface DerivationStep {
  version: string;
  /** Index into `StoryProvenance.links`. */
  link: number;
  /** Other versions this one is also close to, by copy or rewrite (usually relatives of its source). */
  alsoClose: string[];
}

export interface StoryProvenance {
  /** Shortest shared run that counts, in words. */
  minRun: number;
  links: ProvenanceLink[];
  /** Versions with a likely source, strongest relation first. */
  derivation: DerivationStep[];
  /** Versions that neither copy nor rewrite any other version of the story, nor are copied. */
  independent: string[];
  /** Set when a version was over the word cap, so the page can say the figures are partial. */
  note?: string | undefined;
}
