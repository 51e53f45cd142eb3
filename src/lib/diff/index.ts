/**
 * The diff stage: word-level diffs of aligned sentences (jsdiff's `diffArrays` over the segmenter's
 * tokens, matched on `norm`, with abort limits and a cheap fallback), moved rows and phrases, and
 * the per-pair summary of the JSON export. Pure TypeScript; runs in Node and the browser.
 *
 * The analysis stores what pages show: `comparePair` (a pair's rows and marks, and its figures) and
 * `alignmentCells` (the N-way table against each base). The parts are exported for reuse and tests:
 * `diffPair`, `diffSentenceGroup` (one group against a base), `markSentences`, `rebuild`.
 */
export { diffTokens } from './token-diff.ts';
export { diffSentenceGroup } from './group-diff.ts';
export { diffPair } from './pair-diff.ts';
export { alignmentCells, comparePair, groupDiffer } from './page-diffs.ts';
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
