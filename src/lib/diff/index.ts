/**
 * The diff stage: word-level diffs of aligned sentences (jsdiff's `diffArrays` over the segmenter's
 * tokens, matched on `norm`, with abort limits and a cheap fallback), moved rows and phrases, and
 * the per-pair summary of the JSON export. Pure TypeScript; runs in Node and the browser.
 *
 * Most callers want `diffPair`. The parts are exported for the alignment table (one group against a
 * base version: `diffSentenceGroup`), for rendering (`markSentences`) and for tests (`rebuild`).
 */
export { diffTokens } from './token-diff.ts';
export { diffSentenceGroup } from './group-diff.ts';
export { diffPair } from './pair-diff.ts';
export { pairRows, movedRows } from './row-order.ts';
export { findPhraseMoves } from './phrase-moves.ts';
export { summarisePair } from './summary.ts';
export { markSentences } from './marks.ts';
export { rebuild, applyOps } from './rebuild.ts';
export { diffKeys } from './key-diff.ts';
export { interner, type EditComponent } from './sequence-diff.ts';
export { DEFAULT_DIFF_OPTIONS, KEY_DIFF_LIMITS } from './options.ts';
export type { RowSides } from './row-order.ts';
export type * from './types.ts';
