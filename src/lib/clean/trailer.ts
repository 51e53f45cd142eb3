import { FUNCTION_WORDS } from '../language/index.ts';
import { classifyChrome, splitChromeZone } from './chrome.ts';
import type { Decision } from './decisions.ts';
import type { Piece } from './pieces.ts';
import { readsAsCutOffSentence } from './text-shape.ts';
import { RELATED_LIST, findRelatedLists, isListItem, matchRelatedHeading } from './related-list.ts';
import { findTagStripStart, findTrailingChromeRun, matchTagHeading, matchTrailingChrome } from './tag-strip.ts';

export interface TrailerFindings {
  /** The last body piece (kept), then the trailer pieces. Empty when there is no trailer. */
  decisions: Decision[];
  /** Where the trailer starts (`text.length` when there is none). */
  start: number;
  /** Related-story boxes inside the body, each as heading and entries. */
  inlineLists: Decision[][];
}

/** Timestamps belong to the list entries they date; other widgets end the list. */
const LIST_COMPANIONS = new Set(['relative-timestamp', 'timestamp', 'date-line']);

/**
 * Names each trailer piece. After a "more stories" heading, entries and their timestamps are the
 * list; the first other widget (a credit, a promotion) ends it, and what follows is the tag strip.
 */
function classifyTrailer(pieces: readonly Piece[]): Decision[] {
  let inList = false;
  return pieces.map((piece) => {
    const heading = matchRelatedHeading(piece.text);
    if (heading) {
      inList = true;
      return { piece, match: heading };
    }
    const tagHeading = matchTagHeading(piece.text);
    const chrome = classifyChrome(piece.text);
    if (inList && !tagHeading && isListItem(piece.text) && (!chrome || LIST_COMPANIONS.has(chrome.rule)))
      return { piece, match: RELATED_LIST };
    inList = false;
    return { piece, match: chrome ?? tagHeading ?? matchTrailingChrome(piece.text) ?? RELATED_LIST };
  });
}

/**
 * Where the tag strip starts. Usually after a finished sentence; but a "more stories" list
 * (`Most Read` and its headlines) that runs right up to the chrome at the end is page chrome too,
 * so the run after its last headline is the strip even though no sentence ends there.
 */
function stripStartIndex(pieces: readonly Piece[]): number {
  const afterSentence = findTagStripStart(pieces);
  if (afterSentence < pieces.length) return afterSentence;
  const run = findTrailingChromeRun(pieces);
  if (run === pieces.length) return run;
  const listReachesRun = findRelatedLists(pieces, pieces[run]!.start).some((list) => list.reachesTrailer);
  return listReachesRun ? run : pieces.length;
}

/**
 * Where the sentence a capture was cut off in starts (a page saved or excerpted mid-word: `HP expects adj`),
 * or the text's length. That line is the article's, never a topic tag: the text stops right after a lower-case letter,
 * and the line opens like a sentence and has words in lower case. When the line does not, the sentence after its last
 * full stop may (`… for the ferries. The board will op`): one that opens like a sentence and reads as prose, with a
 * function word among its words, and no stop inside it.
 */
function cutOffLineStart(text: string, bodyStart: number): number {
  // An excerpt cut mid-sentence may keep the space after its last word, never a line break.
  const line = text.slice(text.lastIndexOf('\n') + 1).trimEnd();
  const start = text.lastIndexOf('\n') + 1;
  if (!/[\p{Ll},]$/u.test(line)) return text.length;
  // A line of its own below the body, opening like a sentence, with no glued widgets (`TopicsNigeriaFloods`).
  const cut = start > bodyStart && /^["“‘']?[\p{Lu}\p{N}]/u.test(line) && readsAsCutOffSentence(line) && !/[|•·]|\p{Ll}\p{Lu}/u.test(line);
  if (cut) return start;
  const lastStop = /^.*[.!?]["'”’)]*\s+(?=["“‘']?[\p{Lu}\p{N}])/su.exec(line)?.[0].length ?? 0;
  const sentence = line.slice(lastStop);
  const prose = sentence.split(/\s+/u).some((word) => FUNCTION_WORDS.has(word));
  // No stop or label colon inside it: a glued run of widgets (`… continent.Follow us on …`) has them.
  return lastStop > 0 && start + lastStop > bodyStart && prose && !/[|•·.!?:]/u.test(sentence) ? start + lastStop : text.length;
}

/**
 * The chrome after the last body sentence: a "more stories" list that runs to the end, and the
 * run of credits, promotions and topic tags at the very end. Glued widgets are split here, since
 * the trailer is a chrome zone.
 */
export function findTrailer(text: string, bodyStart: number): TrailerFindings {
  const end = cutOffLineStart(text, bodyStart);
  const pieces = splitChromeZone(text, bodyStart, end);
  const stripIndex = stripStartIndex(pieces);
  const stripStart = pieces[stripIndex]?.start ?? end;
  const lists = findRelatedLists(pieces, stripStart);
  const tail = lists.find((list) => list.reachesTrailer);
  const inlineLists = lists
    .filter((list) => list !== tail)
    .map((list) => [list.heading, ...list.items].map((piece) => ({ piece, match: RELATED_LIST })));
  // Headings are found among the same chrome-split pieces, so the trailer is a suffix of `pieces`.
  const start = Math.min(tail?.heading.start ?? end, stripStart);
  if (start >= end) return { decisions: [], start: text.length, inlineLists };
  const trailer = pieces.filter((piece) => piece.start >= start);
  const lastBody = pieces.filter((piece) => piece.end <= start).pop();
  const kept: Decision[] = lastBody ? [{ piece: lastBody }] : [];
  return { decisions: [...kept, ...classifyTrailer(trailer)], start, inlineLists };
}
