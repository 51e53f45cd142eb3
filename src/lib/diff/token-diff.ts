import type { Token } from '../types.ts';
import { diffSequences } from './sequence-diff.ts';
import { resolveDiffOptions } from './options.ts';
import { opsFromRuns, splitEqualByStyle, type Run } from './ops.ts';
import { markTrivialBlocks } from './trivial.ts';
import type { DiffOptions, TokenDiff } from './types.ts';

/**
 * Word-level diff of two token sequences, matching tokens on `norm`. jsdiff (on the norms as
 * interned integers, sequence-diff.ts) runs on what lies between the common prefix and suffix; when it gives
 * up (past `maxEditLength` edits), that middle becomes one replacement block and the result is
 * flagged `degraded`.
 */
export function diffTokens(a: readonly Token[], b: readonly Token[], options?: DiffOptions): TokenDiff {
  const { maxEditLength } = resolveDiffOptions(options);
  const prefix = commonPrefix(a, b);
  const suffix = commonSuffix(a, b, prefix);
  const aMiddle = a.slice(prefix, a.length - suffix);
  const bMiddle = b.slice(prefix, b.length - suffix);
  // With one side empty there is nothing for jsdiff to find: the middle is one replacement.
  let middle: Run[] | undefined = replacement(aMiddle.length, bMiddle.length);
  if (aMiddle.length > 0 && bMiddle.length > 0) {
    const changes = diffSequences(aMiddle.map(normOf), bMiddle.map(normOf), { maxEditLength });
    middle = changes?.map((change) => ({ kind: change.added ? 'insert' : change.removed ? 'delete' : 'equal', count: change.count }));
  }
  const degraded = middle === undefined;
  middle ??= replacement(aMiddle.length, bMiddle.length);
  const runs: Run[] = [{ kind: 'equal', count: prefix }, ...middle, { kind: 'equal', count: suffix }];
  const ops = markTrivialBlocks(splitEqualByStyle(opsFromRuns(runs), a, b), a, b);
  return { ops, degraded };
}

const normOf = (token: Token): string => token.norm;

/** How many tokens of each side jsdiff sees: what lies between the common prefix and suffix. */
export function middleLengths(a: readonly Token[], b: readonly Token[]): [number, number] {
  const prefix = commonPrefix(a, b);
  const suffix = commonSuffix(a, b, prefix);
  return [a.length - prefix - suffix, b.length - prefix - suffix];
}

/** The cheap diff of a middle: everything in a replaced by everything in b. */
function replacement(deleted: number, inserted: number): Run[] {
  return [
    { kind: 'delete', count: deleted },
    { kind: 'insert', count: inserted },
  ];
}

function commonPrefix(a: readonly Token[], b: readonly Token[]): number {
  const limit = Math.min(a.length, b.length);
  let n = 0;
  while (n < limit && a[n]!.norm === b[n]!.norm) n++;
  return n;
}

function commonSuffix(a: readonly Token[], b: readonly Token[], prefix: number): number {
  const limit = Math.min(a.length, b.length) - prefix;
  let n = 0;
  while (n < limit && a[a.length - 1 - n]!.norm === b[b.length - 1 - n]!.norm) n++;
  return n;
}
