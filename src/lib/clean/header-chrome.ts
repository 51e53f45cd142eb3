import type { FoundMetadata } from '../types.ts';
import { agencyNamed } from './agency.ts';
import {
  DATED_CREDIT,
  LABELLED_BYLINE,
  addDatedCredit,
  isDeskName,
  isPersonName,
  parseBylineLabel,
  parsePlacedByline,
  parseWritesFor,
} from './byline.ts';
import { classifyChrome, isWholeWidgetWord } from './chrome.ts';
import type { ChromeMatch } from './rule.ts';
import { parseDateIn, parseDateLine } from './date-line.ts';
import type { Decision } from './decisions.ts';
import { isCapitalsMasthead, isOutletName, outletNames } from './masthead.ts';
import { splitPieces, type Piece } from './pieces.ts';
import { SITE_MENU, isSectionMenuLine } from './site-menu.ts';
import { endsSentence, startsCapitalised, wordCount } from './text-shape.ts';

/** Page chrome sits in the first few lines; a header that never reaches a sentence is not one. */
const MAX_HEADER_PIECES = 24;
/** A piece this long is prose even without its final period. */
const PROSE_WORDS = 30;

const HEADLINE: ChromeMatch = { rule: 'header-chrome', reason: 'headline' };
const BYLINE: ChromeMatch = { rule: 'header-chrome', reason: 'byline' };
const DESK: ChromeMatch = { rule: 'header-chrome', reason: 'desk name' };
const CAPTION: ChromeMatch = { rule: 'header-chrome', reason: 'photo caption' };
const MASTHEAD: ChromeMatch = { rule: 'header-chrome', reason: 'masthead' };

export interface HeaderOptions {
  /** The outlet's name (story.yaml), when known: a header line equal to it is the masthead. */
  outlet?: string | undefined;
}

export interface HeaderFindings {
  /** Header pieces, then the first body piece (kept). Empty when the text has no header. */
  decisions: Decision[];
  /** Where the article body starts. */
  bodyStart: number;
  found: FoundMetadata;
  /** `found.byline` came from a `By …` line, not from a bare name. */
  bylineLabelled: boolean;
}

