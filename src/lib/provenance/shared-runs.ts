import { MaxHeap } from '../language/max-heap.ts';
import { lowerBound } from './lower-bound.ts';

/** A stretch of words both versions carry in the same order: `a[aStart..aStart+length)` = `b[bStart..)`. */
export interface SharedRun {
  aStart: number;
  bStart: number;
  length: number;
}

export interface TileOptions {
  /** Shortest run that counts; shorter common phrases ("the talks with the") are ordinary English. */
  minRun: number;
  /**
   * Occurrences of one seed (the first `minRun` words of a run) followed in b: on repetitive input
   * (boilerplate, a text pasted many times) only the first ones are, which keeps the cost linear.
   */
  maxSeedOccurrences: number;
  /**
   * Word comparisons allowed, per word of the two sequences. Periodic input ("a b c a b c …") has
   * a maximal run at every offset, so extension would grow with the square of the length; past this
   * budget no new candidates are taken and the tiling is reported incomplete.
   */
  workPerWord: number;
}

export interface Tiling {
  tiles: SharedRun[];
  /** False when the work budget ran out and some runs may be missing. */
  complete: boolean;
  /**
   * Words compared or taken: extending candidates stops once the budget is spent, and taking the
   * candidates found costs about as much again, so this stays within a small multiple of the budget
   * and a test can see the cost stay linear without a clock.
   */
  work: number;
}

/**
 * Greedy string tiling (Wise 1993) of two word sequences: the longest common run is taken first,
 * its words are marked in both, and so on while runs of at least `minRun` remain, so every word
 * is counted in at most one run and a reordered text still tiles. Unlike a diff, a moved paragraph
 * counts as shared. Candidates come from hashed `minRun`-word seeds of b extended to the right, and
 * a candidate that lost words to a longer run goes back on the heap as its unmarked pieces, which
 * gives the same tiles as re-scanning after every round at a fraction of the cost.
 */
export function tileRuns(a: Int32Array, b: Int32Array, options: TileOptions): Tiling {
  const { minRun } = options;
  if (minRun < 1 || a.length < minRun || b.length < minRun) return { tiles: [], complete: true, work: 0 };
  const budget = options.workPerWord * (a.length + b.length);
  let work = 0;
  const seeds = cachedSeedIndex(b, minRun, options.maxSeedOccurrences);
  const heap = new MaxHeap<SharedRun>();
  const tie = (run: SharedRun): number => run.aStart * (b.length + 1) + run.bStart;
  for (let i = 0; i + minRun <= a.length && work <= budget; i++) {
    const starts = seeds.get(seedHash(a, i, minRun));
    if (!starts) continue;
    const previousStarts = i > 0 ? seeds.get(seedHash(a, i - 1, minRun)) : undefined;
    for (const j of starts) {
      // A start whose left neighbours also match lies inside a run that the earlier start
      // (i-1, j-1) already extends over, provided that start was indexed.
      if (previousStarts && j > 0 && a[i - 1] === b[j - 1] && includesSorted(previousStarts, j - 1)) continue;
      let length = 0;
      while (i + length < a.length && j + length < b.length && a[i + length] === b[j + length]) length++;
      work += length + 1;
      if (length >= minRun) {
        const run = { aStart: i, bStart: j, length };
        heap.push(length, tie(run), run);
      }
    }
  }
  const markedA = new Uint8Array(a.length);
  const markedB = new Uint8Array(b.length);
  const tiles: SharedRun[] = [];
  for (let run = heap.pop(); run; run = heap.pop()) {
    work += run.length;
    const pieces = unmarkedPieces(run, markedA, markedB, minRun);
    if (pieces.length === 1 && pieces[0]!.length === run.length) {
      markedA.fill(1, run.aStart, run.aStart + run.length);
      markedB.fill(1, run.bStart, run.bStart + run.length);
      tiles.push(run);
    } else {
      for (const piece of pieces) heap.push(piece.length, tie(piece), piece);
    }
  }
  return { tiles: tiles.sort((x, y) => x.aStart - y.aStart), complete: work <= budget, work };
}

// A story tiles each version against every other: its seed index is built once per version.
const seedIndexes = new WeakMap<Int32Array, { minRun: number; maxOccurrences: number; starts: Map<number, number[]> }>();

function cachedSeedIndex(b: Int32Array, minRun: number, maxOccurrences: number): Map<number, number[]> {
  const known = seedIndexes.get(b);
  if (known && known.minRun === minRun && known.maxOccurrences === maxOccurrences) return known.starts;
  const starts = seedIndex(b, minRun, maxOccurrences);
  seedIndexes.set(b, { minRun, maxOccurrences, starts });
  return starts;
}

/** Seed hash → the first `maxOccurrences` start positions in b, ascending. */
function seedIndex(b: Int32Array, minRun: number, maxOccurrences: number): Map<number, number[]> {
  const starts = new Map<number, number[]>();
  for (let j = 0; j + minRun <= b.length; j++) {
    const hash = seedHash(b, j, minRun);
    const list = starts.get(hash);
    if (!list) starts.set(hash, [j]);
    else if (list.length < maxOccurrences) list.push(j);
  }
  return starts;
}

function includesSorted(list: readonly number[], value: number): boolean {
  return list[lowerBound(list, value)] === value;
}

/** FNV-1a over the seed's word ids; collisions only cost a failed extension, never a wrong run. */
function seedHash(ids: Int32Array, start: number, length: number): number {
  let hash = 0x811c9dc5;
  for (let k = start; k < start + length; k++) hash = Math.imul(hash ^ ids[k]!, 0x01000193);
  return hash >>> 0;
}

/** The parts of a candidate run whose words are free in both sequences and still long enough. */
function unmarkedPieces(run: SharedRun, markedA: Uint8Array, markedB: Uint8Array, minRun: number): SharedRun[] {
  const pieces: SharedRun[] = [];
  let start = -1;
  for (let k = 0; k <= run.length; k++) {
    const free = k < run.length && markedA[run.aStart + k] === 0 && markedB[run.bStart + k] === 0;
    if (free && start === -1) start = k;
    if (!free && start !== -1) {
      if (k - start >= minRun) pieces.push({ aStart: run.aStart + start, bStart: run.bStart + start, length: k - start });
      start = -1;
    }
  }
  return pieces;
}
