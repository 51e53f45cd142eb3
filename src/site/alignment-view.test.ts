import { describe, expect, it } from 'vitest';
import { smallStory } from '../../tests/fixtures/site/small-story.ts';
import { alignmentView } from './alignment-view.ts';

const story = smallStory();

describe('alignmentView', () => {
  it('lays the groups out in the base version reading order, a group the base lacks after its predecessor', () => {
    const view = alignmentView(story, 'wire');
    expect(view.base.id).toBe('wire');
    expect(view.rows.map((row) => [row.group, row.carriers, row.onlyIn, row.strongestEvidence])).toEqual([
      ['g-1', 2, undefined, 'shared rare words: pier'],
      ['g-2', 2, undefined, undefined],
      ['g-3', 1, 'Paper', undefined],
    ]);
  });

  it('marks what a version adds to the base from the stored cells, and shows the base and unchanged cells plain', () => {
    const [first, second, third] = alignmentView(story, 'wire').rows;
    expect(first!.cells).toEqual([
      {
        version: 'wire',
        sentences: [{ n: 1, href: '/stories/pier/wire/#s-1', runs: [{ text: 'The pier closed on Monday.', kind: 'same' }] }],
        differs: false,
      },
      {
        version: 'paper',
        sentences: [
          {
            n: 1,
            href: '/stories/pier/paper/#s-1',
            runs: [
              { text: 'The pier closed on ', kind: 'same' },
              { text: 'Tuesday', kind: 'ins', moveTo: undefined },
              { text: '.', kind: 'same' },
            ],
          },
        ],
        differs: true,
      },
    ]);
    // No stored cell: the paper's sentence reads exactly as the wire's.
    expect(second!.cells[1]).toEqual({
      version: 'paper',
      sentences: [
        { n: 2, href: '/stories/pier/paper/#s-2', runs: [{ text: 'Repairs will cost £2 million, the council said.', kind: 'same' }] },
      ],
      differs: false,
    });
    expect(third!.cells.map((cell) => [cell.version, cell.sentences.length, cell.differs])).toEqual([
      ['wire', 0, false],
      ['paper', 1, false],
    ]);
  });

  it('reads the cells against another base the other way round, and falls back to the first version for an unknown base', () => {
    expect(alignmentView(story, 'paper').rows[0]!.cells[0]!.sentences[0]!.runs[1]).toEqual({
      text: 'Monday',
      kind: 'ins',
      moveTo: undefined,
    });
    expect(alignmentView(story, 'nobody').base.id).toBe('wire');
  });
});
