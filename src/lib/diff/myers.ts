/**
 * jsdiff's Myers diff (`Diff.diffWithOptionsObj` of the `diff` package, 9.0, which `diffArrays`
 * runs), step for step, on integers, with its paths and change runs kept in typed arrays instead of
 * one object per step. Same diagonals in the same order, the same choice between an insertion and a
 * deletion, the same pruning of paths that reached an edge (it can reuse a path from an earlier
 * round), so the same edit script among the equally short ones; `sequence-diff.test.ts` holds it to
 * `diffArrays` on random sequences, ties and edit limits included. The objects were most of the diff
 * stage's cost (a row diff allocates two per diagonal visited).
 */

/** One run of a diff, as jsdiff reports it: `count` items kept, added (in b only) or removed (in a only). */
export interface EditComponent {
  readonly count: number;
  readonly added: boolean;
  readonly removed: boolean;
}

const KEPT = 0;
const ADDED = 1;
const REMOVED = 2;
/** No run yet: a path that has made no step. */
const NONE = -1;
/** A diagonal holding no path (jsdiff's `undefined` in `bestPath`). */
const NO_PATH = -2;

/**
 * The runs of every path explored, shared between calls and grown as needed: a run is its count,
 * kind and the run before it on its path (paths share their beginnings, as jsdiff's components do).
 */
let runCount = new Int32Array(1024);
let runKind = new Uint8Array(1024);
let runPrevious = new Int32Array(1024);
let runs = 0;

function addRun(count: number, kind: number, previous: number): number {
  if (runs === runCount.length) {
    const size = runs * 2;
    runCount = grown(runCount, new Int32Array(size));
    runKind = grown(runKind, new Uint8Array(size));
    runPrevious = grown(runPrevious, new Int32Array(size));
  }
  runCount[runs] = count;
  runKind[runs] = kind;
  runPrevious[runs] = previous;
  return runs++;
}

function grown<T extends Int32Array | Uint8Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

/**
 * The diff of `older` into `newer` as jsdiff's `diffArrays(older, newer, { maxEditLength })` gives
 * it (counts and kinds), or undefined when it needs more than `maxEditLength` edits.
 */
export function myersDiff(older: readonly number[], newer: readonly number[], maxEditLength: number): EditComponent[] | undefined {
  const oldLen = older.length;
  const newLen = newer.length;
  const maxEdits = Math.min(oldLen + newLen, maxEditLength);
  runs = 0;
  // Diagonals -maxEdits - 1 … maxEdits + 1 (a round reads its neighbours), at `offset + diagonal`.
  const offset = maxEdits + 1;
  const pathOld = new Int32Array(2 * maxEdits + 3).fill(NO_PATH);
  const pathRun = new Int32Array(2 * maxEdits + 3);

  /** jsdiff's `extractCommon`: follows the diagonal while the items match; returns the new position. */
  const extend = (slot: number, diagonal: number): number => {
    let oldPos = pathOld[slot]!;
    let newPos = oldPos - diagonal;
    const start = oldPos;
    while (newPos + 1 < newLen && oldPos + 1 < oldLen && older[oldPos + 1] === newer[newPos + 1]) {
      newPos++;
      oldPos++;
    }
    if (oldPos > start) pathRun[slot] = addRun(oldPos - start, KEPT, pathRun[slot]!);
    pathOld[slot] = oldPos;
    return newPos;
  };

  pathOld[offset] = -1;
  pathRun[offset] = NONE;
  let newPos = extend(offset, 0);
  if (pathOld[offset]! + 1 >= oldLen && newPos + 1 >= newLen) return components(pathRun[offset]!);

  let minDiagonal = -Infinity;
  let maxDiagonal = Infinity;
  for (let editLength = 1; editLength <= maxEdits; editLength++) {
    const last = Math.min(maxDiagonal, editLength);
    for (let diagonal = Math.max(minDiagonal, -editLength); diagonal <= last; diagonal += 2) {
      const slot = offset + diagonal;
      const removeOld = pathOld[slot - 1]!;
      const addOld = pathOld[slot + 1]!;
      // jsdiff clears the path it branches a deletion from: no later round reads it.
      if (removeOld !== NO_PATH) pathOld[slot - 1] = NO_PATH;
      let canAdd = false;
      if (addOld !== NO_PATH) {
        const addNewPos = addOld - diagonal;
        canAdd = 0 <= addNewPos && addNewPos < newLen;
      }
      const canRemove = removeOld !== NO_PATH && removeOld + 1 < oldLen;
      if (!canAdd && !canRemove) {
        pathOld[slot] = NO_PATH;
        continue;
      }
      // jsdiff's `addToPath`: a step of the kind the path last took lengthens that run (a new run,
      // since other paths may share the old one), otherwise starts a run.
      if (!canRemove || (canAdd && removeOld < addOld)) {
        pathRun[slot] = step(pathRun[slot + 1]!, ADDED);
        pathOld[slot] = addOld;
      } else {
        pathRun[slot] = step(pathRun[slot - 1]!, REMOVED);
        pathOld[slot] = removeOld + 1;
      }
      newPos = extend(slot, diagonal);
      if (pathOld[slot]! + 1 >= oldLen && newPos + 1 >= newLen) return components(pathRun[slot]!);
      if (pathOld[slot]! + 1 >= oldLen) maxDiagonal = Math.min(maxDiagonal, diagonal - 1);
      if (newPos + 1 >= newLen) minDiagonal = Math.max(minDiagonal, diagonal + 1);
    }
  }
  return undefined;
}

function step(previous: number, kind: number): number {
  if (previous !== NONE && runKind[previous] === kind) return addRun(runCount[previous]! + 1, kind, runPrevious[previous]!);
  return addRun(1, kind, previous);
}

/** The runs of a path, first to last, as jsdiff's `buildValues` lists them (without their values). */
function components(lastRun: number): EditComponent[] {
  const out: EditComponent[] = [];
  for (let run = lastRun; run !== NONE; run = runPrevious[run]!) {
    const kind = runKind[run]!;
    out.push({ count: runCount[run]!, added: kind === ADDED, removed: kind === REMOVED });
  }
  return out.reverse();
}
