// Changes between two corresponding sentences that say the same claim in other words: a fuller name, a
// dropped aside, reported speech's tense, a repeated word, the same stems. claim-hunks.ts reads these before
// it calls a change a claim.
import type { Sentence, Token } from '../../types.ts';
import type { CoveredTest } from './claim-hunks.ts';
import { hasTag, lemma } from '../../language/lexicon.ts';
import { stem, styleKey } from '../normalize.ts';
import { LEGAL_STATUS_WORDS } from '../../language/legal-status.ts';
import { HEDGES, isStopword, LOADED_REPORTING_VERBS, MODALS, NEGATIONS, STANCE_WORDS } from '../words.ts';

export function tokenKey(token: Token): string {
  return styleKey(token.norm);
}

/** Lexicon tags of words a stance marker can bear on: verbs and adjectives, not nouns or names. */
export const PREDICATE_TAGS = ['Infinitive', 'PastTense', 'PresentTense', 'Participle', 'Gerund', 'Verb', 'Adjective', 'PhrasalVerb'];

/**
 * An insertion of one or two common nouns right after a name both sentences give (`M621` /
 * `M621 motorway`, `Thames` / `Thames river`): a fuller mention of the same thing, not a claim.
 */
export function isClassNoun(words: readonly Token[], from: number, side: readonly Token[], other: readonly Token[]): boolean {
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

export function isMarker(word: string): boolean {
  return (
    NEGATIONS.has(word) ||
    HEDGES.has(word) ||
    MODALS.has(word) ||
    LOADED_REPORTING_VERBS.has(word) ||
    STANCE_WORDS.has(word) ||
    LEGAL_STATUS_WORDS.has(word)
  );
}

export function markersOf(tokens: readonly Token[]): string[] {
  return tokens.map(tokenKey).filter(isMarker).sort();
}

/**
 * One side drops a clause the other has, nothing in its place: an appositive or aside between
 * commas (`, known internally as Fab 9,`, `, or about $164 million a year`), a relative clause
 * (`who helped write the law`), a participle phrase (`made at Fab 9`), or four words or more. A
 * word or two dropped inside a predicate (`could face being deported` / `could be deported`) still counts.
 */
export function droppedClause(sentence: Sentence, words: readonly Token[], from: number, to: number, other: readonly Token[]): boolean {
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
export function namedFor(sentence: Sentence, side: readonly Token[], otherSubstance: readonly Token[], covered: CoveredTest): boolean {
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
export function isBackshift(reported: readonly Token[], direct: readonly Token[]): boolean {
  const left = reported.map(tokenKey);
  const right = direct.map(tokenKey);
  if (!left.includes('would') || !right.includes('will')) return false;
  const rest = left.filter((word) => word !== 'would' && !isStopword(word) && !SPEECH.has(word));
  const restRight = right.filter((word) => word !== 'will' && !isStopword(word));
  return left.some((word) => SPEECH.has(word)) && rest.join() === restRight.join();
}

const SPEECH = new Set(['said', 'says', 'told', 'added', 'announced', 'stated']);

/** `their their`: the change only repeats the word before it, a slip not a claim. */
export function isRepetition(words: readonly Token[], from: number, to: number, other: readonly Token[]): boolean {
  if (other.length > 0 || to <= from) return false;
  for (let k = from; k < to; k++) {
    const previous = words[k - (to - from)];
    if (!previous || tokenKey(previous) !== tokenKey(words[k]!)) return false;
  }
  return true;
}

export function sameStems(a: readonly Token[], b: readonly Token[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((token, index) => stem(lemma(tokenKey(token))) === stem(lemma(tokenKey(b[index]!))));
}
