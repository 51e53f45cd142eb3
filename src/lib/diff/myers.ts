/**
 * Myers' O(ND) diff, step for step the one jsdiff 9 runs (`diffArrays`): the same diagonal
 * pruning, the same tie-break (a deletion wins over an insertion that reaches no further), the
 * same components and the same `maxEditLength` and `timeout` limits, so every result is the one
 * jsdiff would give. It exists because jsdiff allocates an object per path step and calls a
 * comparator per token; here the sequences are small integers and the paths live in typed
 * arrays, which makes a sentence row several times cheaper.
 */

/** One run of a diff, as jsdiff reports it: `count` tokens kept, added (in b only) or removed (in a only). */
export interface EditComponent {
  readonly count: number;
  readonly added: boolean;
  readonly removed: boolean;
}

export interface EditLimits {
  /** Give up past this many edits (jsdiff's `maxEditLength`); defaults to no limit. */
  readonly maxEditLength?: number | undefined;
  /** Give up after this many milliseconds (jsdiff's `timeout`); checked every sixteenth edit length. */
  readonly timeout?: number | undefined;
}

const EQUAL = 0;
const ADDED = 1;
const REMOVED = 2;

/**
 * The diff of two sequences of strings, or undefined when a limit was hit. The strings are interned
 * to integers first (one table for every call, emptied now and then between calls), so each
 * compares once per distinct value.
 */
export function diffSequences(a: readonly string[], b: readonly string[], limits: EditLimits = {}): EditComponent[] | undefined {
  if (sharedIds.size > SHARED_IDS_LIMIT) sharedIds.clear();
  return diffIntegers(internInto(sharedIds, a), internInto(sharedIds, b), limits);
}

const SHARED_IDS_LIMIT = 100_000;
const sharedIds = new Map<string, number>();

/**
 * An interner of its own, for callers that keep the integers of many sequences and diff them later
 * with `diffIntegers`: integers from one interner compare as their strings do.
 */
export function interner(): (items: readonly string[]) => Int32Array {
  const ids = new Map<string, number>();
  return (items) => internInto(ids, items);
}

function internInto(ids: Map<string, number>, items: readonly string[]): Int32Array {
  const out = new Int32Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    let id = ids.get(item);
    if (id === undefined) ids.set(item, (id = ids.size));
    out[i] = id;
  }
  return out;
}

/** Node store of the path components: a linked list per path, shared between paths like jsdiff's. */
class Components {
  parent: Int32Array<ArrayBuffer> = new Int32Array(256);
  count: Int32Array<ArrayBuffer> = new Int32Array(256);
  kind = new Uint8Array(256);
  size = 0;

  push(parent: number, count: number, kind: number): number {
    if (this.size === this.parent.length) this.grow();
    const node = this.size++;
    this.parent[node] = parent;
    this.count[node] = count;
    this.kind[node] = kind;
    return node;
  }

  /** jsdiff's addToPath: extend the last component when it is of the same kind, else start one. */
  step(last: number, kind: number): number {
    if (last >= 0 && this.kind[last] === kind) return this.push(this.parent[last]!, this.count[last]! + 1, kind);
    return this.push(last, 1, kind);
  }

  /** Empties the store for the next diff, keeping its grown buffers. */
  reset(): this {
    this.size = 0;
    return this;
  }

  toList(last: number): EditComponent[] {
    const list: EditComponent[] = [];
    for (let node = last; node >= 0; node = this.parent[node]!) {
      const kind = this.kind[node]!;
      list.push({ count: this.count[node]!, added: kind === ADDED, removed: kind === REMOVED });
    }
    return list.reverse();
  }

  private grow(): void {
    const length = this.parent.length * 2;
    const grown = (from: Int32Array): Int32Array<ArrayBuffer> => {
      const to = new Int32Array(length);
      to.set(from);
      return to;
    };
    this.parent = grown(this.parent);
    this.count = grown(this.count);
    const kind = new Uint8Array(length);
    kind.set(this.kind);
    this.kind = kind;
  }
}

// One store for every diff: a diff finishes before the next starts, and most are of one sentence row,
// so reusing the buffers saves allocating and growing them hundreds of times per story.
const sharedComponents = new Components();

