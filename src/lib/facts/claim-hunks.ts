import { diffKeys, interner } from '../diff/index.ts';
import type { Sentence, Token } from '../types.ts';
import { datelineEnd } from './dateline.ts';
import { hasTag, isHonorific, isRoleWord, lemma } from './lexicon.ts';
import { stem, styleKey } from './normalize.ts';
import { HEDGES, isStopword, LOADED_REPORTING_VERBS, MODALS, NEGATIONS, STANCE_WORDS } from './words.ts';

/** One side of a changed claim: a stretch of a sentence's display text. */
export interface ClaimSide {
  sentence: Sentence;
  at: number;
  end: number;
}

export interface ClaimHunk {
  a: ClaimSide;
  b: ClaimSide;
  reason: string;
  /** Copies: the changed words of each side (style keys), and the word both sides go on with, if any. */
  changed?: { a: string[]; b: string[]; next?: string | undefined; previous?: string | undefined };
}

/** Tells whether a token belongs to a fact of another kind (a name, date, number or quote). */
export type CoveredTest = (sentence: Sentence, token: Token) => boolean;

/** Word overlap (Dice over the word diff) from which a sentence is a copy: any content change counts. */
export const COPY = 0.8;
/** From here to COPY, a light rewrite: only changes of negation, hedges, modals or stance count. */
export const NEAR_COPY = 0.6;
/** From here to NEAR_COPY, a loose rewrite: only a stance marker before a shared word counts. */
export const REWRITE = 0.25;
/** Equal words between two changes that still make them one change (`disputed that it is not`). */
const JOIN_GAP = 2;
/** Stance markers that change a claim even in a loose rewrite, by the kind of change they make. */
const REWRITE_MARKERS = new Map<string, string>([
  ...['not', 'no', 'never', "n't", 'cannot'].map((word): [string, string] => [word, 'negation']),
  ...['reportedly', 'allegedly', 'apparently', 'purportedly', 'supposedly'].map((word): [string, string] => [word, 'hedge']),
  ...['open', 'openness', 'willing', 'willingness', 'ready', 'considering', 'intends', 'plans'].map((word): [string, string] => [
    word,
    'willingness',
  ]),
]);
/** Lexicon tags of words a stance marker can bear on: verbs and adjectives, not nouns or names. */
const PREDICATE_TAGS = ['Infinitive', 'PastTense', 'PresentTense', 'Participle', 'Gerund', 'Verb', 'Adjective', 'PhrasalVerb'];

/**
 * Meaning-changing differences between two aligned sentences of different versions. Copies are
 * diffed word by word and every change touching content words counts, unless it is only a name,
 * date, number or quotation (facts of their own), a title, or a repeated word. Light rewrites count
 * only changes of negation, hedges, modals, loaded reporting verbs or stance words; loose rewrites
 * only a negation, hedge or willingness word in front of a verb or adjective both sentences share.
 */
export function claimHunks(
  a: Sentence,
  b: Sentence,
  covered: CoveredTest,
  prepared: (sentence: Sentence) => ClaimWords = claimWordsCache(),
): ClaimHunk[] {
  const left = prepared(a);
  const right = prepared(b);
  const wordsA = left.words;
  const wordsB = right.words;
  // Content-word overlap first: a diff of two unlike sentences costs much and finds nothing to use.
  const overlap = setDice(left.content, right.content);
  if (overlap < REWRITE) return [];
  if (overlap < NEAR_COPY - 0.1) return rewriteHunks(a, b, wordsA, wordsB, covered);
  const changes = diffKeys(left.ids, right.ids);
  if (!changes) return [];
  const equal = changes.filter((change) => !change.added && !change.removed).reduce((sum, change) => sum + change.count, 0);
  const similarity = (2 * equal) / Math.max(1, wordsA.length + wordsB.length);
  if (similarity >= NEAR_COPY) return copyHunks(a, b, wordsA, wordsB, changes, covered, similarity >= COPY);
  if (similarity >= REWRITE) return rewriteHunks(a, b, wordsA, wordsB, covered);
  return [];
}

