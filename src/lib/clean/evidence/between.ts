// Where a line stands between article paragraphs: the walkers the judge's position signals use to find the article
// paragraph beyond a line, past what a page sets between two paragraphs (finished sentences, pictures, a list).
import type { Line } from './lines.ts';

/** What the judge has said of a line so far: its log-odds (below 0 for article text) and the signals that moved them. */
export interface Judged {
  logOdds: number;
  signals: string[];
}

/** Signals that name a picture's caption or credit. */
export const PICTURE_SIGNAL = /picture|caption/u;

/** The list the line stands in is led into by a line ending in a colon, above its first item. */
export function introducedList(lines: readonly Line[], index: number): boolean {
  let k = index - 1;
  while (k >= 0 && !lines[k]!.ends && !lines[k]!.text.endsWith(':')) k--;
  return k >= 0 && lines[k]!.text.endsWith(':');
}

/**
 * A paragraph of prose the page cut off mid-sentence (`… could not be immediately`): long, in lower case with
 * its function words, stopping on a lower-case word. A teaser or heading is capitalised or short.
 */
export function cutShort(line: Line): boolean {
  return line.words >= 12 && line.functionShare >= 0.35 && line.capitalShare <= 0.25 && /\s\p{Ll}[\p{Ll}'’-]*$/u.test(line.text);
}

/**
 * An article paragraph at `j`, or past the lines from `j` on that `passOver` names and the judge does not take for
 * article text (walking by `step`).
 */
export function articleBeyond(evidence: readonly Judged[], j: number, step: number, passOver: (k: number) => boolean): boolean {
  let k = j;
  while (evidence[k] !== undefined && evidence[k]!.logOdds >= 0 && passOver(k)) k += step;
  return (evidence[k]?.logOdds ?? 0) < 0;
}

/** The list `i` stands in: an article paragraph leads into it with a colon (`… pledges including:`), another follows it. */
export function listInArticle(lines: readonly Line[], evidence: readonly Judged[], i: number): boolean {
  let up = i - 1;
  while (up >= 0 && !lines[up]!.ends && lines[up]!.words >= 3) up--;
  let down = i + 1;
  while (down < lines.length && !lines[down]!.ends && lines[down]!.words >= 3) down++;
  const leadIn = lines[up];
  return (
    leadIn !== undefined &&
    leadIn.text.endsWith(':') &&
    leadIn.words >= 7 &&
    evidence[up]!.logOdds < 0 &&
    lines[down]?.ends === true &&
    evidence[down]!.logOdds < 0
  );
}
