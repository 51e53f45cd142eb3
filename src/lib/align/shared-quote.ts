import { ALIGNMENT_STOPWORDS } from '../language/stopwords.ts';
import type { RunWord } from './terms.ts';

/** Shortest run of quoted words worth calling the same quote. */
const MIN_QUOTE_WORDS = 2;

/** The two rows of the table, kept between calls: scoring asks for every candidate pair of quoting sentences. */
let rows: [Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64)];

/**
 * The longest run of consecutive words that both sentences carry inside quotation marks, such as
 * `another chance to migrants who`; undefined when there is none of at least two words with one
 * content word. Quoted words are what outlets copy verbatim, so such a run is strong evidence even
 * when the sentences around it were rewritten.
 */
export function sharedQuote(a: readonly RunWord[], b: readonly RunWord[]): string[] | undefined {
  // Longest common substring by dynamic programming over quoted words only; sentences are short.
  let best = 0;
  let bestEnd = 0;
  if (rows[0].length < b.length + 1) rows = [new Int32Array(2 * (b.length + 1)), new Int32Array(2 * (b.length + 1))];
  let [previous, current] = rows;
  previous.fill(0, 0, b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    const wordA = a[i - 1]!;
    current.fill(0, 0, b.length + 1);
    if (wordA.quoted) {
      for (let j = 1; j <= b.length; j++) {
        const wordB = b[j - 1]!;
        if (!wordB.quoted || wordB.norm !== wordA.norm) continue;
        const length = previous[j - 1]! + 1;
        current[j] = length;
        if (length > best) {
          best = length;
          bestEnd = i;
        }
      }
    }
    const done = previous;
    previous = current;
    current = done;
  }
  if (best < MIN_QUOTE_WORDS) return undefined;
  const run = a.slice(bestEnd - best, bestEnd).map((word) => word.norm);
  return run.some((word) => !ALIGNMENT_STOPWORDS.has(word)) ? run : undefined;
}
