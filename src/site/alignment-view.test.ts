import { describe, expect, it } from 'vitest';
import { smallStory } from '../../tests/fixtures/site/small-story.ts';
import { alignmentTable } from '../components/html/alignment-table.ts';
import { alignmentView } from './alignment-view.ts';

const story = smallStory();
const ANGER_LINK = { a: 'paper/s-3', b: 'wire/s-2', score: 0.31, evidence: ['shared rare words: angry'] };

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

  it('fills an empty cell whose version carries the statement in a sentence of another row, in words and links', () => {
    // As if the wire's council sentence also told of the fishermen's anger (a merged sentence).
    const merged = {
      ...story,
      alignment: story.alignment.map((group) =>
        group.id === 'g-3' ? { ...group, alsoCoveredBy: [{ sentence: 'wire/s-2', group: 'g-2', link: ANGER_LINK }] } : group,
      ),
    };
    const view = alignmentView(merged, 'paper');
    const row = view.rows.find((entry) => entry.group === 'g-3')!;
    expect(row.cells[0]).toEqual({
      version: 'wire',
      sentences: [],
      differs: false,
      coveredBy: { row: 2, group: 'g-2', n: 2, href: '/stories/pier/wire/#s-2' },
    });
    // Two outlets carry it now: no "only in" mark.
    expect([row.carriers, row.onlyIn]).toEqual([2, undefined]);
    expect(alignmentTable(view).value).toContain(
      '<td class="covered"><p class="absent covered-by">in the sentence of <a href="#g-2">row 2</a> ' +
        '<a class="sentence-anchor" href="/stories/pier/wire/#s-2" aria-label="sentence 2 in the reading view">2</a></p></td>',
    );
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
