import type { AnalysedVersion, RemovedFragment, Sentence } from '../lib/types.ts';
import { perStory } from './story-cache.ts';
import { urls } from './urls.ts';

/**
 * "This sentence in other versions": its row in the alignment table, by sentence id; absent when
 * no other version carries a corresponding sentence.
 */
export const otherVersionsLinks = perStory((story, _all: undefined): Map<string, string> => {
  const links = new Map<string, string>();
  for (const group of story.alignment) {
    const versions = new Set(group.sentences.map((id) => id.split('/')[0]));
    if (versions.size < 2) continue;
    for (const id of group.sentences) links.set(id, `${urls.alignment(story.slug)}#${group.id}`);
  }
  return links;
});

export type ReadingItem = { kind: 'sentence'; sentence: Sentence } | { kind: 'removed'; fragment: RemovedFragment };

export type ReadingBlock = { kind: 'paragraph'; index: number; items: ReadingItem[] } | { kind: 'removed'; fragments: RemovedFragment[] };

/** A repair that only put back a space or line break (in a glued or hard-wrapped capture): nothing a reader needs to see in place. */
function isSpacing(fragment: RemovedFragment): boolean {
  return fragment.replacement !== undefined && /^\s*$/.test(fragment.replacement) && /^\s*$/.test(fragment.text);
}

/**
 * Where a capture ran two sentences together ("…said.The minister…"), its paragraphs had been
 * glued: the page's paragraph break was lost with the space. The reading view starts a new
 * paragraph there, as the outlet printed it.
 */
const GLUED = 'run-together';

/**
 * The reading view in original-file order: paragraphs of sentences, with each removed fragment
 * shown where it stood — between paragraphs as a block, inside one inline. Repairs that only put
 * back a space or a break have no text to show there and are listed with the other repairs; a
 * paragraph is split where two of its sentences had run together.
 */
export function readingBlocks(version: AnalysedVersion): ReadingBlock[] {
  const sentencesByN = new Map(version.sentences.map((sentence) => [sentence.n, sentence]));
  const fragments = version.removed.filter((fragment) => fragment.end > fragment.start && !isSpacing(fragment));
  const glued = version.removed.filter((fragment) => fragment.rule === GLUED && fragment.end === fragment.start).map((f) => f.start);
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
    let items: ReadingItem[] = [];
    let previousEnd = -1;
    for (const n of paragraph.sentences) {
      const sentence = sentencesByN.get(n);
      if (!sentence) continue;
      if (items.length > 0 && glued.some((at) => at >= previousEnd && at <= sentence.start)) {
        blocks.push({ kind: 'paragraph', index: paragraph.index, items });
        items = [];
      }
      for (const fragment of takeBefore(sentence.start)) items.push({ kind: 'removed', fragment });
      items.push({ kind: 'sentence', sentence });
      previousEnd = sentence.end;
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

/** Repairs of spacing, counted by reason in plain words: "5 places where sentences had run together". */
export function spacingRepairs(version: AnalysedVersion): { reason: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const fragment of version.removed) if (isSpacing(fragment)) counts.set(fragment.reason, (counts.get(fragment.reason) ?? 0) + 1);
  return [...counts].map(([reason, count]) => ({ reason, count }));
}

/** What one removal was and why, in plain words, for the editor checking the cleaner's call. */
export interface RemovalWords {
  /** "headline · 7 words" */
  what: string;
  /** "why: appears in no other version · no sentence ending · fairly sure", for removals weighed from several signals. */
  why?: string | undefined;
}

export function removalWords(fragment: RemovedFragment): RemovalWords {
  const words = fragment.text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
  const what = `${fragment.reason} · ${words} ${words === 1 ? 'word' : 'words'}`;
  if (!fragment.signals?.length) return { what };
  const sure = fragment.score === undefined ? undefined : fragment.score >= 0.8 ? 'sure' : fragment.score >= 0.6 ? 'fairly sure' : 'unsure';
  return {
    what,
    why: `why: ${[...fragment.signals, ...(sure ? [`the cleaner is ${sure} (${fragment.score!.toFixed(2)})`] : [])].join(' · ')}`,
  };
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
