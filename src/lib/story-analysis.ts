/**
 * The aggregate: what `analyseStory` returns and every page and the export read, one field per
 * stage's output. Kept apart from the base types (`types.ts`), which every stage imports, so that
 * no stage's types import the others' through it.
 */
import type { AnalysedVersion } from './types.ts';
import type { AlignmentGroup, AlignmentLimits } from './align/types.ts';
import type { CellDiffs, PairComparison, PairSummary } from './diff/types.ts';
import type { OnlyHere } from './provenance/only-here.ts';
import type { SharedTextFigures, StoryProvenance } from './provenance/types.ts';
import type { Fact } from './facts/types.ts';
import type { FactWork } from './facts/work-limits.ts';

/** One pair of versions (a before b in story.yaml order), summarised in words. */
export interface PairEntry extends PairSummary {
  a: string;
  b: string;
  /** A limit cut some of the pair's diff short; the figures are then approximate. */
  degraded: boolean;
  /** Longest common word runs of the pair (provenance stage); absent only before that stage runs. */
  sharedText?: SharedTextFigures | undefined;
}

/** The one model every page and the export is read off. Later stages add fields. */
export interface StoryAnalysis {
  slug: string;
  title: string;
  summary?: string | undefined;
  versions: AnalysedVersion[];
  /** Every sentence of every version in exactly one group. */
  alignment: AlignmentGroup[];
  alignmentLimits: AlignmentLimits;
  /** Unordered pairs, a before b in story order, with their figures (the export's `pairs`). */
  pairs: PairEntry[];
  /**
   * Every pair's diff, a before b in story order, as its compare page shows it (the page swaps to b's
   * order in the browser); `pairs` takes its figures from these, so a page and the export never come
   * from two runs of a time-bounded diff.
   */
  comparisons: PairComparison[];
  /** The alignment table's cells against each base version (see `CellDiffs`). */
  alignmentCells: CellDiffs;
  /** Who likely copied or rewrote whom, with evidence (see src/lib/provenance/). */
  provenance: StoryProvenance;
  /** Every fact any version reports, disagreements first. */
  facts: Fact[];
  /** Per version, in story order: the sentences and facts no other version carries. */
  onlyHere: OnlyHere[];
  /** The facts stage's pair work, and a note for the page when a work limit cut it short. */
  factsWork: FactWork;
  /**
   * Versions the facts stage left out, and why: the fact rules read English, so a version in another
   * language (or mostly so) gets no facts and no flags rather than spurious ones. Absent when none.
   */
  factsSkipped?: SkippedVersion[];
}

/** A version the facts stage did not read. */
export interface SkippedVersion {
  version: string;
  reason: 'language';
  /** Share of its words that are English function words (English prose: about 0.4). */
  englishShare: number;
}
