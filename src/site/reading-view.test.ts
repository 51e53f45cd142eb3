import { describe, expect, it } from 'vitest';
import { smallStory } from '../../tests/fixtures/site/small-story.ts';
import { insertedRepairs, readingBlocks, removalWords, removedByReason, type ReadingBlock } from './reading-view.ts';

const [wire, paper] = smallStory().versions;

/** Blocks as short strings: a removed block, or a paragraph's sentence ids and inline fragments. */
function outline(blocks: readonly ReadingBlock[]): string[] {
  return blocks.map((block) => {
    if (block.kind === 'removed') return `removed: ${block.fragments.map((fragment) => fragment.text).join(' | ')}`;
    const items = block.items.map((item) => (item.kind === 'sentence' ? item.sentence.id : `[${item.fragment.text}]`));
    return `¶${block.index}: ${items.join(' ')}`;
  });
}

describe('readingBlocks', () => {
  it('shows each removed fragment where it stood: before, between or after the paragraphs', () => {
    expect(outline(readingBlocks(wire!))).toEqual(['removed: SHARE THIS', '¶0: wire/s-1 wire/s-2', 'removed: Read more: ferries']);
    expect(outline(readingBlocks(paper!))).toEqual(['¶0: paper/s-1', '¶1: paper/s-2 paper/s-3']);
  });

  it('shows a fragment removed inside a paragraph inline, and lists repairs that only inserted a break', () => {
    const caption = { text: 'Photo: AP', reason: 'caption', rule: 'caption', start: 37, end: 38 };
    const space = { text: '', reason: 'lost space', rule: 'glue', start: 38, end: 38, replacement: ' ' };
    const version = { ...wire!, removed: [wire!.removed[0]!, caption, space, wire!.removed[1]!] };
    expect(outline(readingBlocks(version))).toEqual([
      'removed: SHARE THIS',
      '¶0: wire/s-1 [Photo: AP] wire/s-2',
      'removed: Read more: ferries',
    ]);
    expect(insertedRepairs(version)).toEqual([space]);
  });
});

describe('removedByReason', () => {
  it('counts fragments and characters by reason, most frequent first, then by name', () => {
    expect(removedByReason(wire!)).toEqual([
      { reason: 'share bar', count: 1, characters: 10 },
      { reason: 'teaser', count: 1, characters: 18 },
    ]);
    const twice = { ...wire!, removed: [...wire!.removed, { ...wire!.removed[1]! }] };
    expect(removedByReason(twice).map((entry) => [entry.reason, entry.count, entry.characters])).toEqual([
      ['teaser', 2, 36],
      ['share bar', 1, 10],
    ]);
  });
});

describe('removalWords', () => {
  it('says what a rule removed, and for a removal weighed from signals, why and how sure', () => {
    expect(removalWords({ text: 'SHARE THIS', reason: 'share bar', rule: 'share-bar', start: 0, end: 10 })).toEqual({
      what: 'share bar · 2 words',
    });
    const teaser = {
      text: 'Town fair raises record sum',
      reason: 'heading, label or link text',
      rule: 'story-evidence',
      start: 0,
      end: 27,
      score: 0.97,
      signals: ['no sentence ending', '5 words', 'appears in no other version'],
    };
    expect(removalWords(teaser)).toEqual({
      what: 'heading, label or link text · 5 words',
      why: 'why: no sentence ending · 5 words · appears in no other version · the cleaner is sure (0.97)',
    });
    expect(removalWords({ ...teaser, score: 0.55 }).why).toBe(
      'why: no sentence ending · 5 words · appears in no other version · the cleaner is unsure (0.55)',
    );
  });
});
