import { op } from './ops.ts';
import type { DiffOp } from './types.ts';

/** A range of one side that is a move end, with the move's id. */
export interface MoveCut {
  readonly start: number;
  readonly end: number;
  readonly move: string;
}

/**
 * Cuts deletes at the a-side cuts and inserts at the b-side cuts, so each move end becomes an op of
 * its own carrying the move id. Every cut lies inside one op of its side (moves are found within
 * single ops), and the order of ops, hence the tiling, is kept.
 */
export function splitAtMoves(ops: readonly DiffOp[], aCuts: readonly MoveCut[], bCuts: readonly MoveCut[]): DiffOp[] {
  const byStart = (x: MoveCut, y: MoveCut): number => x.start - y.start;
  const sortedA = [...aCuts].sort(byStart);
  const sortedB = [...bCuts].sort(byStart);
  return ops.flatMap((current) => {
    if (current.kind === 'delete') {
      return pieces(current.aStart, current.aEnd, sortedA).map(([start, end, move]) =>
        withMove(op('delete', start, end, current.bStart, current.bEnd), move),
      );
    }
    if (current.kind === 'insert') {
      return pieces(current.bStart, current.bEnd, sortedB).map(([start, end, move]) =>
        withMove(op('insert', current.aStart, current.aEnd, start, end), move),
      );
    }
    return [current];
  });
}

function withMove(current: DiffOp, move: string | undefined): DiffOp {
  return move === undefined ? current : { ...current, move };
}

/** `start..end` cut into consecutive non-empty pieces at the cuts inside it. */
function pieces(start: number, end: number, cuts: readonly MoveCut[]): [number, number, string | undefined][] {
  const out: [number, number, string | undefined][] = [];
  let at = start;
  for (const cut of cuts) {
    if (cut.start < start || cut.end > end) continue;
    if (cut.start > at) out.push([at, cut.start, undefined]);
    out.push([cut.start, cut.end, cut.move]);
    at = cut.end;
  }
  if (at < end) out.push([at, end, undefined]);
  return out;
}
