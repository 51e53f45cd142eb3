/**
 * Short forms news copy writes for a longer name or word: a clipped word (`Fed` for `Federal`, `Corp` for
 * `Corporation`: four letters or fewer that begin a word at least two letters longer) and initials (`EU` for
 * `European Union`, `FBI` for `Federal Bureau of Investigation`, small words skipped). One form shortens another;
 * it names nothing else (facts' title flag: `Fed Chair` / `Federal Reserve Chair` is one title written short).
 * Words are compared in lower case, as given.
 */

const SMALL_WORDS: ReadonlySet<string> = new Set(['of', 'the', 'and', 'for', 'on', 'in']);

/** `short` clips `word`: it is its beginning, four letters or fewer, and the word at least two letters longer. */
export function clips(short: string, word: string): boolean {
  return short.length >= 3 && short.length <= 4 && word.length >= short.length + 2 && word.startsWith(short);
}

/**
 * The words of `words` that `short` stands for: one it clips, or a run whose initials it spells (small words
 * inside the run may be skipped, `federal bureau of investigation` → `fbi`). Empty when it stands for none.
 */
export function shortFormOf(short: string, words: readonly string[]): string[] {
  const clipped = words.find((word) => clips(short, word));
  if (clipped) return [clipped];
  if (short.length < 2 || short.length > 5) return [];
  for (let start = 0; start < words.length; start++) {
    let letter = 0;
    for (let end = start; end < words.length && letter < short.length; end++) {
      const word = words[end]!;
      if (word[0] === short[letter]) letter++;
      else if (!SMALL_WORDS.has(word) || end === start) break;
      if (letter === short.length) return words.slice(start, end + 1);
    }
  }
  return [];
}
