import type { Sentence, Token } from '../types.ts';
import { countWords } from './ops.ts';
import { splitAtMoves, type MoveCut } from './split-moves.ts';
import { markTrivialBlocks } from './trivial.ts';
import type { PhraseMove, RowDiff } from './types.ts';

/** A deleted or inserted stretch of one row, where moved phrases are looked for. */
interface Stretch {
  readonly row: number;
  readonly start: number;
  readonly end: number;
}

interface Candidate {
  readonly a: Stretch;
  readonly b: Stretch;
  readonly words: number;
}

/** How many b positions one key may point to: common phrases must not make the search quadratic. */
const MAX_SAME_KEY = 32;
/** Inserted tokens indexed per pair; beyond this (only hostile input gets there) moves go unseen. */
const MAX_INDEXED_TOKENS = 200_000;

/**
 * Finds phrases of at least `minWords` words that a deletes in one place and b inserts in another
 * (the same row or any other), and turns both ends into move ops. Longest phrases win; ends never
 * overlap. Degraded rows are skipped: their coarse blocks would make every shared run look moved.
 */
export function findPhraseMoves(rows: readonly RowDiff[], minWords: number): { rows: RowDiff[]; moves: PhraseMove[] } {
  const keyLength = Math.max(1, minWords);
  const deleted = stretches(rows, 'delete');
  const inserted = stretches(rows, 'insert');
  const ids = new Map<string, number>();
  const idOf = (token: Token): number => {
    let id = ids.get(token.norm);
    if (id === undefined) ids.set(token.norm, (id = ids.size));
    return id;
  };
  // The keys of a stretch's first `windows` windows of `keyLength` tokens. Each token is numbered
  // once, in reading order (the order that numbers the norms, and so the keys, whatever the windows).
  const keysOf = (tokens: readonly Token[], start: number, windows: number): Int32Array => {
    const numbers = new Int32Array(windows + keyLength - 1);
    for (let i = 0; i < numbers.length; i++) numbers[i] = idOf(tokens[start + i]!);
    const keys = new Int32Array(windows);
    for (let w = 0; w < windows; w++) {
      let key = 0;
      for (let i = w; i < w + keyLength; i++) key = (Math.imul(key, 1_000_003) + numbers[i]!) | 0;
      keys[w] = key;
    }
    return keys;
  };
  const index = new Map<number, { stretch: Stretch; at: number }[]>();
  let indexed = 0;
  for (const stretch of inserted) {
    const windows = Math.min(stretch.end - keyLength + 1 - stretch.start, MAX_INDEXED_TOKENS - indexed);
    if (windows <= 0) continue;
    const keys = keysOf(rows[stretch.row]!.bTokens, stretch.start, windows);
    for (let w = 0; w < windows; w++, indexed++) {
      const at = stretch.start + w;
      const key = keys[w]!;
      const entries = index.get(key);
      if (!entries) index.set(key, [{ stretch, at }]);
      else if (entries.length < MAX_SAME_KEY) entries.push({ stretch, at });
    }
  }
  const candidates: Candidate[] = [];
  for (const stretch of deleted) {
    const windows = stretch.end - keyLength + 1 - stretch.start;
    if (windows <= 0) continue;
    const keys = keysOf(rows[stretch.row]!.aTokens, stretch.start, windows);
    for (let w = 0; w < windows; w++) {
      const p = stretch.start + w;
      for (const entry of index.get(keys[w]!) ?? []) {
        const candidate = matchAt(rows, stretch, p, entry.stretch, entry.at);
        if (candidate && candidate.words >= minWords) candidates.push(candidate);
      }
    }
  }
  const accepted = acceptLongestFirst(candidates);
  const moves = accepted.map((candidate, i) => toMove(rows, candidate, `m${i + 1}`));
  return { rows: applyMoves(rows, moves), moves };
}

function stretches(rows: readonly RowDiff[], kind: 'delete' | 'insert'): Stretch[] {
  const found: Stretch[] = [];
  rows.forEach((row, index) => {
    if (row.degraded) return;
    for (const current of row.ops) {
      if (current.kind !== kind || current.trivial || current.move !== undefined) continue;
      const [start, end] = kind === 'delete' ? [current.aStart, current.aEnd] : [current.bStart, current.bEnd];
      found.push({ row: index, start, end });
    }
  });
  return found;
}

