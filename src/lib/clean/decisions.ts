import type { Edit } from '../types.ts';
import type { ChromeMatch } from './rule.ts';
import type { Piece } from './pieces.ts';
import { isSpace } from './text-shape.ts';

/** What a rule decided about one piece: removed with a reason, or kept (`match` undefined). */
export interface Decision {
  piece: Piece;
  match?: ChromeMatch | undefined;
}

function sameMatch(a: ChromeMatch | undefined, b: ChromeMatch | undefined): boolean {
  return a !== undefined && b !== undefined && a.rule === b.rule && a.reason === b.reason;
}

/** A removed run glued on both sides to kept pieces: `Jane DoeBBC NewsRwanda is…` minus the desk. */
function isGluedBetweenKept(text: string, decisions: readonly Decision[], first: number, last: number): boolean {
  const before = decisions[first - 1];
  const after = decisions[last + 1];
  if (!before || !after || before.match || after.match) return false;
  return !isSpace(text[decisions[first]!.piece.start - 1]) && !isSpace(text[decisions[last]!.piece.end]);
}

/**
 * Turns decisions about consecutive pieces into edits: neighbouring pieces removed for the same
 * reason become one fragment (`ShareSave`, a whole list). A removed run glued between two kept
 * pieces leaves a line break, so the kept pieces do not run together.
 */
export function editsFromDecisions(text: string, decisions: readonly Decision[]): Edit[] {
  const edits: Edit[] = [];
  decisions.forEach((decision, index) => {
    const { match } = decision;
    if (!match) return;
    const last = edits[edits.length - 1];
    if (last && sameMatch(decisions[index - 1]?.match, match)) last.end = decision.piece.end;
    else edits.push({ start: decision.piece.start, end: decision.piece.end, replacement: '', rule: match.rule, reason: match.reason });
    const runEndsHere = !decisions[index + 1]?.match;
    if (!runEndsHere) return;
    let first = index;
    while (first > 0 && decisions[first - 1]!.match) first--;
    if (isGluedBetweenKept(text, decisions, first, index)) edits[edits.length - 1]!.replacement = '\n';
  });
  return edits;
}
