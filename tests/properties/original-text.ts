import type { RemovedFragment } from '../../src/lib/types.ts';

/**
 * `original.slice(start, end)` with the cleaner's recorded work replayed: every removed or repaired
 * fragment inside the range replaced by its `replacement` ('' when removed). A fragment nested in
 * an earlier, wider one (a later pass removing a line an earlier pass had repaired) is part of the
 * wider one. This is what the export promises a reader can redo from the original file.
 */
export function replayFragments(original: string, start: number, end: number, removed: readonly RemovedFragment[]): string {
  const inside = removed
    .filter((fragment) => fragment.start >= start && fragment.end <= end)
    .sort((x, y) => x.start - y.start || y.end - x.end);
  let out = '';
  let cursor = start;
  for (const fragment of inside) {
    if (fragment.start < cursor || (fragment.start === cursor && fragment.end < cursor)) continue;
    out += original.slice(cursor, fragment.start) + (fragment.replacement ?? '');
    cursor = Math.max(cursor, fragment.end);
  }
  return out + original.slice(cursor, end);
}

/** Whitespace runs as one space, no space at either end: how sentences are displayed. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
