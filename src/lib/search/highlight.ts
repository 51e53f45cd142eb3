import type { HighlightRange } from './types.ts';
import { wordSpans } from './words.ts';

/** The words of `text` whose folded form is one of `terms`. */
export function highlightWords(text: string, terms: ReadonlySet<string>): HighlightRange[] {
  return wordSpans(text)
    .filter((span) => terms.has(span.term))
    .map((span) => ({ start: span.start, end: span.end }));
}

export interface TextPiece {
  text: string;
  marked: boolean;
}

/**
 * `text` cut into plain and highlighted pieces, for a renderer that builds DOM nodes (never HTML
 * strings). Ranges are sorted and may overlap; highlights separated only by spaces merge, so a
 * matched phrase reads as one mark.
 */
export function splitHighlights(text: string, ranges: readonly HighlightRange[]): TextPiece[] {
  const merged: HighlightRange[] = [];
  for (const range of [...ranges].sort((a, b) => a.start - b.start)) {
    const last = merged[merged.length - 1];
    if (last && /^\s*$/.test(text.slice(last.end, range.start))) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  const pieces: TextPiece[] = [];
  let at = 0;
  for (const range of merged) {
    if (range.start > at) pieces.push({ text: text.slice(at, range.start), marked: false });
    pieces.push({ text: text.slice(range.start, range.end), marked: true });
    at = range.end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), marked: false });
  return pieces;
}

export interface Snippet {
  text: string;
  ranges: HighlightRange[];
}

/**
 * At most about `length` characters of `text` around its first highlight, cut at spaces, with an
 * ellipsis where text was left out; ranges are moved into the snippet's coordinates.
 */
export function snippet(text: string, ranges: readonly HighlightRange[], length: number): Snippet {
  if (text.length <= length) return { text, ranges: [...ranges] };
  const first = ranges.reduce((min, range) => Math.min(min, range.start), text.length);
  let start = first >= text.length ? 0 : Math.max(0, first - Math.floor(length / 3));
  if (start > 0) start = text.lastIndexOf(' ', start) + 1;
  let end = Math.min(text.length, start + length);
  if (end < text.length) end = text.lastIndexOf(' ', end) > start ? text.lastIndexOf(' ', end) : end;
  const prefix = start > 0 ? '… ' : '';
  const suffix = end < text.length ? ' …' : '';
  const shift = prefix.length - start;
  return {
    text: `${prefix}${text.slice(start, end)}${suffix}`,
    ranges: ranges
      .filter((range) => range.start >= start && range.end <= end)
      .map((range) => ({ start: range.start + shift, end: range.end + shift })),
  };
}
