import { describe, expect, it } from 'vitest';
import { smallStory } from '../../tests/fixtures/site/small-story.ts';
import { pairMatrix } from './pair-matrix.ts';

describe('pairMatrix', () => {
  it('gives every ordered pair the symmetric similarity, and each row version its own share of shared runs', () => {
    const story = smallStory();
    const cells = pairMatrix(story).map((row) =>
      row.map((cell) => [cell.a, cell.b, cell.pair?.similarity, cell.band, cell.rowShare, cell.rowShareBand]),
    );
    expect(cells).toEqual([
      [
        ['wire', 'wire', undefined, 0, undefined, 0],
        ['wire', 'paper', 0.828, 4, 0.615, 3],
      ],
      [
        ['paper', 'wire', 0.828, 4, 0.5, 2],
        ['paper', 'paper', undefined, 0, undefined, 0],
      ],
    ]);
  });

  it('shades in five bands of 0.2, the top band closed', () => {
    const story = smallStory();
    const bandOf = (similarity: number) => pairMatrix({ ...story, pairs: [{ ...story.pairs[0]!, similarity }] })[0]![1]!.band;
    expect([0, 0.19, 0.2, 0.59, 0.6, 0.99, 1].map(bandOf)).toEqual([0, 0, 1, 2, 3, 4, 4]);
  });
});
