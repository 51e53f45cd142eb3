import { describe, expect, it } from 'vitest';
import { analysedSyntheticStory } from '../../tests/fixtures/site/analysed-stories.ts';
import { smallStory } from '../../tests/fixtures/site/small-story.ts';
import { compareRows } from '../components/html/compare-rows.ts';
import { compareView, textRuns, type SentenceView, type TextRun } from './compare-view.ts';

const story = analysedSyntheticStory();
const [first, second, third] = story.versions;

function sentencesOf(view: ReturnType<typeof compareView>, side: 'a' | 'b'): SentenceView[] {
  return view.rows.flatMap((row) => row[side]);
}

describe('compareView', () => {
  it('names both versions short: how an outlet was identified is the page footnote', () => {
    const small = smallStory();
    const [wire, paper] = small.versions;
    const named = {
      ...small,
      versions: [
        { ...wire!, outlet: 'Wire (agency copy)' },
        { ...paper!, outlet: 'Paper (cites Wire)' },
      ],
    };
    const view = compareView(named, 'wire', 'paper');
    expect([view.a.outlet, view.b.outlet]).toEqual(['Wire', 'Paper']);
    const rows = compareRows(view).value;
    expect(rows).toContain('<span class="cell__who">Paper</span>');
    expect(rows).not.toContain('cites Wire');
  });

  it('shares the view of a sentence the diff leaves unmarked between the pages of its story', () => {
    const one = sentencesOf(compareView(story, first!.id, second!.id), 'a');
    const two = sentencesOf(compareView(story, first!.id, third!.id), 'a');
    const unmarked = (sentence: SentenceView) => sentence.runs.every((run) => run.kind === 'same');
    const shared = one.filter((sentence) => unmarked(sentence) && two.includes(sentence));
    expect(shared.length).toBeGreaterThan(0);
    for (const sentence of shared) expect(sentence.href).toBe(`/stories/${story.slug}/${first!.id}/#s-${sentence.n}`);
  });

  it('gives every page its own views of marked sentences', () => {
    const one = sentencesOf(compareView(story, first!.id, second!.id), 'a').filter((sentence) =>
      sentence.runs.some((run) => run.kind !== 'same'),
    );
    const again = sentencesOf(compareView(story, first!.id, second!.id), 'a');
    expect(one.length).toBeGreaterThan(0);
    for (const sentence of one) expect(again).not.toContain(sentence);
  });
});

describe('compareView of a hand-made story', () => {
  const small = smallStory();
  const date = {
    id: 'date-pier-closed',
    href: '/stories/pier/facts/#date-pier-closed',
    label: 'date — outlets disagree: pier closed',
    disagreement: true,
  };
  const dateFlag = { href: '/stories/pier/facts/#date-pier-closed', label: 'Outlets disagree on this date: pier closed' };
  const claimFlag = { href: '/stories/pier/facts/#claim-fishermen-angry', label: 'Outlets disagree on this claim: fishermen angry' };
  const piece = (text: string, kind: TextRun['kind'], more: Partial<TextRun> = {}): TextRun => ({
    text,
    kind,
    continuesPrevious: false,
    continuesNext: false,
    ...more,
  });

  it('reads rows, marks, fact links and flags off the stored comparison', () => {
    const view = compareView(small, 'wire', 'paper');
    expect([view.a.id, view.b.id, view.summary.similarity, view.degraded]).toEqual(['wire', 'paper', 0.828, false]);
    expect(view.rows.map((row) => [row.anchor, row.changed, row.styleOnly, row.movedTo])).toEqual([
      ['r-1', true, false, undefined],
      ['r-2', true, false, { href: '/stories/pier/paper/#s-2', label: 'in Paper this is sentence 2' }],
      ['r-3', true, false, undefined],
    ]);
    expect(view.rows[0]!.a).toEqual([
      {
        n: 1,
        href: '/stories/pier/wire/#s-1',
        disagreements: [dateFlag],
        runs: [piece('The pier closed on ', 'same'), piece('Monday', 'del', { fact: date }), piece('.', 'same')],
      },
    ]);
    expect(view.rows[0]!.b[0]!.runs.map((run) => [run.text, run.kind])).toEqual([
      ['The pier closed on ', 'same'],
      ['Tuesday', 'ins'],
      ['.', 'same'],
    ]);
    expect(view.rows[2]).toMatchObject({
      a: [],
      b: [{ n: 3, disagreements: [claimFlag], runs: [{ text: 'Fishermen were angry.', kind: 'ins' }] }],
    });
  });

  it('links a moved phrase to the row of its other end, and tells a style-only row', () => {
    const view = compareView(small, 'paper', 'wire');
    expect(view.degraded).toBe(true);
    expect(view.rows[0]!.a[0]!.runs[1]).toMatchObject({
      text: 'Tuesday',
      kind: 'del',
      moveTo: { href: '#r-2', label: 'moved: see row 2' },
    });
    expect(view.rows.map((row) => [row.changed, row.styleOnly])).toEqual([
      [true, false],
      [false, true],
      [true, false],
    ]);
    expect(view.rows[1]!.a[0]!.runs.filter((run) => run.kind === 'style').map((run) => run.text)).toEqual(['the']);
  });

  it('places changed rows on each side in proportion to their tokens', () => {
    // Tokens: wire 6 + 11; paper 6 + 11 + 4. Rows 1 and 3 change; b places them by paper's own order.
    expect(compareView(small, 'wire', 'paper').density).toEqual({
      a: [
        { anchor: 'r-1', top: 0, height: 6 / 17 },
        { anchor: 'r-2', top: 6 / 17, height: 11 / 17 },
      ],
      b: [
        { anchor: 'r-1', top: 0, height: 6 / 21 },
        { anchor: 'r-2', top: 6 / 21, height: 11 / 21 },
        { anchor: 'r-3', top: 17 / 21, height: 4 / 21 },
      ],
    });
  });

  it('turns stored marks into runs of a sentence, with the text between them plain', () => {
    expect(
      textRuns(
        'The pier closed on Monday.',
        [
          [4, 8, 'style'],
          [19, 25, 'del', 2],
        ],
        (row) => ({ href: `#r-${row + 1}`, label: 'moved' }),
      ),
    ).toEqual([
      { text: 'The ', kind: 'same' },
      { text: 'pier', kind: 'style', moveTo: undefined },
      { text: ' closed on ', kind: 'same' },
      { text: 'Monday', kind: 'del', moveTo: { href: '#r-3', label: 'moved' } },
      { text: '.', kind: 'same' },
    ]);
  });

  it('asks for a comparison the story has', () => {
    expect(() => compareView(small, 'wire', 'wire')).toThrow('Story "pier" has no comparison of "wire" with "wire"');
  });
});
