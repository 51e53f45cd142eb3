import type { Edit } from '../types.ts';
import { findBoundaries } from './boundaries.ts';

/**
 * Puts back breaks the scraper lost inside the body: a space between glued sentences
 * (`said.His`, `beings".Nduhungireh`), a line break where a headline or caption without final
 * punctuation runs into the body (`"another chance"Rwanda`). Only punctuation boundaries count
 * here; camel case and letter–digit glue are left alone because real text has `McDonald`,
 * `iPhone` and `BBCAfrica`. Initials (`U.S.`, `L.I.`, `e.g.`), decimals and web addresses are
 * never split (see boundaries.ts).
 */
export function repairRunTogether(text: string): Edit[] {
  const edits: Edit[] = [];
  for (const boundary of findBoundaries(text, 0, text.length, false)) {
    if (!boundary.glued) continue;
    if (boundary.kind === 'sentence') {
      edits.push({
        start: boundary.at,
        end: boundary.at,
        replacement: ' ',
        rule: 'run-together',
        reason: 'missing space between sentences',
      });
    } else if (boundary.kind === 'quote') {
      edits.push({
        start: boundary.at,
        end: boundary.at,
        replacement: '\n',
        rule: 'run-together',
        reason: 'missing line break after a headline or caption',
      });
    }
  }
  return edits;
}
