// A lone paragraph of prose stranded between lines of page chrome, outside the span of the version the other versions
// report: another story's teaser under its headline, a card's lede, a plea for the reader's support between its
// buttons (the judge's `strandedProse` signal; tested in stranded.test.ts).
import type { Judged } from './between.ts';
import type { Line } from './lines.ts';
import { quotesSomeone } from './page-voice.ts';
import { listItem } from './prose-run.ts';
import type { Support } from './support.ts';

/** The share of a line's words found in other versions below which it is little of the story (the judge's `fewInOtherVersions`). */
export const FEW_IN_OTHER_VERSIONS = 0.35;

/** The share of a paragraph's terms found in the version's other article paragraphs below which it tells another story. */
const ANOTHER_STORY = 0.25;

/** What the judge says of a line before its position signals: its log-odds and whether another version reports it. */
export interface JudgedReported extends Judged {
  /** Another version has a similar paragraph. */
  reported: boolean;
}

/**
 * The test of a paragraph of prose stranded outside the story: it stands outside the span from the first paragraph
 * another version reports to the last, with few of its words in other versions; the line above is chrome, and so is the
 * line below (not an item of a list the paragraph leads into), or it is the version's last line below another stranded
 * paragraph; it quotes no one, and few of its terms stand in the version's other article paragraphs.
 *
 * Call it when `evidence` holds every line's shape and support signals, before any position signal: the span reported
 * and the article paragraphs' terms are read then. The returned test must then be asked of the lines in order, each line
 * after the lines above it received their position signals in `evidence` (the line above is read as finally judged, the
 * line below as before its position signals), and it records each paragraph it finds stranded, which the version's
 * last line looks for above it.
 */
export function strandedProse(
  lines: readonly Line[],
  evidence: readonly JudgedReported[],
  support: readonly Support[] | undefined,
): (i: number) => boolean {
  // The span the other versions support: from the first paragraph another version reports to the last.
  const reported = evidence.flatMap((e, i) => (e.reported ? [i] : []));
  const firstReported = reported[0] ?? lines.length;
  const lastReported = reported[reported.length - 1] ?? -1;
  const chromeAt = (k: number): boolean => (evidence[k]?.logOdds ?? 0) > 0;
  // …and about another story: few of its terms stand in the version's other article paragraphs.
  const articleTerms = new Map<string, number>();
  for (const [k, e] of evidence.entries())
    if (e.logOdds < 0) for (const term of new Set(lines[k]!.terms)) articleTerms.set(term, (articleTerms.get(term) ?? 0) + 1);
  const ownShare = (i: number): number => {
    const terms = new Set(lines[i]!.terms);
    const self = evidence[i]!.logOdds < 0 ? 1 : 0;
    const shared = [...terms].filter((term) => (articleTerms.get(term) ?? 0) > self).length;
    return terms.size === 0 ? 1 : shared / terms.size;
  };
  const stranded: number[] = [];
  const strandedAbove = (i: number): boolean => stranded.some((k) => k > lastReported && k < i);
  return (i) => {
    const found =
      (i < firstReported || i > lastReported) &&
      (support?.[i]?.story ?? 1) < FEW_IN_OTHER_VERSIONS &&
      chromeAt(i - 1) &&
      (chromeAt(i + 1) ? !listItem(lines[i + 1]!) : i === lines.length - 1 && strandedAbove(i)) &&
      !quotesSomeone(lines[i]!) &&
      ownShare(i) < ANOTHER_STORY;
    if (found) stranded.push(i);
    return found;
  };
}
