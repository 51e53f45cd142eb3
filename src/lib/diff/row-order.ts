import type { Sentence } from '../types.ts';
import type { GroupLike, VersionSentences } from './types.ts';

/** A row before diffing: the group's sentences of each version, in reading order. */
export interface RowSides {
  readonly group: string;
  readonly a: readonly Sentence[];
  readonly b: readonly Sentence[];
}

/**
 * The rows of a pair in display order. Rows holding a-sentences follow a's reading order (by their
 * first a-sentence); a row with only b-sentences comes right after the row holding the b-sentence
 * just before it, so b's unmatched sentences sit where they fit. A sentence in no group gets a row
 * of its own; a sentence in two groups is an alignment bug and throws.
 */
export function pairRows(a: VersionSentences, b: VersionSentences, groups: readonly GroupLike[]): RowSides[] {
  const rowOf = new Map<string, number>();
  const rows: { group: string; a: Sentence[]; b: Sentence[] }[] = [];
  const place = (sentence: Sentence, side: 'a' | 'b', group: string): void => {
    let index = rowOf.get(group);
    if (index === undefined) {
      index = rows.push({ group, a: [], b: [] }) - 1;
      rowOf.set(group, index);
    }
    rows[index]![side].push(sentence);
  };
  const groupOf = groupsBySentence(groups);
  for (const sentence of a.sentences) place(sentence, 'a', groupOf.get(sentence.id) ?? sentence.id);
  for (const sentence of b.sentences) place(sentence, 'b', groupOf.get(sentence.id) ?? sentence.id);
  return displayOrder(rows);
}

// Every pair of a story, and every compare page, reads the same groups: indexed once per list.
const indexedGroups = new WeakMap<readonly GroupLike[], Map<string, string>>();

function groupsBySentence(groups: readonly GroupLike[]): Map<string, string> {
  const known = indexedGroups.get(groups);
  if (known) return known;
  const groupOf = indexGroups(groups);
  indexedGroups.set(groups, groupOf);
  return groupOf;
}

function indexGroups(groups: readonly GroupLike[]): Map<string, string> {
  const groupOf = new Map<string, string>();
  for (const group of groups) {
    for (const id of group.sentences) {
      const earlier = groupOf.get(id);
      if (earlier !== undefined) throw new Error(`sentence "${id}" is in two alignment groups: "${earlier}" and "${group.id}"`);
      groupOf.set(id, group.id);
    }
  }
  return groupOf;
}

function displayOrder(rows: readonly RowSides[]): RowSides[] {
  const byN = (x: Sentence, y: Sentence): number => x.n - y.n;
  const sorted = rows.map((row) => ({ group: row.group, a: [...row.a].sort(byN), b: [...row.b].sort(byN) }));
  const withA = sorted.filter((row) => row.a.length > 0).sort((x, y) => x.a[0]!.n - y.a[0]!.n);
  const bOnly = sorted.filter((row) => row.a.length === 0).sort((x, y) => x.b[0]!.n - y.b[0]!.n);
  const rowOfB = new Map<number, RowSides>();
  for (const row of sorted) for (const sentence of row.b) rowOfB.set(sentence.n, row);
  // Each b-only row hangs after the row of the b-sentence before it: a forest, read depth first.
  const followers = new Map<RowSides | undefined, RowSides[]>();
  for (const row of bOnly) {
    const anchor = rowOfB.get(row.b[0]!.n - 1);
    const list = followers.get(anchor);
    if (list) list.push(row);
    else followers.set(anchor, [row]);
  }
  const ordered: RowSides[] = [];
  // Depth first with an explicit stack: a run of unmatched b-sentences is a chain as deep as the run
  // (28,000 rows for a 5 MB version), which recursion would not survive.
  const emit = (root: RowSides): void => {
    const stack = [root];
    while (stack.length > 0) {
      const row = stack.pop()!;
      ordered.push(row);
      const next = followers.get(row) ?? [];
      for (let i = next.length - 1; i >= 0; i--) stack.push(next[i]!);
    }
  };
  for (const row of followers.get(undefined) ?? []) emit(row);
  for (const row of withA) emit(row);
  return ordered;
}

/**
 * Which rows are moved: among rows with sentences on both sides, those outside the heaviest run
 * that keeps the same order in a and b (a longest increasing subsequence of b positions taken in a
 * order, weighted by words so that a short sentence moves rather than the text around it).
 */
export function movedRows(rows: readonly RowSides[]): boolean[] {
  const paired = rows
    .map((row, index) => ({ index, aAt: row.a[0]?.n, bAt: row.b[0]?.n, weight: 1 + wordsOf(row.a) + wordsOf(row.b) }))
    .filter((row): row is { index: number; aAt: number; bAt: number; weight: number } => row.aAt !== undefined && row.bAt !== undefined)
    .sort((x, y) => x.aAt - y.aAt);
  const kept = heaviestIncreasing(
    paired.map((row) => row.bAt),
    paired.map((row) => row.weight),
  );
  const moved = rows.map(() => false);
  paired.forEach((row, i) => {
    if (!kept.has(i)) moved[row.index] = true;
  });
  return moved;
}

function wordsOf(sentences: readonly Sentence[]): number {
  let words = 0;
  for (const sentence of sentences) for (const token of sentence.tokens) if (token.word) words++;
  return words;
}

/**
 * Indices of the increasing subsequence of `keys` (distinct) with the largest total weight, in
 * O(n log n) with a Fenwick tree of prefix maxima over key ranks. Ties keep the earliest found.
 */
export function heaviestIncreasing(keys: readonly number[], weights: readonly number[]): Set<number> {
  const rank = new Map([...keys].sort((x, y) => x - y).map((key, i) => [key, i + 1]));
  const size = keys.length;
  const treeBest = new Float64Array(size + 1);
  const treeAt = new Int32Array(size + 1).fill(-1);
  const total = new Float64Array(size);
  const previous = new Int32Array(size).fill(-1);
  let bestEnd = -1;
  for (let i = 0; i < size; i++) {
    let before = 0;
    let beforeAt = -1;
    for (let r = rank.get(keys[i]!)! - 1; r > 0; r -= r & -r) {
      if (treeBest[r]! > before) [before, beforeAt] = [treeBest[r]!, treeAt[r]!];
    }
    total[i] = before + weights[i]!;
    previous[i] = beforeAt;
    for (let r = rank.get(keys[i]!)!; r <= size; r += r & -r) {
      if (total[i]! > treeBest[r]!) [treeBest[r], treeAt[r]] = [total[i]!, i];
    }
    if (bestEnd < 0 || total[i]! > total[bestEnd]!) bestEnd = i;
  }
  const chain = new Set<number>();
  for (let i = bestEnd; i >= 0; i = previous[i]!) chain.add(i);
  return chain;
}
