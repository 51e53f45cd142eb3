import type { IFuseOptions } from 'fuse.js';
import type { SearchDocument } from './types.ts';

/**
 * Fuse's options, each chosen for this corpus (defaults in brackets). Fuse runs only on the
 * prefilter's candidates, so it decides the final order and drops weak matches; it never scans
 * the whole index.
 */
export function fuseOptions(): IFuseOptions<SearchDocument> {
  return {
    // A sentence is matched on its text; a fact's variants and a version's headline count for less.
    keys: [
      { name: 'text', weight: 3 },
      { name: 'extra', weight: 1 },
    ],
    // [false] Each query word is its own fuzzy pattern (the query is passed as `a b`, or `a | b`
    // when no document holds every word): a plain pattern is the whole query, at most 32
    // characters, and fails when the words stand apart in the sentence. `useTokenSearch` does the
    // same with rarity weights but costs 2–7× more per candidate, and the prefilter already
    // ranks by rarity. Query words are letters and digits only, so no extended operator leaks in.
    useExtendedSearch: true,
    // [false] Bitap scores a match by its distance from `location` (0) over `distance` (100), so
    // a name 150 characters into a long sentence scores as no match at all. Where a word sits in a
    // sentence says nothing about relevance: location is ignored, and `distance` with it.
    ignoreLocation: true,
    // [0.6] 0.6 lets half the letters of a word be wrong, which matches nearly anything in a
    // long sentence; 0.4 still lets a 10-letter surname lose or swap three letters.
    threshold: 0.4,
    // [false] "Nduhungirehe" and "Ndúhungirehe" are the same name to a reader.
    ignoreDiacritics: true,
    includeScore: true,
    // [false] Highlights come from the words the prefilter matched: Bitap's match mask marks any
    // exact occurrence of the pattern ("nd" inside "and"), not the word the reader meant.
    includeMatches: false,
    // [1] Kept at 1: any higher value makes Bitap build a match mask for every text, and every
    // candidate already holds a word matching the query.
    minMatchCharLength: 1,
  };
}
