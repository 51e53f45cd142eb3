import type { ProvenanceDirection, ProvenanceKind, SharedTextFigures } from './types.ts';
import { namePattern } from '../text/outlet-name.ts';

/** What the direction cues read about one version. */
export interface VersionClues {
  id: string;
  /** The outlet without its parenthetical description: "Republisher", not "Republisher (Ghanaian news site)". */
  name: string;
  /** ISO date, when known. */
  published?: string | undefined;
  byline?: string | undefined;
  /** The cleaned text and every removed fragment: credits and page chrome count as clues. */
  fullText: string;
}

/** One reason to think a is the source (`toward: 'a'`) or b is. */
export interface DirectionCue {
  toward: 'a' | 'b';
  /** Strong cues (dates, credits) weigh 2, weak ones (a byline, a trimmed subset) 1. */
  weight: 1 | 2;
  text: string;
}

export interface DirectionVerdict {
  /** Which side is the likely source; undefined when the cues cancel out or there are none. */
  source: 'a' | 'b' | undefined;
  direction: ProvenanceDirection;
  /** The cues that point the chosen way, for the evidence list. */
  cues: DirectionCue[];
}

/** A copy whose share of shared text exceeds the other's by this much reads as the trimmed one. */
const SUBSET_MARGIN = 0.03;

export function directionCues(a: VersionClues, b: VersionClues, figures: SharedTextFigures, kind: ProvenanceKind): DirectionCue[] {
  const cues: DirectionCue[] = [];
  if (a.published && b.published && a.published !== b.published) {
    const earlier = a.published < b.published ? 'a' : 'b';
    cues.push({
      toward: earlier,
      weight: 2,
      text: `${a.name} is dated ${a.published}, ${b.name} ${b.published}: the earlier one is the likelier source`,
    });
  }
  const bCreditsA = credits(b.fullText, a.name);
  const aCreditsB = credits(a.fullText, b.name);
  if (bCreditsA && !aCreditsB) cues.push({ toward: 'a', weight: 2, text: creditText(b.name, bCreditsA, a.name) });
  if (aCreditsB && !bCreditsA) cues.push({ toward: 'b', weight: 2, text: creditText(a.name, aCreditsB, b.name) });
  if (a.byline && !b.byline)
    cues.push({ toward: 'a', weight: 1, text: `only ${a.name} names an author (${a.byline}); copies often drop the byline` });
  if (b.byline && !a.byline)
    cues.push({ toward: 'b', weight: 1, text: `only ${b.name} names an author (${b.byline}); copies often drop the byline` });
  if (kind === 'copy') {
    if (figures.shareB - figures.shareA >= SUBSET_MARGIN)
      cues.push({ toward: 'a', weight: 1, text: subsetText(b.name, figures.shareB, a.name, figures.shareA) });
    if (figures.shareA - figures.shareB >= SUBSET_MARGIN)
      cues.push({ toward: 'b', weight: 1, text: subsetText(a.name, figures.shareA, b.name, figures.shareB) });
  }
  return cues;
}

/**
 * `likely` needs a strong cue on the winning side and a clear margin; weak cues alone only make the
 * direction `possible`; cues that cancel out leave it `unknown`.
 */
export function judgeDirection(cues: readonly DirectionCue[]): DirectionVerdict {
  const weightOf = (side: 'a' | 'b'): number => cues.filter((cue) => cue.toward === side).reduce((sum, cue) => sum + cue.weight, 0);
  const balance = weightOf('a') - weightOf('b');
  if (balance === 0) return { source: undefined, direction: 'unknown', cues: [] };
  const source = balance > 0 ? 'a' : 'b';
  const winning = cues.filter((cue) => cue.toward === source);
  const strong = winning.some((cue) => cue.weight === 2);
  return { source, direction: strong && Math.abs(balance) >= 2 ? 'likely' : 'possible', cues: winning };
}

function creditText(page: string, credit: string, outlet: string): string {
  return `${page}'s page names “${credit}”${credit === outlet ? '' : `, the outlet of ${outlet}`}: it likely took the text from there`;
}

function subsetText(trimmed: string, trimmedShare: number, fuller: string, fullerShare: number): string {
  return (
    `${percent(trimmedShare)} of ${trimmed} is in runs shared with ${fuller}, ` +
    `but only ${percent(fullerShare)} of ${fuller}: ${trimmed} reads like a trimmed copy`
  );
}

export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/**
 * The outlet `name` as it would appear in another page's credits ("BBC News", or its leading
 * acronym "BBC"), when that page's text carries it.
 */
export function credits(text: string, name: string): string | undefined {
  const acronym = /^\p{Lu}{2,}(?=\s|$)/u.exec(name)?.[0];
  for (const candidate of [name, acronym]) {
    if (!candidate || candidate.length < 3) continue;
    // The pattern matches the name exactly, so a text without it needs no regex (most pairs).
    if (text.includes(candidate) && standingAlone(candidate).test(text)) return candidate;
  }
  return undefined;
}

/** Each name's pattern, made once: a story asks about every pair of its versions. */
const aloneByName = new Map<string, RegExp>();

/** The name not inside a longer word or number. */
function standingAlone(name: string): RegExp {
  let pattern = aloneByName.get(name);
  if (!pattern) {
    pattern = namePattern(name);
    if (aloneByName.size >= 1_000) aloneByName.clear();
    aloneByName.set(name, pattern);
  }
  return pattern;
}