/** Reported speech (`"We are ready," he said`) opens articles but is never a headline or caption. */
const ATTRIBUTED_QUOTE = /[,.!?]["”’]\s+\p{Ll}/u;

function isHeadline(text: string): boolean {
  const count = wordCount(text);
  return count >= 3 && count <= PROSE_WORDS && startsCapitalised(text) && !ATTRIBUTED_QUOTE.test(text);
}

/** `Is Rwanda safe?` on its own line with chrome or a byline under it is a headline, not the first sentence. */
function isQuestionHeadline(line: Piece, next: Piece | undefined): boolean {
  if (!line.lineStart || !line.lineEnd || !next || !/[?!]["'”’]?$/u.test(line.text)) return false;
  const attribution = classifyChrome(next.text) ?? (isPersonName(next.text) || parsePlacedByline(next.text));
  return isHeadline(line.text) && Boolean(attribution);
}

/**
 * Walks the pieces before the first sentence. Glued widgets are split only here (the chrome zone),
 * and inside the first sentence only when chrome is glued to it (`…Reuters` + `Caption` +
 * `Rwanda is…`), so a camel-cased word in a real first sentence stays whole.
 */
function walkHeader(text: string): { walked: Decision[]; body: Piece } | undefined {
  // Pieces never cross a line break, so the opening lines' pieces are the same split alone: the walk reads those
  // first, and the whole text only when it reaches their last piece (which looks at the piece after it).
  const cut = text.indexOf('\n', HEADER_PREFIX);
  if (cut >= 0) {
    const walk = walkPieces(text, splitPieces(text, 0, cut + 1, false), true);
    if (walk !== 'read on') return walk;
  }
  const walk = walkPieces(text, splitPieces(text, 0, text.length, false), false);
  return walk === 'read on' ? undefined : walk;
}

/** Characters of the text split first for the header walk (to the end of the line that reaches them). */
const HEADER_PREFIX = 4000;

/** The header walk over `spans` (lines and sentences); with `partial`, 'read on' when it reaches the last of them. */
function walkPieces(text: string, spans: readonly Piece[], partial: boolean): { walked: Decision[]; body: Piece } | 'read on' | undefined {
  const walked: Decision[] = [];
  let creditSeen = false;
  // Lines and sentences first; each is split further at chrome glue.
  for (const [index, span] of spans.entries()) {
    if (partial && index === spans.length - 1) return 'read on';
    const subs = isWholeWidgetWord(span) ? [span] : splitPieces(text, span.start, span.end, true);
    const isSentence = endsSentence(span.text) && !isQuestionHeadline(span, spans[index + 1]);
    for (let i = 0; i < subs.length; i++) {
      const sub = subs[i]!;
      const match = classifyChrome(sub.text);
      if (match) {
        creditSeen ||= match.rule === 'photo-credit';
        walked.push({ piece: sub, match });
        continue;
      }
      const chromeAhead = subs.slice(i + 1).some((later) => classifyChrome(later.text));
      if (isSentence && !chromeAhead) {
        const next = subs[i + 1];
        if (!creditSeen || !next || !isHeadline(sub.text)) return { walked, body: sub };
        walked.push({ piece: sub });
        return { walked, body: next };
      }
      if (wordCount(sub.text) >= PROSE_WORDS) return { walked, body: sub };
      walked.push({ piece: sub });
      if (walked.length > MAX_HEADER_PIECES) return undefined;
    }
  }
  return partial ? 'read on' : undefined;
}

/** A later piece that no rule has named and that could be the headline. */
function headlineFollows(walked: readonly Decision[], index: number): boolean {
  return walked.slice(index + 1).some((later) => !later.match && isHeadline(later.piece.text) && !isSectionMenuLine(later.piece.text));
}

/**
 * The masthead above the headline: a line that is the outlet's own name (story.yaml or the page's
 * copyright notice), or the first line when it is set in capitals or has the site menu under it
 * and a headline still follows. A masthead is never the headline or a byline.
 */
function isMastheadAt(walked: readonly Decision[], index: number, names: ReadonlySet<string>): boolean {
  const { piece } = walked[index]!;
  if (!piece.lineStart || !piece.lineEnd) return false;
  if (isOutletName(piece.text, names)) return true;
  if (index !== 0 || !headlineFollows(walked, index)) return false;
  const next = walked[index + 1];
  const menuBelow = next !== undefined && (next.match?.rule === SITE_MENU.rule || isSectionMenuLine(next.piece.text));
  return isCapitalsMasthead(piece.text) || (menuBelow && wordCount(piece.text) <= 4);
}

/**
 * Names what is left: masthead and site menu, then the headline (the first headline-shaped line
 * after them), bylines, desks, and the caption after a photo credit. A `By …` line is the byline
 * even when a bare name came first.
 */
function classifyCandidates(text: string, walked: Decision[], found: FoundMetadata, names: ReadonlySet<string>): boolean {
  let creditSeen = false;
  let attributed = false;
  let labelledByline: string | undefined;
  walked.forEach((decision, index) => {
    const { piece } = decision;
    if (decision.match) {
      creditSeen ||= decision.match.rule === 'photo-credit';
      attributed ||= decision.match === LABELLED_BYLINE;
      if (decision.match === LABELLED_BYLINE) {
        // `by Reuters` above `By Jane Doe and John Roe`: the wire is the agency, the people the byline.
        const name = parseBylineLabel(piece.text);
        const wire = name === undefined ? undefined : (agencyNamed(name) ?? agencyNamed(parseWritesFor(piece.text) ?? ''));
        if (labelledByline === undefined || (name !== undefined && wire === undefined && agencyNamed(labelledByline) !== undefined))
          labelledByline = name;
        found.agency ??= wire;
      }
      if (decision.match === DATED_CREDIT) addDatedCredit(found, piece.text);
      if (decision.match.rule === 'date-line') found.published ??= parseDateLine(piece.text);
      if (decision.match.rule === 'timestamp') found.published ??= parseDateIn(piece.text);
      return;
    }
    if (found.title === undefined && isMastheadAt(walked, index, names)) {
      decision.match = MASTHEAD;
      return;
    }
    if (piece.lineStart && piece.lineEnd && isSectionMenuLine(piece.text)) {
      decision.match = SITE_MENU;
      return;
    }
    const headline = isHeadline(piece.text) && !carriesOn(text, piece.end);
    if (found.title === undefined && !attributed && !creditSeen && headline && !isPersonName(piece.text)) {
      decision.match = HEADLINE;
      found.title = piece.text;
    } else if (isPersonName(piece.text) || parsePlacedByline(piece.text)) {
      decision.match = BYLINE;
      found.byline ??= parsePlacedByline(piece.text) ?? piece.text;
    } else if (isDeskName(piece.text)) {
      decision.match = DESK;
    } else if (creditSeen && isHeadline(piece.text)) {
      decision.match = CAPTION;
    }
    if (decision.match) attributed = true;
  });
  if (labelledByline !== undefined) found.byline = labelledByline;
  return labelledByline !== undefined;
}

/** The sentence goes on in lower case on the very next line (a hard-wrapped capture): no headline ends there. */
function carriesOn(text: string, end: number): boolean {
  return /^[^\S\n]*\n[^\S\n]*\p{Ll}/u.test(text.slice(end, end + 40));
}

/**
 * The header: headline, timestamp, share bar, byline, desk, photo credit and caption glued above
 * the first sentence. Without any certain chrome, only a headline standing on its own line above
 * the body is taken (as the title).
 */
export function findHeader(text: string, options: HeaderOptions = {}): HeaderFindings {
  const found: FoundMetadata = {};
  const walk = walkHeader(text);
  if (!walk || walk.walked.length === 0) return { decisions: [], bodyStart: walk?.body.start ?? 0, found, bylineLabelled: false };
  const { walked, body } = walk;
  let bylineLabelled = false;
  const names = outletNames(text, options.outlet);
  // A line that is the outlet's own name (`ChipTrade Daily — Industry Newswire`) is certain chrome.
  const namedMasthead = walked.some(({ piece, match }) => !match && piece.lineStart && piece.lineEnd && isOutletName(piece.text, names));
  if (namedMasthead || walked.some((decision) => decision.match)) {
    bylineLabelled = classifyCandidates(text, walked, found, names);
  } else {
    const only = walked.length === 1 ? walked[0]! : undefined;
    if (!only || !only.piece.lineStart || !only.piece.lineEnd || !isHeadline(only.piece.text) || carriesOn(text, only.piece.end)) {
      return { decisions: [], bodyStart: walked[0]!.piece.start, found, bylineLabelled };
    }
    only.match = HEADLINE;
    found.title = only.piece.text;
  }
  return { decisions: [...walked, { piece: body }], bodyStart: body.start, found, bylineLabelled };
}
