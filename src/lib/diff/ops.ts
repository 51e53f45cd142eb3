import type { Token } from '../types.ts';
import type { DiffOp, DiffOpKind } from './types.ts';

/** A stretch of a diff before it has positions: `count` tokens of one kind. */
export interface Run {
  readonly kind: DiffOpKind;
  readonly count: number;
}

/**
 * Lays runs out as ops with positions. Consecutive non-equal runs become one change block with all
 * its deletes before its inserts: jsdiff may interleave them, and a page reads a block as
 * "this was replaced by that".
 */
export function opsFromRuns(runs: readonly Run[]): DiffOp[] {
  const ops: DiffOp[] = [];
  let a = 0;
  let b = 0;
  let deleted = 0;
  let inserted = 0;
  const flushBlock = (): void => {
    if (deleted > 0) ops.push(op('delete', a, a + deleted, b, b));
    a += deleted;
    if (inserted > 0) ops.push(op('insert', a, a, b, b + inserted));
    b += inserted;
    deleted = 0;
    inserted = 0;
  };
  for (const run of runs) {
    if (run.count === 0) continue;
    if (run.kind === 'delete') deleted += run.count;
    else if (run.kind === 'insert') inserted += run.count;
    else {
      flushBlock();
      const last = ops.at(-1);
      if (last?.kind === 'equal') ops[ops.length - 1] = op('equal', last.aStart, a + run.count, last.bStart, b + run.count);
      else ops.push(op('equal', a, a + run.count, b, b + run.count));
      a += run.count;
      b += run.count;
    }
  }
  flushBlock();
  return ops;
}

export function op(kind: DiffOpKind, aStart: number, aEnd: number, bStart: number, bEnd: number, trivial = false): DiffOp {
  return { kind, aStart, aEnd, bStart, bEnd, trivial };
}

/**
 * Splits equal ops into runs of identical text and runs that match only on `norm`, the latter
 * flagged trivial, so a page can dim exactly the quote or dash that differs.
 */
export function splitEqualByStyle(ops: readonly DiffOp[], a: readonly Token[], b: readonly Token[]): DiffOp[] {
  const out: DiffOp[] = [];
  for (const current of ops) {
    if (current.kind !== 'equal') {
      out.push(current);
      continue;
    }
    const styleOnly = (k: number): boolean => a[current.aStart + k]!.text !== b[current.bStart + k]!.text;
    const length = current.aEnd - current.aStart;
    let runStart = 0;
    for (let i = 1; i <= length; i++) {
      if (i < length && styleOnly(i) === styleOnly(runStart)) continue;
      const { aStart, bStart } = current;
      out.push(op('equal', aStart + runStart, aStart + i, bStart + runStart, bStart + i, styleOnly(runStart)));
      runStart = i;
    }
  }
  return out;
}

/** Calls `visit(first, end)` for every change block: a maximal run `ops[first..end)` of non-equal ops. */
export function forEachBlock(ops: readonly DiffOp[], visit: (first: number, end: number) => void): void {
  let i = 0;
  while (i < ops.length) {
    if (ops[i]!.kind === 'equal') {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < ops.length && ops[end]!.kind !== 'equal') end++;
    visit(i, end);
    i = end;
  }
}

/** Number of word tokens in `tokens[start..end)`. */
export function countWords(tokens: readonly Token[], start: number, end: number): number {
  let words = 0;
  for (let i = start; i < end; i++) if (tokens[i]!.word) words++;
  return words;
}
