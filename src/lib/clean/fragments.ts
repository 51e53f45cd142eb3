import type { RemovedFragment } from '../types.ts';

function isInside(inner: RemovedFragment, outer: RemovedFragment): boolean {
  if (inner === outer || outer.replacement !== undefined) return false;
  if (inner.start === inner.end) return outer.start < inner.start && inner.start < outer.end;
  const wider = outer.end - outer.start > inner.end - inner.start;
  return wider && outer.start <= inner.start && inner.end <= outer.end;
}

/**
 * The fragments editors see, in reading order. A repair inside text a later pass removed whole
 * (a stray `Â` inside a "Latest Stories" list) is dropped: the removal already shows that text.
 */
export function finalizeFragments(fragments: readonly RemovedFragment[]): RemovedFragment[] {
  return fragments
    .filter((fragment) => !fragments.some((outer) => isInside(fragment, outer)))
    .sort((a, b) => a.start - b.start || a.end - b.end);
}
