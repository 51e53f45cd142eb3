/**
 * Negation flags: a claim change (claims/) kept as a negation only when the two whole sentences carry a
 * different number of negations (`not under arrest` moved elsewhere in the other sentence, or `won't` /
 * `not`, is no flip), counting verbs that say no (`declined`, `refused`), and the word the negation bears
 * on stands in the other sentence too (`not yet under control` / `under control`); likely.
 */
import type { Sentence } from '../../types.ts';
import { lemma } from '../../language/lexicon.ts';
import { stem, styleKey } from '../normalize.ts';
import { isStopword, NEGATIONS } from '../words.ts';
import { wordsIn } from './pairs.ts';
import type { ClaimChange } from './types.ts';

/** The two sentences of a negation change say opposite things of one word both carry. */
export function negationFlipped(change: ClaimChange): boolean {
  return negations(change.a.sentence) !== negations(change.b.sentence) && negatesShared(change);
}

/** The word a negation bears on (the next content word) stands in the other sentence too: `not yet under control` / `under control`. */
function negatesShared(change: ClaimChange): boolean {
  for (const [side, other] of [
    [change.a, change.b.sentence],
    [change.b, change.a.sentence],
  ] as const) {
    const words = wordsIn(side);
    const otherStems = new Set(other.tokens.filter((token) => token.word).map((token) => stem(lemma(styleKey(token.norm)))));
    for (let i = 0; i < words.length; i++) {
      if (!NEGATIONS.has(words[i]!) && !/n['’]t$/u.test(words[i]!)) continue;
      const next = words.slice(i + 1, i + 4).find((word) => !isStopword(word));
      if (next && otherStems.has(stem(lemma(next)))) return true;
    }
  }
  return false;
}

/**
 * Negations of a sentence, counting verbs that say no (`declined to impose any punishment` says what
 * `to no punishment` says).
 */
function negations(sentence: Sentence): number {
  let count = 0;
  for (const token of sentence.tokens) {
    if (!token.word) continue;
    const word = styleKey(token.norm);
    if (NEGATIONS.has(word) || /n['’]t$/iu.test(token.text) || NEGATIVE_VERB.test(word)) count++;
  }
  return count;
}

const NEGATIVE_VERB = /^(?:declin|refus|reject|fail)(?:e|es|ed|ing|s)?$/u;
