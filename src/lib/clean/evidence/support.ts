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

/** Support for every line, and a second look that leaves out lines judged chrome. */
export interface SupportIndex {
  support: Support[][];
  /**
   * The second look: lines marked in `ignored` (judged chrome at the first look) give no local support, since a
   * caption or headline two pages share says nothing about article text. Only a line the first look found
   * supported, and supported best by an ignored line, is measured again.
   */
  again: (ignored: readonly (readonly boolean[])[]) => Support[][];
}

/** Each line's support from the other versions. */
export function supportOf(versions: readonly (readonly Line[])[]): Support[][] {
  return supportIndex(versions).support;
}

export function supportIndex(versions: readonly (readonly Line[])[]): SupportIndex {
  const lineCount = versions.reduce((total, lines) => total + lines.length, 0);
  // Lines are numbered across the story (version by version) so that a term's lines and a line's shares sit in arrays.
  const versionOf = new Int32Array(lineCount);
  const indexOf = new Int32Array(lineCount);
  const postings = new Map<string, number[]>();
  let g = 0;
  versions.forEach((lines, v) =>
    lines.forEach((line, l) => {
      versionOf[g] = v;
      indexOf[g] = l;
      for (const term of line.terms) {
        let list = postings.get(term);
        if (!list) postings.set(term, (list = []));
        list.push(g);
      }
      g++;
    }),
  );
  // Per term, once: its rarity weight, and the one version it is found in (-1 when in several).
  const terms = new Map<string, { weight: number; onlyIn: number; list: Int32Array }>();
  for (const [term, list] of postings) {
    const first = versionOf[list[0]!]!;
    terms.set(term, {
      weight: Math.log(1 + lineCount / list.length),
      onlyIn: list.every((other) => versionOf[other] === first) ? first : -1,
      list: Int32Array.from(list),
    });
  }
  const KEY = 1_000_000;
  // The term weight each other line shares with the one measured (every weight is above 0), and the lines touched, in
  // the order first touched: the first best line wins a tie.
  const shared = new Float64Array(lineCount);
  const touched: number[] = [];
  /** The line's support, and the other line (`version * KEY + line`) that supports it best (-1 for none). */
  const measure = (line: Line, v: number, ignored?: readonly (readonly boolean[])[]): [Support, number] => {
    let total = 0;
    let inStory = 0;
    touched.length = 0;
    for (const term of line.terms) {
      const { weight: w, onlyIn, list } = terms.get(term)!;
      total += w;
      if (onlyIn !== v) inStory += w;
      if (list.length > COMMON_TERM_LINES) continue;
      for (const other of list) {
        const otherVersion = versionOf[other]!;
        if (otherVersion === v || ignored?.[otherVersion]?.[indexOf[other]!] === true) continue;
        if (shared[other] === 0) touched.push(other);
        shared[other] = shared[other]! + w;
      }
    }
    let best = 0;
    let from = -1;
    for (const other of touched) {
      if (shared[other]! > best) {
        best = shared[other]!;
        from = versionOf[other]! * KEY + indexOf[other]!;
      }
      shared[other] = 0;
    }
    if (total === 0) return [{ local: 0, story: 0 }, -1];
    return [{ local: best / total, story: inStory / total }, from];
  };
  const first = versions.map((lines, v) => lines.map((line) => measure(line, v)));
  return {
    support: first.map((perLine) => perLine.map(([support]) => support)),
    again: (ignored) =>
      first.map((perLine, v) =>
        perLine.map(([support, from], l) => {
          if (support.local < REVIEWED_FROM || from < 0 || ignored[Math.floor(from / KEY)]?.[from % KEY] !== true) return support;
          return measure(versions[v]![l]!, v, ignored)[0];
        }),
      ),
  };
}

/**
 * Support where a lost break split some lines (lost-breaks.ts): the pieces are judged apart, but a paragraph another
 * outlet tells in one line of its own still matches the whole paragraph a scrape ran together, so each line that stands
 * in both readings keeps the better of its two supports. Pieces of a split line are measured in the split reading only.
 */
export function supportIndexBeside(split: readonly (readonly Line[])[], whole: readonly (readonly Line[])[]): SupportIndex {
  const pieces = supportIndex(split);
  if (split.every((lines, v) => lines.length === whole[v]!.length)) return pieces;
  const lines = supportIndex(whole);
  const wholeAt = split.map((own, v) => {
    const at = new Map(whole[v]!.map((line, w) => [`${line.start}:${line.end}`, w]));
    return own.map((line) => at.get(`${line.start}:${line.end}`) ?? -1);
  });
  const better = (bySplit: Support[][], byWhole: Support[][]): Support[][] =>
    bySplit.map((perLine, v) =>
      perLine.map((support, l) => {
        const w = wholeAt[v]![l]!;
        const other = w < 0 ? undefined : byWhole[v]![w]!;
        return other !== undefined && other.local > support.local ? other : support;
      }),
    );
  return {
    support: better(pieces.support, lines.support),
    again: (ignored) => {
      // A whole line gives no support when every piece of it was judged chrome.
      const wholeIgnored = whole.map((own, v) =>
        own.map((line) => {
          const inside = split[v]!.flatMap((piece, l) => (piece.start >= line.start && piece.end <= line.end ? [l] : []));
          return inside.length > 0 && inside.every((l) => ignored[v]?.[l] === true);
        }),
      );
      return better(pieces.again(ignored), lines.again(wholeIgnored));
    },
  };
}