/** What `claimHunks` reads of one sentence, worked out once however many sentences it is compared with. */
export interface ClaimWords {
  /** The word tokens. */
  words: Token[];
  /** Their style keys as integers, in order (equal keys, equal integers, within one cache). */
  ids: number[];
  /** The keys of content words, as a set. */
  content: Set<string>;
}

/** Each sentence's `ClaimWords`, worked out once, for comparing every aligned pair of a story. */
export function claimWordsCache(): (sentence: Sentence) => ClaimWords {
  const known = new Map<Sentence, ClaimWords>();
  const intern = interner();
  return (sentence) => {
    let prepared = known.get(sentence);
    if (!prepared) {
      const words = sentence.tokens.filter((token) => token.word);
      const keys = words.map(tokenKey);
      prepared = { words, ids: intern(keys), content: new Set(keys.filter((word) => !isStopword(word))) };
      known.set(sentence, prepared);
    }
    return prepared;
  };
}

/** `dice` of two word lists, given as the sets of their words. */
function setDice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return (2 * shared) / (a.size + b.size);
}

function tokenKey(token: Token): string {
  return styleKey(token.norm);
}

interface Range {
  aFrom: number;
  aTo: number;
  bFrom: number;
  bTo: number;
}

function copyHunks(
  a: Sentence,
  b: Sentence,
  wordsA: Token[],
  wordsB: Token[],
  changes: readonly { added: boolean; removed: boolean; count: number }[],
  covered: CoveredTest,
  wording: boolean,
): ClaimHunk[] {
  const kept = changedRanges(changes).filter((range) => {
    const sideA = wordsA.slice(range.aFrom, range.aTo);
    const sideB = wordsB.slice(range.bFrom, range.bTo);
    const substanceA = substantive(a, sideA, covered);
    const substanceB = substantive(b, sideB, covered);
    if (substanceA.length + substanceB.length === 0) return false;
    // `the M621` against `the M621 motorway`: one names the thing, the other adds what kind it is.
    if (isClassNoun(wordsA, range.aFrom, sideA, sideB) || isClassNoun(wordsB, range.bFrom, sideB, sideA)) return false;
    // `5pm` against `5 p.m.`, `megajail` against `mega-jail`: one word or two, the same in house style.
    if (joinedKey(sideA) === joinedKey(sideB)) return false;
    if (isRepetition(wordsA, range.aFrom, range.aTo, sideB) || isRepetition(wordsB, range.bFrom, range.bTo, sideA)) return false;
    if (sameStems(substanceA, substanceB)) return false;
    const markersDiffer = markersOf(substanceA).join() !== markersOf(substanceB).join();
    // One side only drops or adds a clause (`chips made at Fab 9 slumped` / `chips slumped`): an
    // omission, which the reader sees in the comparison, not a changed claim, unless what is added
    // is a stance marker (`reportedly`, `not`).
    if (
      !markersDiffer &&
      (droppedClause(a, wordsA, range.aFrom, range.aTo, sideB) || droppedClause(b, wordsB, range.bFrom, range.bTo, sideA))
    )
      return false;
    // `the union local` / `the United Electrical Workers local`: a name for what the other describes.
    if (!markersDiffer && (namedFor(b, sideB, substanceA, covered) || namedFor(a, sideA, substanceB, covered))) return false;
    if (isBackshift(sideA, sideB) || isBackshift(sideB, sideA)) return false;
    return wording || markersDiffer;
  });
  return joinRanges(kept).map((range) => {
    const next = wordsA[range.aTo];
    const previous = wordsA[range.aFrom - 1];
    return {
      a: expand(a, wordsA, range.aFrom, range.aTo),
      b: expand(b, wordsB, range.bFrom, range.bTo),
      reason: reasonOf(wordsA.slice(range.aFrom, range.aTo), wordsB.slice(range.bFrom, range.bTo)),
      changed: {
        a: wordsA.slice(range.aFrom, range.aTo).map(tokenKey),
        b: wordsB.slice(range.bFrom, range.bTo).map(tokenKey),
        next: next && wordsB[range.bTo] && tokenKey(next) === tokenKey(wordsB[range.bTo]!) ? tokenKey(next) : undefined,
        previous:
          previous && wordsB[range.bFrom - 1] && tokenKey(previous) === tokenKey(wordsB[range.bFrom - 1]!) ? tokenKey(previous) : undefined,
      },
    };
  });
}

