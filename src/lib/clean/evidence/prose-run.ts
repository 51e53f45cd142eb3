// Where a version's article stands: its longest run of article-shaped paragraphs. Chrome that reads as prose
// (a deck, a teaser's lede, a link card on a forum) sits outside that run, and a deck or summary restates a
// paragraph inside it.
import type { Line } from './lines.ts';

/** A list item's mark: `- `, `• `, `* `. */
const BULLET = /^[-•*·–]\s/u;

// What reads as a paragraph of prose, in one place: the judge, the runs of prose, the page's head and the copies a page
// prints twice all ask one of these questions, each a narrowing of `proseWords`.

/** Words enough for a paragraph: seven or more. */
const PROSE_WORDS = 7;
/** The share of function words (`the`, `of`, `was`) that prose has and a headline, a label or a list of names lacks. */
const PROSE_FUNCTION_SHARE = 0.2;
/** Words enough for a run of prose that lost its full stop (cut short, or widgets glued to its end): more than 20. */
const CUT_PROSE_WORDS = 20;

/** Written as prose, finished or not: words enough (`least` of them, seven unless said), with their function words. */
export function proseWords(line: Line, least = PROSE_WORDS): boolean {
  return line.words >= least && line.functionShare >= PROSE_FUNCTION_SHARE;
}

/** A paragraph of prose: a finished sentence of seven words or more, with its function words. */
export function readsAsProse(line: Line): boolean {
  return line.ends && proseWords(line);
}

/** A long run of prose without a sentence ending: text the page cut short, or whose full stop widgets glued to its end hide. */
export function longProseUnfinished(line: Line): boolean {
  return proseWords(line, CUT_PROSE_WORDS + 1);
}

/** An item of a list: `- `, `• `, `* ` opening the line. */
export function listItem(line: Line): boolean {
  return BULLET.test(line.text);
}

/**
 * A paragraph shaped like article text: a paragraph of prose in sentence case (a headline in title case may end in
 * `!`), not a list item.
 */
export function articleShaped(line: Line): boolean {
  return readsAsProse(line) && line.capitalShare <= 0.7 && !listItem(line);
}

/** The first and last index of the run (inclusive) and how many article-shaped paragraphs it holds (0: none in the version). */
export interface ProseRun {
  start: number;
  end: number;
  length: number;
}

/**
 * The version's longest run of article-shaped paragraphs. A single short line inside it (a subhead, a
 * picture's credit, a bare label) does not break it: an article keeps going under its subheads.
 */
export function mainProseRun(lines: readonly Line[], runs: readonly ProseRun[] = proseRuns(lines)): ProseRun {
  let best: ProseRun = { start: 0, end: -1, length: 0 };
  for (const run of runs) if (run.length > best.length) best = run;
  return best;
}

/** Every run of article-shaped paragraphs in the version, in order (see `mainProseRun`). */
export function proseRuns(lines: readonly Line[]): ProseRun[] {
  const runs: ProseRun[] = [];
  let current: ProseRun | undefined;
  for (let i = 0; i < lines.length; i++) {
    if (articleShaped(lines[i]!)) {
      if (current === undefined) runs.push((current = { start: i, end: i, length: 1 }));
      else {
        current.end = i;
        current.length++;
      }
      continue;
    }
    // A subhead, a picture's caption and credit, or a list inside the article does not end it; other gaps do.
    if (current === undefined) continue;
    const gapEnd = endOfGap(lines, i);
    if (gapEnd > i && lines[gapEnd] !== undefined && articleShaped(lines[gapEnd]!)) i = gapEnd - 1;
    else current = undefined;
  }
  return runs;
}

/** Lines a run may pass over: up to two short ones (a subhead, a caption and its credit, a list's lead-in) and a list. */
const GAP_LINES = 2;
const GAP_WORDS = 25;

/** Where the gap of non-article lines starting at `from` ends (the first article-shaped line after it, or a line the run cannot pass). */
function endOfGap(lines: readonly Line[], from: number): number {
  let j = from;
  let short = 0;
  while (j < lines.length && !articleShaped(lines[j]!)) {
    if (!BULLET.test(lines[j]!.text)) {
      if (short === GAP_LINES || lines[j]!.words > GAP_WORDS) break;
      short++;
    }
    j++;
  }
  return j;
}

/** How much of a paragraph's terms a later one of the same version says again to count as its restatement. */
const RESTATED = 0.7;
/** How far below it a deck's restatement stands: a deck restates the lede, a summary the first paragraphs. */
const LOOK_AHEAD = 4;

/**
 * The paragraph of the run that says again most of what a paragraph above the run says (a deck, a summary
 * bullet or a standfirst restating the lede in other words): its index, or -1. Only terms count (names,
 * numbers, rare words), so a restatement may reword the rest.
 */
export function restatedInRun(lines: readonly Line[], index: number, run: ProseRun): number {
  const line = lines[index]!;
  if (run.length === 0 || index > run.start || line.terms.length < 4) return -1;
  let best = -1;
  let bestShare = 0;
  for (let j = Math.max(index + 1, run.start); j <= Math.min(run.end, index + LOOK_AHEAD); j++) {
    const later = lines[j]!;
    const share = line.terms.filter((term) => later.terms.includes(term)).length / line.terms.length;
    if (share > bestShare) {
      bestShare = share;
      best = j;
    }
  }
  return bestShare >= RESTATED ? best : -1;
}
