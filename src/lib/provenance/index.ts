/**
 * Provenance: who likely copied or rewrote whom. Every pair of versions is tiled into its longest
 * common word runs (greedy string tiling, see `shared-runs.ts`), checked for shared slips (doubled
 * words, odd name spellings) and for the order of the passages they share (from the alignment),
 * then judged copy, rewrite or independent, with a direction only as far as dates, credits and
 * bylines allow. Pure: runs in the build and in a browser alike.
 */
import type { AlignmentGroup } from '../align/types.ts';
import type { AnalysedVersion } from '../types.ts';
import { classifyPair } from './classify.ts';
import { derivation } from './derivation.ts';
import type { VersionClues } from './direction.ts';
import { outletName } from '../text/outlet-name.ts';
import { pairEvidence, storyWords } from './pair-evidence.ts';
import type { ProvenanceLink, SharedTextFigures, StoryProvenance } from './types.ts';
import { Vocabulary, wordSequence, type WordSequence } from './word-sequence.ts';

export type {
  DerivationStep,
  ProvenanceConfidence,
  ProvenanceDirection,
  ProvenanceKind,
  ProvenanceLink,
  SharedTextFigures,
  StoryProvenance,
} from './types.ts';
export { CLASSIFY_DEFAULTS } from './classify.ts';
export { onlyInOneVersion, type OnlyHere, type FactLike } from './only-here.ts';

export interface ProvenanceOptions {
  /** Shortest shared run that counts, in words (5: four-word phrases coincide in ordinary English). */
  minRun?: number | undefined;
  /** Words of each version tiled; a longer version is cut there and the page says so. */
  maxWords?: number | undefined;
  /** Occurrences of one 5-word seed followed in a version: repeated boilerplate is not followed further. */
  maxSeedOccurrences?: number | undefined;
  /** Word comparisons per word of a pair before the tiling stops early (see `TileOptions`). */
  workPerWord?: number | undefined;
}

export const PROVENANCE_DEFAULTS = { minRun: 5, maxWords: 60_000, maxSeedOccurrences: 64, workPerWord: 64 } as const;

export type ProvenanceVersion = Pick<AnalysedVersion, 'id' | 'outlet' | 'published' | 'byline' | 'text' | 'removed' | 'sentences'>;

export interface ProvenanceResult {
  provenance: StoryProvenance;
  /** Shared-text figures by pair, keyed by `pairKey(a, b)` with a before b in story order. */
  sharedText: Map<string, SharedTextFigures>;
}

export function pairKey(a: string, b: string): string {
  return `${a}\u0000${b}`;
}

export function analyseProvenance(
  versions: readonly ProvenanceVersion[],
  alignment: readonly Pick<AlignmentGroup, 'sentences'>[],
  options: ProvenanceOptions = {},
): ProvenanceResult {
  const minRun = options.minRun ?? PROVENANCE_DEFAULTS.minRun;
  const maxWords = options.maxWords ?? PROVENANCE_DEFAULTS.maxWords;
  const tiling = {
    minRun,
    maxSeedOccurrences: options.maxSeedOccurrences ?? PROVENANCE_DEFAULTS.maxSeedOccurrences,
    workPerWord: options.workPerWord ?? PROVENANCE_DEFAULTS.workPerWord,
  };
  const vocabulary = new Vocabulary();
  const story = storyWords(versions.map((version) => wordSequence(version, vocabulary, maxWords)));
  const clues = versions.map(versionClues);
  const links: ProvenanceLink[] = [];
  const sharedText = new Map<string, SharedTextFigures>();
  story.sequences.forEach((a, i) => {
    story.sequences.slice(i + 1).forEach((b, offset) => {
      const evidence = pairEvidence(story, a, b, alignment, tiling);
      sharedText.set(pairKey(a.version, b.version), evidence.figures);
      links.push(classifyPair(evidence, clues[i]!, clues[i + 1 + offset]!));
    });
  });
  const note = limitNote(story.sequences, sharedText, maxWords);
  return {
    provenance: {
      minRun,
      links,
      ...derivation(
        versions.map((version) => version.id),
        links,
      ),
      note,
    },
    sharedText,
  };
}

/** Says which figures a limit made partial, so the page never shows them as complete. */
function limitNote(
  sequences: readonly WordSequence[],
  sharedText: ReadonlyMap<string, SharedTextFigures>,
  maxWords: number,
): string | undefined {
  const notes: string[] = [];
  const capped = sequences.filter((sequence) => sequence.totalWords > sequence.ids.length);
  if (capped.length > 0) {
    const list = capped.map((sequence) => `${sequence.version} (${sequence.totalWords.toLocaleString('en-GB')} words)`).join(', ');
    notes.push(`Shared-text figures cover only the first ${maxWords.toLocaleString('en-GB')} words of ${list}.`);
  }
  const cappedIds = new Set(capped.map((sequence) => sequence.version));
  const cut = [...sharedText].filter(([key, figures]) => figures.capped && !key.split('\u0000').some((id) => cappedIds.has(id)));
  if (cut.length > 0)
    notes.push(
      `The search for shared runs stopped early on ${cut.map(([key]) => key.replace('\u0000', '–')).join(', ')} ` +
        '(very repetitive text); those figures may be low.',
    );
  return notes.length > 0 ? notes.join(' ') : undefined;
}

function versionClues(version: ProvenanceVersion): VersionClues {
  return {
    id: version.id,
    name: outletName(version.outlet),
    published: version.published,
    byline: version.byline,
    fullText: [version.text, ...version.removed.map((fragment) => fragment.text)].join('\n'),
  };
}
