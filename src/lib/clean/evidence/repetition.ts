// Repetition inside a version: a page prints its headline, deck or opening paragraphs twice, and an article does not.
import { lettersAndDigitsOnly } from '../text-shape.ts';
import type { Line } from './lines.ts';

/** Lower case, words only; kept per line, since the pass may judge a version twice. */
const NORMALISED = new WeakMap<Line, string>();
export function normalised(line: Line): string {
  let norm = NORMALISED.get(line);
  if (norm === undefined) {
    norm = lettersAndDigitsOnly(line.text.toLowerCase());
    NORMALISED.set(line, norm);
  }
  return norm;
}

/**
 * For each line, the line it repeats word for word (-1 for none): the earlier copy, or the lower one when only a
 * headline or deck stands between them. A page that repeats a headline or
 * its opening paragraphs does so once; when most of a version repeats itself, repetition is its content and
 * says nothing about chrome, so no line counts as a repeat.
 */
export function repeatsOf(lines: readonly Line[], norms: readonly string[]): number[] {
  const firstSeen = new Map<string, number>();
  const repeats = lines.map((_, i) => {
    const key = norms[i]!;
    if (key.split(' ').length < 4) return -1;
    const earlier = firstSeen.get(key);
    if (earlier === undefined) firstSeen.set(key, i);
    return earlier ?? -1;
  });
  const repeated = repeats.filter((r) => r >= 0).length;
  if (repeated * 3 > lines.length) return repeats.map(() => -1);
  // Two copies with only unfinished lines between them (`Lede` / `Headline` / `Lede` / …): the lower copy leads into the
  // article, and the upper one is the page's excerpt of it.
  for (const [i, earlier] of repeats.entries()) {
    if (earlier < 0 || i - earlier < 2 || lines.slice(earlier + 1, i).some((line) => line.ends)) continue;
    repeats[earlier] = i;
    repeats[i] = -1;
  }
  return repeats;
}
