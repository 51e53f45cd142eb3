// Where the rules took the page's who and when (a byline, a date, a timestamp) out from between two lines of a
// version. A page's head runs headline, deck, byline and date, then the lede: a paragraph of prose with the byline
// under it, before the article's next paragraph, is the deck, not the lede.
import type { MappedText, RemovedFragment } from '../../types.ts';
import { type Line, lineBefore, lineBounds } from './lines.ts';
import { proseWords } from './prose-run.ts';

/** The rules that take out who wrote the page and when: not `Reporting by …; Editing by …`, which closes an article. */
function tellsWhoOrWhen(fragment: RemovedFragment): boolean {
  if (fragment.rule === 'byline') return fragment.reason !== 'reporting credits';
  if (fragment.rule === 'header-chrome') return fragment.reason === 'byline';
  return fragment.rule === 'date-line' || fragment.rule === 'timestamp' || fragment.rule === 'relative-timestamp';
}

/** Per line: the rules removed a byline, a date or a timestamp after it and before the next line (never after the last). */
export function whoWhenBelow(lines: readonly Line[], body: MappedText, removed: readonly RemovedFragment[]): boolean[] {
  const below = lines.map(() => false);
  const bounds = lineBounds(lines, body);
  for (const fragment of removed) {
    if (!tellsWhoOrWhen(fragment)) continue;
    // The fragment follows line l and must end before the next line starts.
    const l = lineBefore(bounds, fragment.start);
    if (l >= 0 && l + 1 < lines.length && bounds.starts[l + 1]! >= fragment.end) below[l] = true;
  }
  return below;
}

/**
 * The version's first paragraph of prose (`firstProse`) when it is a deck: the rules took the page's byline or date out
 * between it and the next paragraph of prose (finished or not), and never further down (a live page's timestamps stand
 * between all its entries). -1 for none.
 */
export function deckAboveByline(lines: readonly Line[], firstProse: number, whoWhenBelow: readonly boolean[]): number {
  if (firstProse < 0) return -1;
  let next = firstProse + 1;
  while (next < lines.length && !proseWords(lines[next]!)) next++;
  if (next >= lines.length) return -1;
  return whoWhenBelow.slice(firstProse, next).some(Boolean) && !whoWhenBelow.slice(next).some(Boolean) ? firstProse : -1;
}