/** Each run of changes between two equal stretches, as index ranges of both word lists. */
function changedRanges(changes: readonly { added: boolean; removed: boolean; count: number }[]): Range[] {
  const ranges: Range[] = [];
  let i = 0;
  let j = 0;
  let open: Range | undefined;
  for (const change of changes) {
    if (!change.added && !change.removed) {
      i += change.count;
      j += change.count;
      open = undefined;
      continue;
    }
    if (!open) {
      open = { aFrom: i, aTo: i, bFrom: j, bTo: j };
      ranges.push(open);
    }
    if (change.removed) i += change.count;
    else j += change.count;
    open.aTo = i;
    open.bTo = j;
  }
  return ranges;
}

/** Changes a word or two apart are one change: `disputed that it is not` against `says it is`. */
function joinRanges(ranges: readonly Range[]): Range[] {
  const joined: Range[] = [];
  for (const range of ranges) {
    const last = joined.at(-1);
    if (last && range.aFrom - last.aTo <= JOIN_GAP && range.bFrom - last.bTo <= JOIN_GAP) {
      last.aTo = range.aTo;
      last.bTo = range.bTo;
    } else joined.push({ ...range });
  }
  return joined;
}

function joinedKey(tokens: readonly Token[]): string {
  return styleKey(tokens.map((token) => token.text).join('')).replace(/\s+/gu, '');
}

/** The words of a change that carry meaning and are not some other kind of fact, nor a dateline. */
function substantive(sentence: Sentence, tokens: readonly Token[], covered: CoveredTest): Token[] {
  const dateline = datelineEnd(sentence.text);
  return tokens.filter((token) => {
    const word = tokenKey(token);
    if (token.at < dateline || covered(sentence, token) || isRoleWord(token.text) || isHonorific(token.text)) return false;
    return !isStopword(word) || isMarker(word);
  });
}

/**
 * An insertion of one or two common nouns right after a name both sentences give (`M621` /
 * `M621 motorway`, `Thames` / `Thames river`): a fuller mention of the same thing, not a claim.
 */
function isClassNoun(words: readonly Token[], from: number, side: readonly Token[], other: readonly Token[]): boolean {
  if (other.length > 0 || side.length === 0 || side.length > 2) return false;
  const before = words[from - 1];
  if (!before || !/^(?:\p{Lu}|\p{L}*\d)/u.test(before.text) || !/\p{Lu}/u.test(before.text)) return false;
  return side.every((token) => {
    const word = tokenKey(token);
    // The lexicon lists few regular nouns (`motorway` is not in it): rule out what is known to be something else.
    return (
      /^\p{Ll}{3,}$/u.test(token.text) &&
      !isStopword(word) &&
      !isMarker(word) &&
      !/(?:ed|ing|ly)$/u.test(word) &&
      !hasTag(word, ...NOT_NOUN_TAGS)
    );
  });
}

const NOT_NOUN_TAGS = [
  ...PREDICATE_TAGS,
  'Adverb',
  'Preposition',
  'Conjunction',
  'Determiner',
  'Pronoun',
  'Modal',
  'Copula',
  'Auxiliary',
  'Plural',
  'Comparable',
  'Value',
  'Cardinal',
];

function isMarker(word: string): boolean {
  return NEGATIONS.has(word) || HEDGES.has(word) || MODALS.has(word) || LOADED_REPORTING_VERBS.has(word) || STANCE_WORDS.has(word);
}

function markersOf(tokens: readonly Token[]): string[] {
  return tokens.map(tokenKey).filter(isMarker).sort();
}

