// A version's own headline standing below the top of the capture, under a caption or teaser the page put
// first: the line another version's headline says too. The article starts under it.
import { findFullDate } from '../../language/written-dates.ts';
import { linesOf, type Line } from './lines.ts';

/** How far down the capture a headline may stand (under one line), and how much of it another version's headline must share. */
const LOWEST = 1;
const SHARED = 0.6;

/** A headline's shape: unfinished, four to fourteen words, mostly capitalised (`Harbour Board Halts Ferries`). */
function headlineShaped(line: Line): boolean {
  return !line.ends && line.words >= 4 && line.words <= 14 && line.capitalShare >= 0.5;
}

/**
 * For each version, the index of its headline when it stands under one line and another version's
 * headline (the one the rules found) shares most of its terms; -1 when the version's headline was found at the
 * top, or none is there.
 */
export function headlinesBelowTheTop(titles: readonly (string | undefined)[], versions: readonly (readonly Line[])[]): number[] {
  // Each version's headlines: the one the rules found, and headline-shaped lines at its top.
  const titleTerms = versions.map((lines, v) => {
    const heads = lines.slice(0, LOWEST + 1).filter(headlineShaped);
    const title = titles[v] === undefined ? undefined : linesOf(titles[v]!)[0];
    return new Set([...(title ? [title] : []), ...heads].flatMap((line) => line.terms));
  });
  return versions.map((lines, v) => {
    if (titles[v] !== undefined) return -1;
    for (let h = 1; h <= LOWEST && h < lines.length - 1; h++) {
      const line = lines[h]!;
      if (!headlineShaped(line) || line.terms.length === 0) continue;
      const shared = titleTerms.some(
        (terms, other) => other !== v && line.terms.filter((term) => terms.has(term)).length >= SHARED * line.terms.length,
      );
      if (shared && lines[h + 1]!.ends) return h;
    }
    return -1;
  });
}

/** Longest title the pass takes: a longer unfinished line above the article is a deck, a caption or a lede without its period. */
const TITLE_WORDS = 20;
/** A list item or cell (`* Bridge shut after …`, `- Mar 4, 2025`, `1. Skip to content`, `| Home`). */
const LIST_ITEM = /^(?:[-*•·|>–—]|\d{1,2}[.)])\s/u;
/** A line of a list: a list item with another beside it (a headline alone may wear a bullet: `• Lander Touches Down`). */
const inList = (line: Line, lines: readonly Line[]): boolean =>
  LIST_ITEM.test(line.text) && [lines[line.index - 1], lines[line.index + 1]].some((other) => other && LIST_ITEM.test(other.text));
/** A labelled picture credit closing the line (`… when the ferry returns. | Image: Coastline Press`): a caption, never a headline. */
const PICTURE_CREDIT = /(?:^|\s)[|(]?\s*(?:photo|image|picture|pic|credit)\s*:\s*[^:]+$/iu;
/** An ad-network or tracking line (`example.com, pub-1234567, DIRECT`): a domain or a long run of digits. */
const CODE = /\b[\w-]+\.(?:com|net|org|co|uk|io)\b|\d{6,}/u;

/**
 * A line that can be the version's title: a headline's length, opening on a capital or quote, no picture credit at
 * its end, not an item of a list, not a label before its colon or a cell before its bar, not a date line, no code.
 */
export function titleShaped(line: Line, lines: readonly Line[]): boolean {
  const text = line.text.replace(LIST_ITEM, '');
  if (line.words < 3 || line.words > TITLE_WORDS || line.glued === true || inList(line, lines)) return false;
  if (!/^["“‘']?[\p{Lu}\p{N}]/u.test(text) || /[:|]$/u.test(text) || CODE.test(text) || PICTURE_CREDIT.test(text)) return false;
  // A date with a word or two around it (`October 20, 2025 - 4:05 PM`, `date 2025-10-20 | Mon, Oct 20, 2025`).
  return findFullDate(text) === undefined || line.words > 8;
}

/**
 * Whether another version of the story says most of a title candidate's terms, anywhere: the story's headline
 * reports the story, while a masthead, section label or credit (`Los Angeles Times`, `National News`) does not.
 * `storyTerms` counts, per term, the versions that use it; a one-version story has no other version to ask.
 */
export function titleSupported(
  line: Line,
  ownTerms: ReadonlySet<string>,
  storyTerms: ReadonlyMap<string, number>,
  versions: number,
): boolean {
  if (versions < 2) return true;
  if (line.terms.length === 0) return false;
  const elsewhere = line.terms.filter((term) => (storyTerms.get(term) ?? 0) - (ownTerms.has(term) ? 1 : 0) > 0).length;
  return elsewhere >= TITLE_SUPPORT * line.terms.length;
}

/** Share of a title's terms another version must use. */
const TITLE_SUPPORT = 0.5;
