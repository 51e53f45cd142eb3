import type { Token } from '../types.ts';
import type { DiffOp } from './types.ts';

/**
 * Both sides read back from a diff: a from its equal and delete ops, b from its equal and insert
 * ops, each range taken where the op says. Throws when the ops leave a gap or overlap, so a test that
 * compares the result with the inputs checks the tiling as well as the content.
 */
export function rebuild(ops: readonly DiffOp[], a: readonly Token[], b: readonly Token[]): { a: Token[]; b: Token[] } {
  const outA: Token[] = [];
  const outB: Token[] = [];
  for (const [index, current] of ops.entries()) {
    if (current.aStart !== outA.length || current.bStart !== outB.length) {
      throw new Error(`diff op ${index} starts at a ${current.aStart}, b ${current.bStart}; expected a ${outA.length}, b ${outB.length}`);
    }
    if (current.kind !== 'insert') outA.push(...a.slice(current.aStart, current.aEnd));
    if (current.kind !== 'delete') outB.push(...b.slice(current.bStart, current.bEnd));
  }
  return { a: outA, b: outB };
}

/**
 * The norms of b produced by editing a: a's own tokens where the diff says equal, b's tokens only
 * where it inserts. Equal to `b.map(t => t.norm)` exactly when every equal op really matches.
 */
export function applyOps(ops: readonly DiffOp[], a: readonly Token[], b: readonly Token[]): string[] {
  const norms: string[] = [];
  for (const current of ops) {
    if (current.kind === 'equal') for (let i = current.aStart; i < current.aEnd; i++) norms.push(a[i]!.norm);
    if (current.kind === 'insert') for (let i = current.bStart; i < current.bEnd; i++) norms.push(b[i]!.norm);
  }
  return norms;
}
