import { unorderedPairKey as pairKey } from '../language/code-units.ts';
import type { Sentence, Token } from '../types.ts';
import { stem, styleKey } from './normalize.ts';
import type { FactAlignmentGroup, FactInputVersion, RawMention } from './types.ts';
import { isStopword } from './words.ts';

export interface MentionWindow {
  words: ReadonlySet<string>;
  weight: number;
}

/** Words on each side of a mention that describe what it is about. */
const WINDOW_WORDS = 8;

/** What grouping needs to know about the whole story: sentences, alignment, word rarity. */
export interface StoryContext {
  sentence(id: string): Sentence | undefined;
  /** True when two sentences are in one alignment group. */
  aligned(a: string, b: string): boolean;
  /**
   * True when two sentences are near-linked: each the other's best match in its version, kept out of one row by a
   * rival (the aligner's `nearLinks`). Grouping reads a near link as it reads a group for two figures, so they can be
   * one fact; `link` stays 0 for them, so a flag resting on them takes the rules for sentences the alignment did not
   * pair (possible only, never a hedge).
   */
  nearLinked(a: string, b: string): boolean;
  /** The sentences aligned with one (itself included), in the group's order. */
  alignedWith(id: string): readonly string[];
  /** Rarity of a stem across the story's sentences: ln(sentences / sentences containing it). */
  idf(word: string): number;
  /** Content stems near a mention in its sentence (its own words left out), with their total rarity. */
  window(mention: RawMention): MentionWindow;
  /** The `count` rarest words near a mention, as written and in reading order: a label's context. */
  keywords(mention: RawMention, count: number): string[];
  /**
   * How surely two sentences correspond, 0..1: 0 unless the alignment put them in one group, else
   * the rarity-weighted share of content words they have in common (2·shared / (a + b)), so that a
   * loose group's far members (a fact about another company in the same paragraph) count little.
   */
  link(a: string, b: string): number;
  /**
   * How alike two sentences are whether or not the alignment grouped them: the rarity-weighted share of
   * content words they have in common (`link` without its group gate), for a slot to rest on when the
   * alignment left two tellings of one figure apart.
   */
  similarity(a: string, b: string): number;
  /** Content stems within `size` words either side of a mention (its own words left out). */
  near(mention: RawMention, size: number): ReadonlySet<string>;
}

/** A sentence's word tokens with the content stem of each (undefined for a function word), worked out once. */
interface SentenceWords {
  tokens: Token[];
  stems: (string | undefined)[];
}

