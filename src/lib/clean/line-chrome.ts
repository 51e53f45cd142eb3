import { classifyChrome } from './chrome.ts';
import type { Decision } from './decisions.ts';
import { splitPieces } from './pieces.ts';

/**
 * Widgets standing on a line of their own inside the body (`Advertisement`, `Share this article`,
 * `READ ALSO: …`, `Image caption: …`, `Photo: AP`). Only whole lines are judged, so a sentence
 * that starts with the same words is never cut. `skip` holds ranges other rules already took.
 */
export function findLineChrome(text: string, from: number, to: number, skip: readonly { start: number; end: number }[]): Decision[][] {
  const found: Decision[][] = [];
  for (const piece of splitPieces(text, from, to, false)) {
    if (!piece.lineStart || !piece.lineEnd) continue;
    if (skip.some((range) => piece.start < range.end && range.start < piece.end)) continue;
    const match = classifyChrome(piece.text);
    if (match) found.push([{ piece, match }]);
  }
  return found;
}
