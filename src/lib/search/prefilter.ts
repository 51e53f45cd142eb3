import type { TermIndex } from './term-index.ts';
import { termsOf } from './words.ts';

export interface QueryWord {
  /** The folded word as typed. */
  word: string;
  /** Vocabulary words it matched (folded), for highlighting. */
  terms: string[];
}

export interface Prefiltered {
  /** Document numbers, most promising first, at most `cap`. */
  documents: number[];
  /** Query words that matched something; words matching nothing are left out of the search. */
  words: QueryWord[];
  /** Every candidate holds all of `words` (otherwise as many as any document holds). */
  allWords: boolean;
}

/**
 * Picks the documents worth handing to Fuse. Each query word is matched against the vocabulary
 * (exact, near, or as a prefix while typed); a document scores, per query word, the best match it
 * holds times that word's rarity, so "Nduhungirhe said" ranks sentences naming the minister above
 * the thousands that only say "said"; among equals, shorter documents first (as Fuse's field-length
 * norm will rank them). Only documents holding the most query words are kept; the best `cap` go on
 * to Fuse, which bounds the cost of a keystroke whatever the corpus size.
 */
export function prefilter(index: TermIndex, query: string, cap: number): Prefiltered {
  const typed = termsOf(query);
  const typing = /[\p{L}\p{M}\p{N}]$/u.test(query);
  const n = index.documents;
  const lastWord = new Int32Array(n).fill(-1);
  const wordScore = new Float64Array(n);
  const total = new Float64Array(n);
  const matchedWords = new Int32Array(n);
  const touched: number[] = [];
  const words: QueryWord[] = [];
  typed.forEach((word, position) => {
    const matches = index.match(word, typing && position === typed.length - 1);
    if (matches.length === 0) return;
    const w = words.length;
    words.push({ word, terms: matches.map((match) => index.terms[match.term]!) });
    for (const { term, weight } of matches) {
      const docs = index.documentsOf(term);
      const value = weight * Math.log(1 + n / docs.length);
      for (const doc of docs) {
        if (lastWord[doc] !== w) {
          if (lastWord[doc] === -1) touched.push(doc);
          lastWord[doc] = w;
          matchedWords[doc]!++;
          wordScore[doc] = value;
          total[doc]! += value;
        } else if (value > wordScore[doc]!) {
          total[doc]! += value - wordScore[doc]!;
          wordScore[doc] = value;
        }
      }
    }
  });
  let most = 0;
  for (const doc of touched) most = Math.max(most, matchedWords[doc]!);
  const documents = touched
    .filter((doc) => matchedWords[doc] === most)
    .sort((a, b) => total[b]! - total[a]! || index.lengthOf(a) - index.lengthOf(b) || a - b)
    .slice(0, cap);
  return { documents, words, allWords: most === words.length };
}