export function storyContext(versions: readonly FactInputVersion[], alignment: readonly FactAlignmentGroup[]): StoryContext {
  const sentences = new Map<string, Sentence>();
  const wordsOf = new Map<string, SentenceWords>();
  const documentFrequency = new Map<string, number>();
  // A story repeats its words: each norm's stem is worked out once (normalize's memo is bounded and shared).
  // A function word's entry is null, so that one lookup tells a known norm from a new one.
  const stemOfNorm = new Map<string, string | null>();
  const stemOf = (norm: string): string | undefined => {
    let found = stemOfNorm.get(norm);
    if (found === undefined) stemOfNorm.set(norm, (found = contentStem(norm) ?? null));
    return found ?? undefined;
  };
  // The sentence that last counted each stem, so a stem counts once per sentence without a set per sentence.
  const countedIn = new Map<string, number>();
  let ordinal = 0;
  for (const version of versions) {
    for (const sentence of version.sentences) {
      ordinal++;
      sentences.set(sentence.id, sentence);
      const tokens = sentence.tokens.filter((token) => token.word);
      const stems = tokens.map((token) => stemOf(token.norm));
      wordsOf.set(sentence.id, { tokens, stems });
      for (const word of stems) {
        if (word === undefined || countedIn.get(word) === ordinal) continue;
        countedIn.set(word, ordinal);
        documentFrequency.set(word, (documentFrequency.get(word) ?? 0) + 1);
      }
    }
  }
  const noWords: SentenceWords = { tokens: [], stems: [] };
  const groupOf = new Map<string, string>();
  const members = new Map<string, readonly string[]>();
  const nearLinked = new Set<string>();
  for (const group of alignment) {
    members.set(group.id, group.sentences);
    for (const id of group.sentences) groupOf.set(id, group.id);
    for (const near of group.nearLinks ?? []) nearLinked.add(pairKey(near.a, near.b));
  }
  const total = Math.max(1, sentences.size);
  // Read for every word of every window and link: each stem's logarithm is taken once.
  const idfOf = new Map<string, number>();
  const idf = (word: string): number => {
    let known = idfOf.get(word);
    if (known === undefined) idfOf.set(word, (known = Math.log(total / (documentFrequency.get(word) ?? 1))));
    return known;
  };
  const windows = new WeakMap<RawMention, MentionWindow>();
  const links = new Map<string, number>();
  const weightOf = new Map<string, { stems: Set<string>; weight: number }>();
  const stemsWithWeight = (id: string): { stems: Set<string>; weight: number } => {
    let known = weightOf.get(id);
    if (!known) {
      const stems = new Set((wordsOf.get(id) ?? noWords).stems.filter((word): word is string => word !== undefined));
      let weight = 0;
      for (const word of stems) weight += idf(word);
      weightOf.set(id, (known = { stems, weight }));
    }
    return known;
  };
  const similarity = (a: string, b: string): number => {
    if (a === b) return 1;
    const key = pairKey(a, b);
    let score = links.get(key);
    if (score === undefined) {
      const left = stemsWithWeight(a);
      const right = stemsWithWeight(b);
      let shared = 0;
      for (const word of left.stems) if (right.stems.has(word)) shared += idf(word);
      score = left.weight + right.weight === 0 ? 0 : (2 * shared) / (left.weight + right.weight);
      links.set(key, score);
    }
    return score;
  };
  const link = (a: string, b: string): number =>
    a === b ? 1 : groupOf.get(a) === undefined || groupOf.get(a) !== groupOf.get(b) ? 0 : similarity(a, b);
  return {
    link,
    similarity,
    near(mention, size) {
      const { tokens, stems } = wordsOf.get(mention.sentence) ?? noWords;
      const startIndex = firstAtOrAfter(tokens, mention.at);
      const endIndex = firstAtOrAfter(tokens, mention.at + mention.text.length);
      return new Set(
        [...stems.slice(Math.max(0, startIndex - size), startIndex), ...stems.slice(endIndex, endIndex + size)].filter(
          (word): word is string => word !== undefined,
        ),
      );
    },
    sentence: (id) => sentences.get(id),
    aligned: (a, b) => a === b || (groupOf.get(a) !== undefined && groupOf.get(a) === groupOf.get(b)),
    nearLinked: (a, b) => nearLinked.has(pairKey(a, b)),
    alignedWith: (id) => members.get(groupOf.get(id) ?? '') ?? [id],
    idf,
    window(mention) {
      const known = windows.get(mention);
      if (known) return known;
      const { tokens, stems } = wordsOf.get(mention.sentence) ?? noWords;
      const startIndex = firstAtOrAfter(tokens, mention.at);
      const endIndex = firstAtOrAfter(tokens, mention.at + mention.text.length);
      const words = new Set(
        [...stems.slice(Math.max(0, startIndex - WINDOW_WORDS), startIndex), ...stems.slice(endIndex, endIndex + WINDOW_WORDS)].filter(
          (word): word is string => word !== undefined,
        ),
      );
      let weight = 0;
      for (const word of words) weight += idf(word);
      const window = { words, weight };
      windows.set(mention, window);
      return window;
    },
    keywords(mention, count) {
      const end = mention.at + mention.text.length;
      const { tokens, stems } = wordsOf.get(mention.sentence) ?? noWords;
      const rated: { token: Token; index: number; rarity: number; near: number }[] = [];
      tokens.forEach((token, index) => {
        const stem = stems[index];
        if ((token.at < mention.at || token.at >= end) && stem !== undefined && !/^\d+$/u.test(token.text))
          rated.push({ token, index, rarity: idf(stem), near: Math.abs(token.at - mention.at) });
      });
      const chosen = rated.sort((a, b) => b.rarity - a.rarity || a.near - b.near).slice(0, count);
      return chosen.sort((a, b) => a.index - b.index).map((entry) => entry.token.text);
    },
  };
}

function firstAtOrAfter(tokens: readonly { at: number }[], position: number): number {
  const index = tokens.findIndex((token) => token.at >= position);
  return index < 0 ? tokens.length : index;
}

function contentStem(norm: string): string | undefined {
  const key = styleKey(norm);
  if (!key || isStopword(key)) return undefined;
  return stem(key);
}

/**
 * Evidence that two mentions are about the same thing, from their surroundings: the rarity of the
 * words their windows share over the rarity of the smaller window (0..1).
 */
export function contextOverlap(context: StoryContext, a: RawMention, b: RawMention): number {
  const left = context.window(a);
  const right = context.window(b);
  if (left.words.size === 0 || right.words.size === 0) return 0;
  let shared = 0;
  for (const word of left.words) if (right.words.has(word)) shared += context.idf(word);
  return shared / Math.max(1e-9, Math.min(left.weight, right.weight));
}
