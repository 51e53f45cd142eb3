import { diffKeys, interner } from '../../diff/index.ts';
import type { Sentence, Token } from '../../types.ts';
import { datelineEnd } from '../extract/dateline.ts';
import { isHonorific, isRoleWord } from '../../language/lexicon.ts';
import { styleKey } from '../normalize.ts';
import { LEGAL_STATUS_WORDS } from '../../language/legal-status.ts';
import { HEDGES, isStopword, LOADED_REPORTING_VERBS, MODALS, NEGATIONS } from '../words.ts';
import { rewriteHunks } from './claim-rewrites.ts';
import {
  droppedClause,
  isBackshift,
  isClassNoun,
  isMarker,
  isRepetition,
  markersOf,
  namedFor,
  sameStems,
  tokenKey,
} from './claim-excuses.ts';

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

function reasonOf(a: readonly Token[], b: readonly Token[]): string {
  const has = (tokens: readonly Token[], set: ReadonlySet<string>): number => tokens.filter((token) => set.has(tokenKey(token))).length;
  if (has(a, NEGATIONS) !== has(b, NEGATIONS)) return 'negation';
  if (has(a, HEDGES) !== has(b, HEDGES)) return 'hedge';
  if (has(a, LEGAL_STATUS_WORDS) !== has(b, LEGAL_STATUS_WORDS)) return 'legal status';
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
