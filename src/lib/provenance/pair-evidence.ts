import { pairOrder, type PairOrder } from './order.ts';
import { doubledWords, isSpellingVariant, nameForms, type DoubledWord } from './peculiarities.ts';
import { tileRuns, type SharedRun, type TileOptions } from './shared-runs.ts';
import type { SharedTextFigures } from './types.ts';
import type { WordSequence } from './word-sequence.ts';

/** A spelling carried by one side (or both) where another version spells the name otherwise. */
export interface SpellingNote {
  /** As written where it was found. */
  text: string;
  /** The other spelling, and who carries it. */
  other: string;
  otherVersions: string[];
}

/** Everything measured about one pair, before it is judged. */
export interface PairEvidence {
  a: WordSequence;
  b: WordSequence;
  figures: SharedTextFigures;
  tiles: SharedRun[];
  order: PairOrder;
  sharedDoubles: DoubledWord[];
  /** Doubled words only one side has: a slip corrected, or made, in one of them. */
  onlyADoubles: DoubledWord[];
  onlyBDoubles: DoubledWord[];
  /** Runs mostly inside quotation marks in a: the same speech quoted, not necessarily copied. */
  quotedRuns: number;
  /** Name spellings both carry and that more of the other versions spell otherwise. */
  sharedSpellings: SpellingNote[];
  /** Names the two spell differently: `text` is a's spelling, `other` b's. */
  spellingDifferences: SpellingNote[];
}

/** Per-version data computed once per story and shared by all its pairs. */
export interface StoryWords {
  sequences: WordSequence[];
  doubles: Map<string, DoubledWord[]>;
  /** Pairs of name forms that are spellings of one name, each with its carriers. */
  spellingVariants: [NameCarriers, NameCarriers][];
}

/** One normalised name form, a written example of it and the versions (story order) carrying it. */
interface NameCarriers {
  text: string;
  versions: string[];
}

/** Most name forms compared for spelling, so a huge capture cannot make the quadratic check explode. */
const MAX_NAME_FORMS = 4000;

export function storyWords(sequences: WordSequence[]): StoryWords {
  const carriers = new Map<string, NameCarriers>();
  for (const sequence of sequences) {
    for (const [norm, text] of nameForms(sequence)) {
      const entry = carriers.get(norm) ?? { text, versions: [] };
      entry.versions.push(sequence.version);
      carriers.set(norm, entry);
    }
  }
  // Sorted by first letter then length, each form meets only the few forms that could be one or two edits away.
  const forms = [...carriers]
    .slice(0, MAX_NAME_FORMS)
    .sort(([x], [y]) => x.charCodeAt(0) - y.charCodeAt(0) || x.length - y.length || (x < y ? -1 : 1));
  const spellingVariants: [NameCarriers, NameCarriers][] = [];
  for (let i = 0; i < forms.length; i++) {
    const [norm, entry] = forms[i]!;
    for (let j = i + 1; j < forms.length; j++) {
      const [otherNorm, other] = forms[j]!;
      if (otherNorm[0] !== norm[0] || otherNorm.length - norm.length > 2) break;
      if (isSpellingVariant(norm, otherNorm)) spellingVariants.push([entry, other], [other, entry]);
    }
  }
  return { sequences, doubles: new Map(sequences.map((sequence) => [sequence.version, doubledWords(sequence)])), spellingVariants };
}

export type PairEvidenceOptions = TileOptions;

export function pairEvidence(
  story: StoryWords,
  a: WordSequence,
  b: WordSequence,
  groups: readonly { sentences: readonly string[] }[],
  options: PairEvidenceOptions,
): PairEvidence {
  const { tiles, complete } = tileRuns(a.ids, b.ids, options);
  const words = tiles.reduce((sum, tile) => sum + tile.length, 0);
  const figures: SharedTextFigures = {
    minRun: options.minRun,
    words,
    runs: tiles.length,
    longestRun: tiles.reduce((longest, tile) => Math.max(longest, tile.length), 0),
    shareA: round3(a.ids.length === 0 ? 0 : words / a.ids.length),
    shareB: round3(b.ids.length === 0 ? 0 : words / b.ids.length),
    capped: !complete || a.totalWords > a.ids.length || b.totalWords > b.ids.length,
  };
  const doublesA = story.doubles.get(a.version) ?? [];
  const doublesB = story.doubles.get(b.version) ?? [];
  const keysA = new Set(doublesA.map((double) => double.key));
  const keysB = new Set(doublesB.map((double) => double.key));
  return {
    a,
    b,
    figures,
    tiles,
    quotedRuns: tiles.filter((tile) => isQuoted(a, tile)).length,
    order: pairOrder(groups, a.version, b.version),
    sharedDoubles: doublesA.filter((double) => keysB.has(double.key)),
    onlyADoubles: doublesA.filter((double) => !keysB.has(double.key)),
    onlyBDoubles: doublesB.filter((double) => !keysA.has(double.key)),
    ...spellingNotes(story, a.version, b.version),
  };
}

function isQuoted(sequence: WordSequence, tile: SharedRun): boolean {
  let quoted = 0;
  for (let k = tile.aStart; k < tile.aStart + tile.length; k++) quoted += sequence.quoted[k]!;
  return quoted * 2 > tile.length;
}

/**
 * A shared spelling counts only when it is the rarer one: if a and b write a name one way and more
 * of the other versions write it another way, the pair shares a peculiarity.
 */
function spellingNotes(story: StoryWords, a: string, b: string): Pick<PairEvidence, 'sharedSpellings' | 'spellingDifferences'> {
  const sharedSpellings: SpellingNote[] = [];
  const spellingDifferences: SpellingNote[] = [];
  for (const [entry, other] of story.spellingVariants) {
    const inA = entry.versions.includes(a);
    const inB = entry.versions.includes(b);
    const otherInA = other.versions.includes(a);
    const otherInB = other.versions.includes(b);
    if (inA && inB && !otherInA && !otherInB && other.versions.length > entry.versions.length) {
      sharedSpellings.push({ text: entry.text, other: other.text, otherVersions: [...other.versions] });
    } else if (inA && !inB && otherInB && !otherInA) {
      spellingDifferences.push({ text: entry.text, other: other.text, otherVersions: [b] });
    }
  }
  return { sharedSpellings, spellingDifferences };
}

function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}