/**
 * One side drops a clause the other has, nothing in its place: an appositive or aside between
 * commas (`, known internally as Fab 9,`, `, or about $164 million a year`), a relative clause
 * (`who helped write the law`), a participle phrase (`made at Fab 9`), or four words or more. A
 * word or two dropped inside a predicate (`could face being deported` / `could be deported`) still counts.
 */
function droppedClause(sentence: Sentence, words: readonly Token[], from: number, to: number, other: readonly Token[]): boolean {
  if (other.length > 0 || to <= from) return false;
  const first = words[from]!;
  const last = words[to - 1]!;
  const before = sentence.text.slice(words[from - 1] ? words[from - 1]!.at + words[from - 1]!.text.length : 0, first.at);
  const after = sentence.text.slice(last.at + last.text.length, words[to]?.at ?? sentence.text.length);
  if (/[,;(–—]/u.test(before) || /^[\s]*[,;)–—.]/u.test(after) || !words[to]) return true;
  const head = tokenKey(first);
  if (/^(?:who|whom|whose|which|that|where|when)$/u.test(head)) return true;
  const next = words[from + 1];
  if (next && hasTag(head, 'PastTense', 'Participle') && hasTag(tokenKey(next), 'Preposition')) return true;
  return to - from >= 4;
}

/** One side is only a name (a fact of its own), the other a common noun or two with no stance marker. */
function namedFor(sentence: Sentence, side: readonly Token[], otherSubstance: readonly Token[], covered: CoveredTest): boolean {
  if (!side.some((token) => covered(sentence, token)) || !side.every((token) => covered(sentence, token) || isStopword(tokenKey(token))))
    return false;
  return (
    otherSubstance.length > 0 &&
    otherSubstance.length <= 2 &&
    otherSubstance.every((token) => /^\p{Ll}/u.test(token.text) && !isMarker(tokenKey(token)))
  );
}

/**
 * Reported speech shifts its tense: `said it would keep` tells what `will keep` tells. The one
 * side has a reporting verb and `would`, the other `will` in its place and nothing else changed.
 */
function isBackshift(reported: readonly Token[], direct: readonly Token[]): boolean {
  const left = reported.map(tokenKey);
  const right = direct.map(tokenKey);
  if (!left.includes('would') || !right.includes('will')) return false;
  const rest = left.filter((word) => word !== 'would' && !isStopword(word) && !SPEECH.has(word));
  const restRight = right.filter((word) => word !== 'will' && !isStopword(word));
  return left.some((word) => SPEECH.has(word)) && rest.join() === restRight.join();
}

const SPEECH = new Set(['said', 'says', 'told', 'added', 'announced', 'stated']);

/** `their their`: the change only repeats the word before it, a slip not a claim. */
function isRepetition(words: readonly Token[], from: number, to: number, other: readonly Token[]): boolean {
  if (other.length > 0 || to <= from) return false;
  for (let k = from; k < to; k++) {
    const previous = words[k - (to - from)];
    if (!previous || tokenKey(previous) !== tokenKey(words[k]!)) return false;
  }
  return true;
}

