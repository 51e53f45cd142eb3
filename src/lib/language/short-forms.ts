/**
 * Short forms news copy writes for a longer name or word: a clipped word (`Fed` for `Federal`, `Corp` for
 * `Corporation`: four letters or fewer that begin a word at least two letters longer) and initials (`EU` for
 * `European Union`, `FBI` for `Federal Bureau of Investigation`, small words skipped). One form shortens another;
 * it names nothing else (facts' title flag: `Fed Chair` / `Federal Reserve Chair` is one title written short).
 * Words are compared in lower case, as given.
 */

import { FUNCTION_WORDS } from './stopwords.ts';

/** The widest run of words initials are read from, in words per letter (`federal bureau of investigation`: 4 for 3). */
const WORDS_PER_LETTER = 2;

/**
 * The initials of a run of words: each word's first letter (`united states` → `us`), the words of `skip` left out
 * (`federal bureau of investigation` with `FUNCTION_WORDS` → `fbi`). The one reader of initials: alignment's
 * initialism terms, facts' place acronyms and `shortFormOf` all read them here.
 */
export function initialsOf(words: readonly string[], skip: ReadonlySet<string> = new Set()): string {
  return words
    .filter((word) => !skip.has(word))
    .map((word) => word[0] ?? '')
    .join('');
}

/** `short` clips `word`: it is its beginning, four letters or fewer, and the word at least two letters longer. */
export function clips(short: string, word: string): boolean {
  return short.length >= 3 && short.length <= 4 && word.length >= short.length + 2 && word.startsWith(short);
}

/**
 * The words of `words` that `short` stands for: one it clips, or a run whose initials it spells, its function words
 * read or skipped (`federal bureau of investigation` → `fbi`), opening and ending on a word that is none. Empty when it
 * stands for none.
 */
export function shortFormOf(short: string, words: readonly string[]): string[] {
  const clipped = words.find((word) => clips(short, word));
  if (clipped) return [clipped];
  if (short.length < 2 || short.length > 5) return [];
  for (let start = 0; start < words.length; start++) {
    if (FUNCTION_WORDS.has(words[start]!)) continue;
    for (let end = start + 1; end < Math.min(words.length, start + short.length * WORDS_PER_LETTER); end++) {
      const run = words.slice(start, end + 1);
      if (!FUNCTION_WORDS.has(words[end]!) && (initialsOf(run) === short || initialsOf(run, FUNCTION_WORDS) === short)) return run;
    }
  }
  return [];
}
