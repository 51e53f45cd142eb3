import { findBoundaries, type BoundaryKind } from './boundaries.ts';
import { isSpace } from './text-shape.ts';

/**
 * A stretch of text between two boundaries, trimmed of whitespace: a line, a sentence, or one
 * widget of glued page chrome (`13 minutes ago`, `Share`, `Cecilia Macaulay`). Rules classify
 * pieces; offsets are in the text that was split.
 */
export interface Piece {
  start: number;
  end: number;
  text: string;
  /** How this piece was separated from the previous one (`start` for the first of a range). */
  before: BoundaryKind | 'start';
  /** Nothing but whitespace between the start of its line and the piece. */
  lineStart: boolean;
  /** Nothing but whitespace between the piece and the end of its line. */
  lineEnd: boolean;
}

function trimmedRange(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && isSpace(text[start])) start++;
  while (end > start && isSpace(text[end - 1])) end--;
  return { start, end };
}

function onlySpaceBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpace(text[i])) return false;
  return true;
}

function lineStartOf(text: string, index: number): number {
  const newline = text.lastIndexOf('\n', index - 1);
  return newline < 0 ? 0 : newline + 1;
}

function lineEndOf(text: string, index: number): number {
  const newline = text.indexOf('\n', index);
  return newline < 0 ? text.length : newline;
}

/**
 * Splits `text[from, to)` into pieces. `chrome` adds the glue boundaries that are only safe in page
 * chrome (see boundaries.ts); without it pieces are lines and sentences.
 */
export function splitPieces(text: string, from: number, to: number, chrome: boolean): Piece[] {
  const boundaries = findBoundaries(text, from, to, chrome);
  const cuts: { at: number; kind: BoundaryKind | 'start' }[] = [{ at: from, kind: 'start' }];
  for (const boundary of boundaries) cuts.push({ at: boundary.at, kind: boundary.kind });
  const pieces: Piece[] = [];
  cuts.forEach((cut, index) => {
    const range = trimmedRange(text, cut.at, cuts[index + 1]?.at ?? to);
    if (range.start >= range.end) return;
    pieces.push({
      ...range,
      text: text.slice(range.start, range.end),
      before: cut.kind,
      lineStart: onlySpaceBetween(text, lineStartOf(text, range.start), range.start),
      lineEnd: onlySpaceBetween(text, range.end, lineEndOf(text, range.end)),
    });
  });
  return pieces;
}
