import { classifyChrome } from './chrome.ts';
import type { ChromeMatch } from './rule.ts';
import type { Decision } from './decisions.ts';
import { matchCopyright } from './copyright.ts';
import { matchCaptionWithCredit } from './photo-credit.ts';
import { splitPieces, type Piece } from './pieces.ts';

/**
 * Widgets that span several sentences on one line: a caption closed by its credit, a copyright
 * notice (`© 2026 Courier. All rights reserved.`). Each is bounded at both ends, so a line of
 * prose never matches as a whole.
 */
function matchWholeLine(text: string): ChromeMatch | undefined {
  return matchCaptionWithCredit(text) ?? matchCopyright(text);
}

/** The pieces of `text[from, to)` grouped by line. */
function linesOfPieces(pieces: readonly Piece[]): Piece[][] {
  const lines: Piece[][] = [];
  for (const piece of pieces) {
    if (piece.lineStart || lines.length === 0) lines.push([piece]);
    else lines[lines.length - 1]!.push(piece);
  }
  return lines;
}

/** One piece spanning a whole line of several pieces. */
function wholeLine(text: string, line: readonly Piece[]): Piece {
  const first = line[0]!;
  const last = line[line.length - 1]!;
  return { ...first, end: last.end, text: text.slice(first.start, last.end), lineEnd: last.lineEnd };
}

/**
 * Widgets standing on a line of their own inside the body (`Advertisement`, `Share this article`,
 * `READ ALSO: …`, `Image caption: …`, `Photo: AP`). Only whole lines are judged, so a sentence
 * that starts with the same words is never cut. A line of several sentences is judged only by the
 * whole-line widgets above: other widgets are one piece. `skip` holds ranges other rules already took.
 */
export function findLineChrome(text: string, from: number, to: number, skip: readonly { start: number; end: number }[]): Decision[][] {
  const found: Decision[][] = [];
  for (const line of linesOfPieces(splitPieces(text, from, to, false))) {
    const piece = line.length === 1 ? line[0]! : wholeLine(text, line);
    if (!piece.lineStart || !piece.lineEnd) continue;
    if (skip.some((range) => piece.start < range.end && range.start < piece.end)) continue;
    const match = line.length === 1 ? classifyChrome(piece.text) : matchWholeLine(piece.text);
    if (match) found.push([{ piece, match }]);
  }
  return found;
}
