// A loose rewrite says a claim in its own words, so a word diff finds nothing to compare: here a claim
// changes only where a stance marker (negation, hedge, willingness) stands before a word both sentences
// share, on one side only.
import type { Sentence, Token } from '../../types.ts';
import { PREDICATE_TAGS, tokenKey } from './claim-excuses.ts';
import type { ClaimHunk, ClaimSide, CoveredTest } from './claim-hunks.ts';
import { hasTag, lemma } from '../../language/lexicon.ts';
import { stem } from '../normalize.ts';
import { isStopword } from '../words.ts';
import { clauseBreakIn } from '../../language/clauses.ts';

/** Stance markers that change a claim even in a loose rewrite, by the kind of change they make. */
const REWRITE_MARKERS = new Map<string, string>([
  ...['not', 'no', 'never', "n't", 'cannot'].map((word): [string, string] => [word, 'negation']),
  ...['reportedly', 'allegedly', 'apparently', 'purportedly', 'supposedly'].map((word): [string, string] => [word, 'hedge']),
  ...['open', 'openness', 'willing', 'willingness', 'ready', 'considering', 'intends', 'plans'].map((word): [string, string] => [
    word,
    'willingness',
  ]),
]);

/** A loose rewrite: stance markers in front of a shared word on one side only. */
export function rewriteHunks(a: Sentence, b: Sentence, wordsA: Token[], wordsB: Token[], covered: CoveredTest): ClaimHunk[] {
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
    const onlyA = markersBefore(wordsA, indexA, WINDOW, a).filter((kind) => !markersBefore(wordsB, indexB, 2 * WINDOW).includes(kind));
    const onlyB = markersBefore(wordsB, indexB, WINDOW, b).filter((kind) => !markersBefore(wordsA, indexA, 2 * WINDOW).includes(kind));
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
/**
 * The kinds of stance markers among the `size` words before `index`; given the `sentence`, only those in the
 * word's own clause (`Reportedly, the train` hedges the whole sentence, not the train).
 */
function markersBefore(words: readonly Token[], index: number, size: number, sentence?: Sentence): string[] {
  let from = Math.max(0, index - size);
  if (sentence)
    for (let k = index - 1; k >= from; k--)
      if (clauseBreakIn(sentence.text.slice(words[k]!.at + words[k]!.text.length, words[k + 1]!.at))) {
        from = k + 1;
        break;
      }
  const kinds = words
    .slice(from, index)
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
