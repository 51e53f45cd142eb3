import type { Token } from '../types.ts';
import { forEachBlock } from './ops.ts';
import type { DiffOp } from './types.ts';

const DASHES = /[\p{Pd}\u2212]/gu;
const QUOTES = /[\p{Pi}\p{Pf}"'`´‚„‹›«»]/gu;

/**
 * The text of some tokens with everything a trivial change may touch taken out: whitespace (tokens
 * never hold it), case and compatibility forms (already gone in `norm`), dashes, and quote style
 * (single, double, curly, guillemets all become one mark, so quoting vs not quoting still differs).
 */
export function styleFree(tokens: readonly Token[], start: number, end: number): string {
  let text = '';
  for (let i = start; i < end; i++) text += tokens[i]!.norm;
  return text.toLowerCase().replace(DASHES, '').replace(QUOTES, '"');
}

/**
 * Sets `trivial` on every delete and insert: true when its change block, leaving moves out, reads
 * the same on both sides once style is ignored. Move ends are never trivial.
 */
export function markTrivialBlocks(ops: readonly DiffOp[], a: readonly Token[], b: readonly Token[]): DiffOp[] {
  const out = ops.slice();
  forEachBlock(out, (first, end) => {
    let aText = '';
    let bText = '';
    for (let i = first; i < end; i++) {
      const current = out[i]!;
      if (current.move !== undefined) continue;
      if (current.kind === 'delete') aText += styleFree(a, current.aStart, current.aEnd);
      else bText += styleFree(b, current.bStart, current.bEnd);
    }
    const trivial = aText === bText;
    for (let i = first; i < end; i++) {
      const current = out[i]!;
      const flag = trivial && current.move === undefined;
      if (current.trivial !== flag) out[i] = { ...current, trivial: flag };
    }
  });
  return out;
}
