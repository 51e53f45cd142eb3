// Text a page printed twice inside a version: which longer line (or the headline) holds each line's words in a row,
// leaving out the copies an article says again on purpose.
import { lettersAndDigitsOnly } from '../text-shape.ts';
import type { Line } from './lines.ts';
import { articleShaped, longProseUnfinished } from './prose-run.ts';
import { containedIn, doubled } from './repetition.ts';

/** An article paragraph, or a long run of prose whose full stop the page lost (widgets glued to its end). */
function readsAsLongProse(line: Line): boolean {
  return articleShaped(line) || (line.capitalShare <= 0.7 && longProseUnfinished(line));
}

/**
 * For each line, the longer line of the version holding all its words in a row (`lines.length` for the headline
 * the rules removed; -1 for none). A copy inside a longer line: the article's own paragraph stays when the longer line
 * stands outside its run of prose, and a finished sentence stays when an article paragraph (or a long one whose full
 * stop glued widgets hide) says it again inside a longer one (`The bridge is shut until March.` / `Officials said the
 * bridge is shut until March …`).
 */
export function copiesOf(
  lines: readonly Line[],
  norms: readonly string[],
  headline: string | undefined,
  insideArticle: (i: number) => boolean,
  inRun: (k: number) => boolean,
): number[] {
  const title = headline === undefined ? [] : [lettersAndDigitsOnly(headline.toLowerCase())];
  const sayItAgain = (k: number): boolean => k < lines.length && readsAsLongProse(lines[k]!) && !doubled(norms[k]!);
  return containedIn(norms, title).map((k, i) => {
    if (k < 0) return k;
    if (insideArticle(i) && !inRun(k)) return -1;
    return lines[i]!.ends && sayItAgain(k) ? -1 : k;
  });
}