/** The maximal common run starting exactly at p and q, trimmed to start and end on words. */
function matchAt(rows: readonly RowDiff[], aStretch: Stretch, p: number, bStretch: Stretch, q: number): Candidate | undefined {
  const a = rows[aStretch.row]!.aTokens;
  const b = rows[bStretch.row]!.bTokens;
  // A run that also matches one token earlier is found from that earlier start.
  if (p > aStretch.start && q > bStretch.start && a[p - 1]!.norm === b[q - 1]!.norm) return undefined;
  let length = 0;
  while (p + length < aStretch.end && q + length < bStretch.end && a[p + length]!.norm === b[q + length]!.norm) length++;
  let lead = 0;
  while (lead < length && !a[p + lead]!.word) lead++;
  while (length > lead && !a[p + length - 1]!.word) length--;
  if (length === lead) return undefined;
  return {
    a: { row: aStretch.row, start: p + lead, end: p + length },
    b: { row: bStretch.row, start: q + lead, end: q + length },
    words: countWords(a, p + lead, p + length),
  };
}

function acceptLongestFirst(candidates: Candidate[]): Candidate[] {
  const order = (x: Candidate, y: Candidate): number =>
    y.words - x.words || x.a.row - y.a.row || x.a.start - y.a.start || x.b.row - y.b.row || x.b.start - y.b.start;
  const usedA = new Map<number, Set<number>>();
  const usedB = new Map<number, Set<number>>();
  const free = (used: Map<number, Set<number>>, stretch: Stretch): boolean => {
    const taken = used.get(stretch.row);
    for (let i = stretch.start; i < stretch.end; i++) if (taken?.has(i)) return false;
    return true;
  };
  const take = (used: Map<number, Set<number>>, stretch: Stretch): void => {
    const taken = used.get(stretch.row) ?? new Set<number>();
    for (let i = stretch.start; i < stretch.end; i++) taken.add(i);
    used.set(stretch.row, taken);
  };
  const accepted: Candidate[] = [];
  for (const candidate of candidates.sort(order)) {
    if (!free(usedA, candidate.a) || !free(usedB, candidate.b)) continue;
    take(usedA, candidate.a);
    take(usedB, candidate.b);
    accepted.push(candidate);
  }
  return accepted.sort((x, y) => x.a.row - y.a.row || x.a.start - y.a.start);
}

function toMove(rows: readonly RowDiff[], candidate: Candidate, id: string): PhraseMove {
  const aRow = rows[candidate.a.row]!;
  const bRow = rows[candidate.b.row]!;
  return {
    id,
    words: candidate.words,
    a: { ...candidate.a, sentence: sentenceAt(aRow.a, candidate.a.start) },
    b: { ...candidate.b, sentence: sentenceAt(bRow.b, candidate.b.start) },
  };
}

/** Id of the sentence holding token `index` of the sentences' concatenated tokens. */
export function sentenceAt(sentences: readonly Sentence[], index: number): string {
  let end = 0;
  for (const sentence of sentences) {
    end += sentence.tokens.length;
    if (index < end) return sentence.id;
  }
  throw new Error(`token ${index} is past the end of its row`);
}

function applyMoves(rows: readonly RowDiff[], moves: readonly PhraseMove[]): RowDiff[] {
  const cutsByRow = new Map<number, { a: MoveCut[]; b: MoveCut[] }>();
  for (const move of moves) {
    for (const side of ['a', 'b'] as const) {
      const end = move[side];
      const cuts = cutsByRow.get(end.row) ?? { a: [], b: [] };
      cuts[side].push({ start: end.start, end: end.end, move: move.id });
      cutsByRow.set(end.row, cuts);
    }
  }
  return rows.map((row, index) => {
    const cuts = cutsByRow.get(index);
    if (!cuts) return row;
    return { ...row, ops: markTrivialBlocks(splitAtMoves(row.ops, cuts.a, cuts.b), row.aTokens, row.bTokens) };
  });
}
