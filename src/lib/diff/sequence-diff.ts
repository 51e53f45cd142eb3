import { diffArrays, type DiffArraysOptionsAbortable } from 'diff';

/**
 * jsdiff's `diffArrays` on sequences of strings interned to small integers. jsdiff compares tokens
 * with `===` unless given a comparator, and a comparator call per comparison (or a long string
 * compared again and again) was most of its cost; integers from one table compare as their
 * strings do, so the result is the one jsdiff gives on the strings.
 */

/** One run of a diff, as jsdiff reports it: `count` tokens kept, added (in b only) or removed (in a only). */
export interface EditComponent {
  readonly count: number;
  readonly added: boolean;
  readonly removed: boolean;
}

export interface EditLimits {
  /**
   * jsdiff's `maxEditLength`: give up past this many edits. The only limit: jsdiff's `timeout` is
   * never passed, since a clock would make the result depend on the machine's load.
   */
  readonly maxEditLength?: number | undefined;
}

/** The diff of two sequences of strings, or undefined when jsdiff gave up at a limit. */
export function diffSequences(a: readonly string[], b: readonly string[], limits: EditLimits = {}): EditComponent[] | undefined {
  if (sharedIds.size > SHARED_IDS_LIMIT) sharedIds.clear();
  return diffIntegers(internInto(sharedIds, a), internInto(sharedIds, b), limits);
}

/** One table for every `diffSequences` call, emptied between calls once it grows past this. */
const SHARED_IDS_LIMIT = 100_000;
const sharedIds = new Map<string, number>();

/**
 * An interner of its own, for callers that keep the integers of many sequences and diff them later
 * with `diffIntegers`: integers from one interner compare as their strings do.
 */
export function interner(): (items: readonly string[]) => number[] {
  const ids = new Map<string, number>();
  return (items) => internInto(ids, items);
}

/** jsdiff on two sequences of integers from one interner. */
export function diffIntegers(older: readonly number[], newer: readonly number[], limits: EditLimits = {}): EditComponent[] | undefined {
  // Infinity is jsdiff's own "no limit"; it needs the option set to return undefined when it gives up.
  const options: DiffArraysOptionsAbortable<number> = { maxEditLength: limits.maxEditLength ?? Infinity };
  const changes = diffArrays(older as number[], newer as number[], options);
  return changes?.map((change) => ({ count: change.count, added: change.added, removed: change.removed }));
}

function internInto(ids: Map<string, number>, items: readonly string[]): number[] {
  const out = new Array<number>(items.length);
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    let id = ids.get(item);
    if (id === undefined) ids.set(item, (id = ids.size));
    out[i] = id;
  }
  return out;
}
