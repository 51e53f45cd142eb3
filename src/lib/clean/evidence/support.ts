// Support from the other versions: article text is reported by the other outlets too (the same names,
// numbers and rare words, often in one corresponding paragraph); page chrome and teasers about other events
// are not. Terms are weighted by rarity across the story, so that "said" or the outlet's own name count for
// little and a name or figure for much.
import type { Line } from './lines.ts';

export interface Support {
  /** Best share of the line's term weight found in a single line of one other version (0..1). */
  local: number;
  /** Share of the line's term weight found anywhere in the other versions (0..1). */
  story: number;
}

/** A term in more lines than this is too common to separate one line from another: skipped for local matching. */
const COMMON_TERM_LINES = 200;

/** The local support levels the judge tells apart (judge.ts: similar, matching, supported whatever it looks like). */
export const LOCAL_THRESHOLDS = [0.3, 0.5, 0.6] as const;
const REVIEWED_FROM = LOCAL_THRESHOLDS[0];

/** Whether two local supports fall on different sides of a level the judge reads. */
export function crossesThreshold(a: number, b: number): boolean {
  return LOCAL_THRESHOLDS.some((level) => a >= level !== b >= level);
}

/**
 * Each line's support from the other versions. With `again`, a second look: lines marked in `again.ignored`
 * (judged chrome at the first look) give no local support, since a caption or headline two pages share says
 * nothing about article text; only lines the first look found supported are measured again.
 */
export function supportOf(
  versions: readonly (readonly Line[])[],
  again?: { first: readonly (readonly Support[])[]; ignored: readonly (readonly boolean[])[] },
): Support[][] {
  const lineCount = versions.reduce((total, lines) => total + lines.length, 0);
  const postings = new Map<string, [number, number][]>();
  versions.forEach((lines, v) =>
    lines.forEach((line, l) => {
      for (const term of line.terms) {
        let list = postings.get(term);
        if (!list) postings.set(term, (list = []));
        list.push([v, l]);
      }
    }),
  );
  const weight = (term: string): number => Math.log(1 + lineCount / (postings.get(term)?.length ?? 1));
  const ignored = again?.ignored;
  const measure = (line: Line, v: number): Support => {
    let total = 0;
    let inStory = 0;
    const perLine = new Map<number, number>();
    for (const term of line.terms) {
      const w = weight(term);
      total += w;
      const list = postings.get(term)!;
      if (list.some(([other]) => other !== v)) inStory += w;
      if (list.length > COMMON_TERM_LINES) continue;
      for (const [other, l] of list) {
        if (other === v || ignored?.[other]?.[l] === true) continue;
        const key = other * 1_000_000 + l;
        perLine.set(key, (perLine.get(key) ?? 0) + w);
      }
    }
    if (total === 0) return { local: 0, story: 0 };
    let best = 0;
    for (const shared of perLine.values()) best = Math.max(best, shared);
    return { local: best / total, story: inStory / total };
  };
  return versions.map((lines, v) =>
    lines.map((line, l) => {
      const first = again?.first[v]?.[l];
      return first !== undefined && first.local < REVIEWED_FROM ? first : measure(line, v);
    }),
  );
}
