import type { ChromeMatch } from './rule.ts';
import type { Piece } from './pieces.ts';
import { matchRelativeTimestamp } from './relative-timestamp.ts';
import { endsSentence, isSeparator, startsCapitalised, wordCount } from './text-shape.ts';

const HEADINGS = [
  // `You may also be interested in`, `More on this story`.
  String.raw`you (?:may|might) also (?:be interested in|like|want to read)|more on this (?:story|topic)`,
  // `Related`, `Related stories`.
  String.raw`related(?: (?:stories|articles|content|news|coverage|links|posts|reading|videos))?`,
  // `Latest Stories`, `Top news`, `Trending videos`: a ranking word and a kind of item.
  String.raw`(?:latest|top|more|other|trending|popular|recommended|featured) (?:stories|news|articles|headlines|videos|posts|reads)`,
  // `Most Read`, `Read next`, `See also`.
  String.raw`most (?:read|popular|viewed|shared|watched)|read (?:more|next)|see also`,
  // `More from Leeds Evening Courier`: a section or site name of up to 40 characters.
  String.raw`more from [\p{L} .'’-]{1,40}`,
  // `Around the web`, `Recommended for you`, `Editor's picks`, `Don't miss`.
  String.raw`around the (?:bbc|web)|recommended(?: for you)?|what to read next|editor'?s? picks?|don'?t miss`,
];

/**
 * Headings of "more stories" boxes (generic knowledge of news sites). The whole piece must be the
 * heading: "Latest figures show…" or "Related research…" are sentences and stay.
 */
const HEADING = new RegExp(String.raw`^(?:${HEADINGS.join('|')})\s*:?$`, 'iu');

export const RELATED_LIST: ChromeMatch = { rule: 'related-list', reason: 'related stories list' };

export function matchRelatedHeading(text: string): ChromeMatch | undefined {
  return HEADING.test(text) ? RELATED_LIST : undefined;
}

/** The number of a numbered list (`1.`, `2)`), split off its entry where a capital follows. */
const LIST_NUMBER = /^\d{1,2}[.)]$/u;

/** A bullet or number before an entry: `- Jobs boost…`, `• Leeds fire…`, `3) Man arrested…`. */
const LIST_MARKER = /^(?:[-–—•*·▪]|\d{1,2}[.)])\s+/u;

/**
 * A list entry: a headline (no final period), its timestamp (`4 hours -`), a separator, or the
 * number of a numbered list. A bullet or number before the headline is part of the entry.
 */
export function isListItem(text: string): boolean {
  if (isSeparator(text) || matchRelativeTimestamp(text) || LIST_NUMBER.test(text)) return true;
  const entry = text.replace(LIST_MARKER, '');
  const headline = wordCount(entry) <= 25 && startsCapitalised(entry);
  return headline && (!endsSentence(entry) || /[?!]["'”’]?$/u.test(entry));
}

export interface RelatedList {
  heading: Piece;
  items: Piece[];
  /** The list runs on into the trailing chrome (or the end of the text). */
  reachesTrailer: boolean;
}

/**
 * "More stories" boxes among chrome-split `pieces`: a heading and the list entries after it, up to
 * the first piece of prose or the trailing chrome that starts at `trailerStart`. Fine pieces, since
 * a heading is often glued to its first entry (`More on this storyNigeria floods…`).
 */
export function findRelatedLists(pieces: readonly Piece[], trailerStart: number): RelatedList[] {
  const lists: RelatedList[] = [];
  for (let index = 0; index < pieces.length; index++) {
    const heading = pieces[index]!;
    if (heading.start >= trailerStart || !matchRelatedHeading(heading.text)) continue;
    let next = index + 1;
    while (next < pieces.length && pieces[next]!.start < trailerStart && isListItem(pieces[next]!.text)) next++;
    const items = pieces.slice(index + 1, next);
    const reachesTrailer = next === pieces.length || pieces[next]!.start >= trailerStart;
    if (items.length === 0 && !reachesTrailer) continue;
    lists.push({ heading, items, reachesTrailer });
    if (reachesTrailer) break;
    index = next - 1;
  }
  return lists;
}
