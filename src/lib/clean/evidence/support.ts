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

/**
 * Each line's support from the other versions. Lines marked in `ignored` (judged chrome at a first look)
 * give no local support: a caption or headline two pages share says nothing about article text.
 */
export function supportOf(versions: readonly (readonly Line[])[], ignored?: readonly (readonly boolean[])[]): Support[][] {
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
  return versions.map((lines, v) =>
    lines.map((line) => {
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
    }),
  );
}
