import { describe, expect, it } from 'vitest';
import { version } from '../../../tests/fixtures/diff/sentences.ts';
import { analysedSeedStory, analysedSyntheticStory } from '../../../tests/fixtures/site/analysed-stories.ts';
import type { StoryAnalysis } from '../story-analysis.ts';
import type { Sentence } from '../types.ts';
import { alignmentCells, comparePair, diffPair, diffSentenceGroup, markSentences, type PairRow, type TextMark } from './index.ts';

/** A row's marked spans as readable text: `n: kind "text" →row`. */
function spans(row: PairRow, side: 'a' | 'b', sentences: readonly Sentence[]): string[] {
  return row[side].flatMap(({ n, marks }) =>
    (marks ?? []).map(([start, end, kind, moveRow]) => {
      const text = sentences[n - 1]!.text.slice(start, end);
      return `${n}: ${kind} "${text}"${moveRow === undefined ? '' : ` →${moveRow}`}`;
    }),
  );
}

describe('comparePair', () => {
  it('stores a pair as rows of sentence numbers with their marks, a moved phrase pointing at its other row', () => {
    const a = version('a', ['Rwanda agreed.', 'Speaking on Sunday, the minister said the talks were in an early stage.']);
    const b = version('b', ['The minister said the talks were in an early stage, speaking on Sunday to Rwandan TV.', 'Rwanda agreed.']);
    const groups = [
      { id: 'g-1', sentences: ['a/s-1', 'b/s-2'] },
      { id: 'g-2', sentences: ['a/s-2', 'b/s-1'] },
    ];
    const pair = comparePair(a, b, groups, { minMoveWords: 2 });
    expect(pair.rows.map((row) => ({ a: row.a.map((entry) => entry.n), b: row.b.map((entry) => entry.n), moved: row.moved }))).toEqual([
      { a: [1], b: [2], moved: true },
      { a: [2], b: [1], moved: undefined },
    ]);
    expect(pair.rows[0]!.a[0]).toEqual({ n: 1 });
    expect(spans(pair.rows[1]!, 'a', a.sentences)).toEqual(['2: del "Speaking on Sunday" →1', '2: del ","', '2: style "the"']);
    expect(spans(pair.rows[1]!, 'b', b.sentences)).toEqual([
      '1: style "The"',
      '1: ins ","',
      '1: ins "speaking on Sunday" →1',
      '1: ins "to Rwandan TV"',
    ]);
    // Words: 2 + 13 in a, 2 + 16 in b; 'Rwanda agreed' and 'Speaking on Sunday' moved, 'to Rwandan TV' added.
    expect(pair.summary).toEqual({ similarity: 0.909, shared: 10, changed: 0, added: 3, removed: 0, moved: 5 });
    expect(pair.degraded).toBe(false);
  });

  it('stores what markSentences gives for every pair of the seed story (a before b), and the same figures as diffPair', async () => {
    const story = await analysedSeedStory();
    for (const comparison of story.comparisons) {
      const [a, b] = [comparison.a, comparison.b].map((id) => story.versions.find((candidate) => candidate.id === id)!);
      const diff = diffPair(a!, b!, story.alignment);
      expect(comparison.summary).toEqual(diff.summary);
      expect(comparison.rows.map((row) => row.a.map((entry) => entry.n))).toEqual(diff.rows.map((row) => row.a.map((s) => s.n)));
      const marksOf = (side: 'a' | 'b') => diff.rows.map((row) => markSentences(row, side).map((marked) => marked.marks.length));
      expect(comparison.rows.map((row) => row.a.map((entry) => entry.marks?.length ?? 0))).toEqual(marksOf('a'));
      expect(comparison.rows.map((row) => row.b.map((entry) => entry.marks?.length ?? 0))).toEqual(marksOf('b'));
    }
    expect(story.comparisons.map((comparison) => `${comparison.a}/${comparison.b}`)).toEqual(
      story.versions.flatMap((a, index) => story.versions.slice(index + 1).map((b) => `${a.id}/${b.id}`)),
    );
  });
});

describe('alignmentCells', () => {
  it('marks what each version adds to the base, records a difference the base alone has, and leaves out cells that read the same', () => {
    const a = version('a', ['Rwanda is in talks with the US.']);
    const b = version('b', ['Rwanda is in early talks with the “US”.']);
    const c = version('c', ['Rwanda is in talks with the US.']);
    const cells = alignmentCells([a, b, c], [{ id: 'g-1', sentences: ['a/s-1', 'b/s-1', 'c/s-1'] }]);
    const text = (marks: readonly TextMark[]) => marks.map(([start, end, kind]) => `${kind} ${b.sentences[0]!.text.slice(start, end)}`);
    expect(text(cells['g-1']!['a']!['b']!.marks[0]!)).toEqual(['ins early', 'ins “', 'ins ”']);
    expect(cells['g-1']!['a']!['b']!.differs).toBe(true);
    // Against b, a lacks words: nothing to mark in a's text, but the cell differs.
    expect(cells['g-1']!['b']!['a']).toEqual({ marks: [[]], differs: true });
    expect(Object.keys(cells['g-1']!['a']!)).toEqual(['b']);
    expect(Object.keys(cells['g-1']!['c']!)).toEqual(['b']);
  });

  const cellsOf = (story: StoryAnalysis) => {
    const byId = new Map(story.versions.flatMap((v) => v.sentences.map((sentence) => [sentence.id, sentence] as const)));
    return story.alignment.flatMap((group) => {
      const of = (id: string) => group.sentences.map((s) => byId.get(s)!).filter((s) => s.version === id);
      return story.versions.flatMap((base) =>
        story.versions
          .filter((other) => other !== base && of(base.id).length > 0 && of(other.id).length > 0)
          .map((other) => ({ group: group.id, base: of(base.id), other: of(other.id) })),
      );
    });
  };

  it.each([
    ['the seed story', analysedSeedStory],
    ['a synthetic story of near-copies', async () => analysedSyntheticStory()],
  ])('gives %s every cell exactly the marks of its own diff, shared diffs or not', async (_name, analysed) => {
    const story = await analysed();
    const cells = story.alignmentCells;
    for (const { group, base, other } of cellsOf(story)) {
      const diff = diffSentenceGroup(base, other);
      const marks = markSentences({ ...diff, a: base, b: other }, 'b').map((marked) => marked.marks.map((mark) => [mark.start, mark.end]));
      const stored = cells[group]?.[base[0]!.version]?.[other[0]!.version];
      expect(stored?.marks.map((list) => list.map(([start, end]) => [start, end])) ?? other.map(() => [])).toEqual(marks);
      expect(stored?.differs ?? false).toBe(diff.ops.some((op) => op.kind !== 'equal' && !op.trivial));
    }
  });
});
