import type { AnalysedVersion, RemovedFragment, Sentence } from '../lib/types.ts';

export type ReadingItem = { kind: 'sentence'; sentence: Sentence } | { kind: 'removed'; fragment: RemovedFragment };

export type ReadingBlock = { kind: 'paragraph'; index: number; items: ReadingItem[] } | { kind: 'removed'; fragments: RemovedFragment[] };

/**
 * The reading view in original-file order: paragraphs of sentences, with each removed fragment
 * shown where it stood — between paragraphs as a block, inside one inline. Pure insertions
 * (a repaired missing space) have no text to show there and are listed with the other repairs.
 */
export function readingBlocks(version: AnalysedVersion): ReadingBlock[] {
  const sentencesByN = new Map(version.sentences.map((sentence) => [sentence.n, sentence]));
  const fragments = version.removed.filter((fragment) => fragment.end > fragment.start);
  const blocks: ReadingBlock[] = [];
  let next = 0;
  const takeBefore = (offset: number): RemovedFragment[] => {
    const taken: RemovedFragment[] = [];
    while (next < fragments.length && fragments[next]!.start < offset) taken.push(fragments[next++]!);
    return taken;
  };
  for (const paragraph of version.paragraphs) {
    const before = takeBefore(paragraph.start);
    if (before.length > 0) blocks.push({ kind: 'removed', fragments: before });
    const items: ReadingItem[] = [];
    for (const n of paragraph.sentences) {
      const sentence = sentencesByN.get(n);
      if (!sentence) continue;
      for (const fragment of takeBefore(sentence.start)) items.push({ kind: 'removed', fragment });
      items.push({ kind: 'sentence', sentence });
    }
    for (const fragment of takeBefore(paragraph.end)) items.push({ kind: 'removed', fragment });
    blocks.push({ kind: 'paragraph', index: paragraph.index, items });
  }
  const after = fragments.slice(next);
  if (after.length > 0) blocks.push({ kind: 'removed', fragments: after });
  return blocks;
}

/** Repairs that only inserted a break: nothing to show in place, so they are listed. */
export function insertedRepairs(version: AnalysedVersion): RemovedFragment[] {
  return version.removed.filter((fragment) => fragment.end === fragment.start);
}

/** Removed fragments counted by reason, most frequent first. */
export function removedByReason(version: AnalysedVersion): { reason: string; count: number; characters: number }[] {
  const counts = new Map<string, { count: number; characters: number }>();
  for (const fragment of version.removed) {
    const entry = counts.get(fragment.reason) ?? { count: 0, characters: 0 };
    entry.count++;
    entry.characters += fragment.end - fragment.start;
    counts.set(fragment.reason, entry);
  }
  return [...counts].map(([reason, entry]) => ({ reason, ...entry })).sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason));
}
