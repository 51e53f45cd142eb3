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

/** Words an unfinished line needs for an earlier line's opening to count as its copy, not a shared phrase. */
const CUT_COPY_WORDS = 8;

/**
 * For each line, the line it repeats word for word (-1 for none): the earlier copy, or the lower one when only a
 * headline or deck stands between them. A page that repeats a headline or its opening paragraphs does so once;
 * when most of a version repeats itself, repetition is its content and says nothing about chrome, so no line
 * counts as a repeat.
 */
export function repeatsOf(lines: readonly Line[], norms: readonly string[]): number[] {
  const firstSeen = new Map<string, number>();
  const repeats = lines.map((_, i) => {
    const key = norms[i]!;
    if (key.split(' ').length < 4) return -1;
    const earlier = firstSeen.get(key);
    if (earlier === undefined) firstSeen.set(key, i);
    if (earlier !== undefined || lines[i]!.ends || key.split(' ').length < CUT_COPY_WORDS) return earlier ?? -1;
    // A copy the page or the capture cut short (`… said it was a matter of deep regret that the c`): an earlier line
    // starts with all of it.
    return norms.slice(0, i).findIndex((norm) => norm.length > key.length && norm.startsWith(key));
  });
  const repeated = repeats.filter((r) => r >= 0).length;
  if (repeated * 3 > lines.length) return repeats.map(() => -1);
  // A paragraph printed three times or more is the page's (a caption over a gallery, a promotion): its first copy too.
  const copies = new Map<number, number>();
  for (const earlier of repeats) if (earlier >= 0) copies.set(earlier, (copies.get(earlier) ?? 0) + 1);
  const printedThrice = [...copies].flatMap(([first, count]) => (count >= 2 ? [first] : []));
  // Two copies with only unfinished lines between them (`Lede` / `Headline` / `Lede` / …): the lower copy leads into the
  // article, and the upper one is the page's excerpt of it.
  for (const [i, earlier] of repeats.entries()) {
    if (earlier < 0 || i - earlier < 2 || lines.slice(earlier + 1, i).some((line) => line.ends)) continue;
    repeats[earlier] = i;
    repeats[i] = -1;
  }
  for (const first of printedThrice) if (repeats[first]! < 0) repeats[first] = repeats.indexOf(first);
  return repeats;
}

/**
 * The line is one run of three words or more said again and again (`Crews at the quay Crews at the quay`): a caption or
 * button label the page printed twice in one paragraph. A sentence never repeats itself whole.
 */
export function doubled(norm: string): boolean {
  const words = norm.split(' ');
  for (let period = 3; period * 2 <= words.length; period++) {
    if (words.length % period !== 0) continue;
    if (words.every((word, i) => word === words[i % period])) return true;
  }
  return false;
}

/** Words a line needs for its text found inside another line to count as a copy (a caption, a deck), not a phrase. */
const CONTAINED_WORDS = 6;

/**
 * For each line, a longer line of the version (or one of `others`, text the rules removed such as the headline) that
 * holds all its words in a row, as an index (`lines.length + k` for `others[k]`), or -1: a deck printed again inside a
 * teaser line, a caption printed alone and then twice. Lines whose words are the same are repeats, not copies.
 */
export function containedIn(norms: readonly string[], others: readonly string[] = []): number[] {
  const all = [...norms, ...others];
  // Candidates by the first three words of the line sought: every longer line holding that trigram.
  const byTrigram = new Map<string, number[]>();
  all.forEach((norm, k) => {
    const words = norm.split(' ');
    const seen = new Set<string>();
    for (let w = 0; w + 3 <= words.length; w++) {
      const key = `${words[w]} ${words[w + 1]} ${words[w + 2]}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const list = byTrigram.get(key);
      if (list === undefined) byTrigram.set(key, [k]);
      else list.push(k);
    }
  });
  return norms.map((norm) => {
    const words = norm.split(' ');
    if (words.length < CONTAINED_WORDS) return -1;
    const padded = ` ${norm} `;
    const candidates = byTrigram.get(words.slice(0, 3).join(' ')) ?? [];
    return candidates.find((k) => all[k]!.length > norm.length && ` ${all[k]!} `.includes(padded)) ?? -1;
  });
}