function sameStems(a: readonly Token[], b: readonly Token[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((token, index) => stem(lemma(tokenKey(token))) === stem(lemma(tokenKey(b[index]!))));
}

function reasonOf(a: readonly Token[], b: readonly Token[]): string {
  const has = (tokens: readonly Token[], set: ReadonlySet<string>): number => tokens.filter((token) => set.has(tokenKey(token))).length;
  if (has(a, NEGATIONS) !== has(b, NEGATIONS)) return 'negation';
  if (has(a, HEDGES) !== has(b, HEDGES)) return 'hedge';
  if (has(a, LOADED_REPORTING_VERBS) + has(b, LOADED_REPORTING_VERBS) > 0) return 'reporting verb';
  if (has(a, MODALS) + has(b, MODALS) > 0) return 'modal';
  return 'wording';
}

/**
 * A change with its context: one word before it, and after it up to the next content word, never
 * across punctuation, so `changes` reads `legal changes` and `be` reads `could be deported`.
 */
function expand(sentence: Sentence, words: readonly Token[], from: number, to: number): ClaimSide {
  let first = from;
  let last = to - 1;
  if (first > 0 && joined(sentence, words[first - 1]!, words[first] ?? words[first - 1]!)) first--;
  if (to === from && first === from && from > 0) first = from - 1;
  for (let k = to; k < words.length && k < to + 3; k++) {
    if (!joined(sentence, words[k - 1] ?? words[k]!, words[k]!)) break;
    last = k;
    if (!isStopword(tokenKey(words[k]!))) break;
  }
  const start = words[Math.max(0, first)]!;
  const end = words[Math.max(first, last)]!;
  return { sentence, at: start.at, end: end.at + end.text.length };
}

/** Two words with only spaces between them in the sentence. */
function joined(sentence: Sentence, left: Token, right: Token): boolean {
  if (left === right) return true;
  return /^\s*$/u.test(sentence.text.slice(left.at + left.text.length, right.at));
}

/** A loose rewrite: stance markers in front of a shared word on one side only. */
function rewriteHunks(a: Sentence, b: Sentence, wordsA: Token[], wordsB: Token[], covered: CoveredTest): ClaimHunk[] {
  const free = (sentence: Sentence, words: Token[]): Token[] =>
    words.map((token) => (covered(sentence, token) ? { ...token, norm: '' } : token));
  wordsA = free(a, wordsA);
  wordsB = free(b, wordsB);
  const anchorsA = anchorIndex(wordsA);
  const anchorsB = anchorIndex(wordsB);
  const hunks: ClaimHunk[] = [];
  for (const [key, indexA] of anchorsA) {
    const indexB = anchorsB.get(key);
    if (indexB === undefined) continue;
    // A marker right before the word on one side, and none of its kind in a wider stretch on the other.
    const onlyA = markersBefore(wordsA, indexA, WINDOW).filter((kind) => !markersBefore(wordsB, indexB, 2 * WINDOW).includes(kind));
    const onlyB = markersBefore(wordsB, indexB, WINDOW).filter((kind) => !markersBefore(wordsA, indexA, 2 * WINDOW).includes(kind));
    const differing = [...onlyA, ...onlyB];
    if (differing.length === 0) continue;
    hunks.push({ a: stanceSide(a, wordsA, indexA), b: stanceSide(b, wordsB, indexB), reason: differing.sort()[0] ?? 'hedge' });
  }
  return hunks;
}

/** Content words that occur once in the sentence, by lemma stem, with their index. */
function anchorIndex(words: readonly Token[]): Map<string, number> {
  const seen = new Map<string, number>();
  const repeated = new Set<string>();
  words.forEach((token, index) => {
    const key = tokenKey(token);
    if (!key || isStopword(key) || REWRITE_MARKERS.has(key) || !hasTag(key, ...PREDICATE_TAGS)) return;
    const anchor = stem(lemma(key));
    if (seen.has(anchor)) repeated.add(anchor);
    seen.set(anchor, index);
  });
  for (const anchor of repeated) seen.delete(anchor);
  return seen;
}

const WINDOW = 3;

/** The kinds of stance marker (negation, hedge, willingness) just before a word. */
function markersBefore(words: readonly Token[], index: number, size: number): string[] {
  const kinds = words
    .slice(Math.max(0, index - size), index)
    .map((token) => REWRITE_MARKERS.get(tokenKey(token)))
    .filter((kind): kind is string => kind !== undefined);
  return [...new Set(kinds)].sort();
}

function stanceSide(sentence: Sentence, words: readonly Token[], index: number): ClaimSide {
  const window = words.slice(Math.max(0, index - WINDOW), index);
  const marker = window.findIndex((token) => REWRITE_MARKERS.has(tokenKey(token)));
  const start = marker >= 0 ? window[marker]! : (window.at(-2) ?? window.at(-1) ?? words[index]!);
  const anchor = words[index]!;
  return { sentence, at: start.at, end: anchor.at + anchor.text.length };
}
