// A version's own headline standing below the top of the capture, under a caption or teaser the page put
// first: the line another version's headline says too. The article starts under it.
import { linesOf, type Line } from './lines.ts';

/** How far down the capture a headline may stand (under one line), and how much of it another version's headline must share. */
const LOWEST = 1;
const SHARED = 0.6;

/** A headline's shape: unfinished, four to fourteen words, mostly capitalised (`Harbour Board Halts Ferries`). */
function headlineShaped(line: Line): boolean {
  return !line.ends && line.words >= 4 && line.words <= 14 && line.capitalShare >= 0.5;
}

/**
 * For each version, the index of its headline when it stands under one line and another version's
 * headline (the one the rules found) shares most of its terms; -1 when the version's headline was found at the
 * top, or none is there.
 */
export function headlinesBelowTheTop(titles: readonly (string | undefined)[], versions: readonly (readonly Line[])[]): number[] {
  // Each version's headlines: the one the rules found, and headline-shaped lines at its top.
  const titleTerms = versions.map((lines, v) => {
    const heads = lines.slice(0, LOWEST + 1).filter(headlineShaped);
    const title = titles[v] === undefined ? undefined : linesOf(titles[v]!)[0];
    return new Set([...(title ? [title] : []), ...heads].flatMap((line) => line.terms));
  });
  return versions.map((lines, v) => {
    if (titles[v] !== undefined) return -1;
    for (let h = 1; h <= LOWEST && h < lines.length - 1; h++) {
      const line = lines[h]!;
      if (!headlineShaped(line) || line.terms.length === 0) continue;
      const shared = titleTerms.some(
        (terms, other) => other !== v && line.terms.filter((term) => terms.has(term)).length >= SHARED * line.terms.length,
      );
      if (shared && lines[h + 1]!.ends) return h;
    }
    return -1;
  });
}
