import type { PairEntry } from '../lib/story-analysis.ts';
import type { AnalysedVersion } from '../lib/types.ts';

/**
 * The compare pages of a story: one per unordered pair, at `/compare/<a>/<b>/` with `a` before `b`
 * in story.yaml (the reverse order's old URL is a redirect written outside Astro: redirects.ts). Up to
 * `PRERENDER_ALL_UP_TO` versions every pair's page is built in full; beyond, only the pairs of
 * `prerenderedPairs`, and every other pair's page is a shell the browser fills from the story's
 * export and the pair's stored diff, linking to the nearest built pair for a reader without JavaScript.
 */
export type ComparePage =
  /** The pair's page: `a` leads unless the reader's browser swaps it. */
  | { kind: 'pair'; a: string; b: string }
  /** A pair the browser renders; `nearest` is the built pair a reader without JavaScript is sent to. */
  | { kind: 'shell'; a: string; b: string; nearest: { a: string; b: string } };

/** Up to this many versions, every pair's page is built. */
export const PRERENDER_ALL_UP_TO = 10;
/** Beyond, each version's pairs with this many nearest versions (by similarity) are built, and with the central one. */
export const NEAREST_BUILT = 3;

/** What the compare pages' list reads of a story: an analysis, or the site's outline source (src/site/stories.ts). */
export interface ComparedStory {
  slug: string;
  versions: readonly Pick<AnalysedVersion, 'id' | 'outlet'>[];
  pairs: readonly Pick<PairEntry, 'a' | 'b' | 'similarity'>[];
}

export function comparePages(story: ComparedStory): ComparePage[] {
  const pages: ComparePage[] = [];
  const built = prerenderedPairs(story);
  story.versions.forEach((a, index) => {
    for (const b of story.versions.slice(index + 1)) {
      if (built.has(pairKey(a.id, b.id))) pages.push({ kind: 'pair', a: a.id, b: b.id });
      else pages.push({ kind: 'shell', a: a.id, b: b.id, nearest: nearestBuilt(story, built, a.id, b.id) });
    }
  });
  return pages;
}

/** `a\0b` of two version ids in story order. */
function pairKey(a: string, b: string): string {
  return `${a}\u0000${b}`;
}

/** The pairs' similarity, either order. */
function similarities(story: ComparedStory): (x: string, y: string) => number {
  const byKey = new Map(story.pairs.map((pair) => [pairKey(pair.a, pair.b), pair.similarity]));
  return (x, y) => byKey.get(pairKey(x, y)) ?? byKey.get(pairKey(y, x)) ?? 0;
}

/** The version most like all the others: the highest summed similarity (the first in story.yaml on a tie). */
export function centralVersion(story: ComparedStory): string {
  const similarity = similarities(story);
  let best = story.versions[0]!.id;
  let bestSum = -1;
  for (const version of story.versions) {
    const sum = story.versions.reduce((total, other) => (other === version ? total : total + similarity(version.id, other.id)), 0);
    if (sum > bestSum) [best, bestSum] = [version.id, sum];
  }
  return best;
}

/**
 * The pairs whose pages are built, as `a\0b` in story order: all of them up to `PRERENDER_ALL_UP_TO`
 * versions; beyond, each version with its `NEAREST_BUILT` most similar versions (ties in story order)
 * and with the central version, so pages grow linearly with versions (at most 4 per version).
 */
export function prerenderedPairs(story: ComparedStory): Set<string> {
  const ids = story.versions.map((version) => version.id);
  const ordered = (x: string, y: string): string => (ids.indexOf(x) < ids.indexOf(y) ? pairKey(x, y) : pairKey(y, x));
  const pairs = new Set<string>();
  if (ids.length <= PRERENDER_ALL_UP_TO) {
    ids.forEach((a, index) => ids.slice(index + 1).forEach((b) => pairs.add(pairKey(a, b))));
    return pairs;
  }
  const similarity = similarities(story);
  const central = centralVersion(story);
  for (const id of ids) {
    const others = ids.filter((other) => other !== id);
    const nearest = others
      .map((other, index) => ({ other, index }))
      .sort((x, y) => similarity(id, y.other) - similarity(id, x.other) || x.index - y.index);
    for (const { other } of nearest.slice(0, NEAREST_BUILT)) pairs.add(ordered(id, other));
    if (id !== central) pairs.add(ordered(id, central));
  }
  return pairs;
}

/**
 * The built pair nearest to a pair left to the browser: one of its two versions with the version
 * most like the other one (a built pair with the central version always exists), in story order.
 */
export function nearestBuilt(story: ComparedStory, built: ReadonlySet<string>, a: string, b: string): { a: string; b: string } {
  const similarity = similarities(story);
  const ids = story.versions.map((version) => version.id);
  let best: { a: string; b: string; score: number } | undefined;
  for (const [kept, replaced] of [
    [a, b],
    [b, a],
  ] as const) {
    for (const other of ids) {
      if (other === kept || other === replaced) continue;
      const [x, y] = ids.indexOf(kept) < ids.indexOf(other) ? [kept, other] : [other, kept];
      if (!built.has(pairKey(x, y))) continue;
      const score = similarity(other, replaced);
      if (!best || score > best.score) best = { a: x, b: y, score };
    }
  }
  if (!best) throw new Error(`Story "${story.slug}": no built pair near "${a}" and "${b}"`);
  return { a: best.a, b: best.b };
}