/** Path arrays, one slot per diagonal, reused like the components and cleared as far as used. */
const diagonals = { pathOld: new Int32Array(64), pathLast: new Int32Array(64), has: new Uint8Array(64) };

function diagonalArrays(size: number): typeof diagonals {
  if (diagonals.has.length < size) {
    const length = Math.max(size, 2 * diagonals.has.length);
    diagonals.pathOld = new Int32Array(length);
    diagonals.pathLast = new Int32Array(length);
    diagonals.has = new Uint8Array(length);
  } else diagonals.has.fill(0, 0, size);
  return diagonals;
}

/** `diffSequences` on integer sequences. */
export function diffIntegers(older: Int32Array, newer: Int32Array, limits: EditLimits = {}): EditComponent[] | undefined {
  const oldLen = older.length;
  const newLen = newer.length;
  const maxEditLength = Math.min(oldLen + newLen, limits.maxEditLength ?? Infinity);
  const abortAfter = Date.now() + (limits.timeout ?? Infinity);
  const components = sharedComponents.reset();
  // Best path per diagonal (old position − new position), offset so diagonals may be negative.
  // `has` mirrors jsdiff's undefined entries, including the stale ones it leaves behind.
  const offset = Math.max(0, maxEditLength) + 2;
  const { pathOld, pathLast, has } = diagonalArrays(2 * offset + 1);

  /** Follows the snake from (oldPos, oldPos − diagonal); returns the new oldPos and sets `snakeLast`. */
  let snakeLast = -1;
  const slide = (oldPos: number, diagonal: number, last: number): number => {
    let newPos = oldPos - diagonal;
    let common = 0;
    while (newPos + 1 < newLen && oldPos + 1 < oldLen && older[oldPos + 1] === newer[newPos + 1]) {
      newPos++;
      oldPos++;
      common++;
    }
    snakeLast = common > 0 ? components.push(last, common, EQUAL) : last;
    return oldPos;
  };

  let oldPos = slide(-1, 0, -1);
  if (oldPos + 1 >= oldLen && oldPos + 1 >= newLen) return components.toList(snakeLast);
  pathOld[offset] = oldPos;
  pathLast[offset] = snakeLast;
  has[offset] = 1;

  let minDiagonal = -Infinity;
  let maxDiagonal = Infinity;
  for (let editLength = 1; editLength <= maxEditLength; editLength++) {
    // jsdiff reads the clock before every edit length; every sixteenth is as good a deadline and
    // keeps the clock out of the inner work (a result can only differ when the deadline is hit).
    if (editLength % 16 === 1 && Date.now() > abortAfter) break;
    const from = Math.max(minDiagonal, -editLength);
    const to = Math.min(maxDiagonal, editLength);
    for (let diagonal = from; diagonal <= to; diagonal += 2) {
      const at = diagonal + offset;
      const hasRemove = has[at - 1] === 1;
      const hasAdd = has[at + 1] === 1;
      const removeOld = pathOld[at - 1]!;
      const addOld = pathOld[at + 1]!;
      if (hasRemove) has[at - 1] = 0;
      const addNewPos = addOld - diagonal;
      const canAdd = hasAdd && addNewPos >= 0 && addNewPos < newLen;
      const canRemove = hasRemove && removeOld + 1 < oldLen;
      if (!canAdd && !canRemove) {
        has[at] = 0;
        continue;
      }
      let base: number;
      let last: number;
      if (!canRemove || (canAdd && removeOld < addOld)) {
        base = addOld;
        last = components.step(pathLast[at + 1]!, ADDED);
      } else {
        base = removeOld + 1;
        last = components.step(pathLast[at - 1]!, REMOVED);
      }
      oldPos = slide(base, diagonal, last);
      const newPos = oldPos - diagonal;
      if (oldPos + 1 >= oldLen && newPos + 1 >= newLen) return components.toList(snakeLast);
      pathOld[at] = oldPos;
      pathLast[at] = snakeLast;
      has[at] = 1;
      if (oldPos + 1 >= oldLen) maxDiagonal = Math.min(maxDiagonal, diagonal - 1);
      if (newPos + 1 >= newLen) minDiagonal = Math.max(minDiagonal, diagonal + 1);
    }
  }
  return undefined;
}
