import { matchAdvertisement } from './advertisement.ts';
import { matchAudioCredit } from './audio-credit.ts';
import { matchBylineLabel, matchCreditLine, matchDatedCredit } from './byline.ts';
import { matchDateLine } from './date-line.ts';
import { matchCommentsCount } from './comments-count.ts';
import { matchCopyright } from './copyright.ts';
import { matchCaptionLabel, matchCaptionWithCredit, matchPhotoCredit } from './photo-credit.ts';
import { splitPieces, type Piece } from './pieces.ts';
import { matchPromo } from './promo.ts';
import { matchRelativeTimestamp } from './relative-timestamp.ts';
import { matchShareBar } from './share-bar.ts';
import { matchSiteMenu } from './site-menu.ts';
import { matchTeaser } from './teaser.ts';
import type { ChromeMatch, ChromeMatcher } from './rule.ts';
import { wordCount } from './text-shape.ts';

const MATCHERS: readonly ChromeMatcher[] = [
  matchAudioCredit,
  // Before the share bar, which also knows the word: `Comments (48)`, `12 comments` are the comments link.
  matchCommentsCount,
  matchShareBar,
  matchDateLine,
  matchRelativeTimestamp,
  matchAdvertisement,
  // Before the photo credit, which also knows a wire's name: `Reuters , Tuesday 25 Oct 2011` signs the report.
  matchDatedCredit,
  matchPhotoCredit,
  matchCaptionLabel,
  matchCaptionWithCredit,
  matchCopyright,
  matchPromo,
  matchTeaser,
  matchCreditLine,
  matchBylineLabel,
  // Last: a pipe-separated line that another rule names more precisely (`Written by … | Reuters`) is that widget.
  matchSiteMenu,
];

/**
 * Page chrome that is recognisable on its own, wherever it sits: the whole piece must be the
 * widget, so sentences that merely start with the same word are never matched.
 */
export function classifyChrome(text: string): ChromeMatch | undefined {
  for (const match of MATCHERS) {
    const found = match(text);
    if (found) return found;
  }
  return undefined;
}

/**
 * A one-word line or sentence that is a widget as a whole: `WhatsApp` or `LinkedIn` is one share
 * label, not `Whats` + `App`. Longer spans are always split, since a matcher that reads a prefix
 * (`Follow us on…`) would otherwise swallow the chrome glued after it.
 */
export function isWholeWidgetWord(span: Piece): boolean {
  return wordCount(span.text) === 1 && classifyChrome(span.text) !== undefined;
}

/**
 * Pieces of a chrome zone (the trailer runs from the body's start to the end): split at glue too,
 * then a camel-case cut inside one widget word (`Whats` + `App`) is joined again. One split pass
 * over the body, not lines first and then each line again, since this runs over every article.
 */
export function splitChromeZone(text: string, from: number, to: number): Piece[] {
  const pieces: Piece[] = [];
  for (const piece of splitPieces(text, from, to, true)) {
    const last = pieces.at(-1);
    if (last !== undefined && piece.before === 'camel' && last.end === piece.start) {
      const joined: Piece = { ...last, end: piece.end, text: text.slice(last.start, piece.end), lineEnd: piece.lineEnd };
      if (isWholeWidgetWord(joined)) {
        pieces[pieces.length - 1] = joined;
        continue;
      }
    }
    pieces.push(piece);
  }
  return pieces;
}
