import { describe, expect, it } from 'vitest';
import { siftedRemovals } from '../../../../tests/support/sift-removals.ts';
import { linesOf } from './lines.ts';
import { deckAboveByline } from './page-head.ts';

const other = [
  'Glenmoor’s harbour board has stopped its night ferries after inspectors found corroded hulls on two of three boats.',
  'About 1,200 passengers a week take the late crossings, the board said.',
  'Repairs are expected to take until the spring.',
].join('\n');

describe('a paragraph of prose above the page’s byline and date', () => {
  it('is a deck: the lede comes below the byline', () => {
    const deck = 'Shift workers face a long road home while the late boats sit on the slipway for the rest of the winter.';
    const page = [
      'Night ferries halted',
      deck,
      'By Ilse Brandt',
      '5 May 2025',
      'The harbour board halted night ferry crossings from Glenmoor on Monday after inspectors found corrosion on two hulls.',
      'About 1,200 passengers a week use the late crossings, the board said in a statement.',
      'The board expects the repairs to be finished in the spring.',
    ].join('\n');
    // Before, the deck read as the article's first paragraph of prose and stayed.
    expect(siftedRemovals(page, other)[0]).toEqual([['deck (above the byline or date, before the lede)', deck]]);
  });
  it('is the article’s first entry on a live page, whose timestamps stand between all its entries', () => {
    const entries = [
      'Crews began lifting the first ferry onto the slipway this afternoon, the harbour board said.',
      'Engineers told the board that the repairs would take at least six weeks to finish.',
      'The board has asked the ferry company for a replacement boat for the early crossing.',
    ];
    const page = [
      'Glenmoor ferries: live updates',
      entries[0],
      'Updated 3:45 PM EDT Sept. 30, 2026',
      entries[1],
      'Updated 5:10 PM EDT Sept. 30, 2026',
      entries[2],
    ].join('\n');
    expect(siftedRemovals(page, other)[0]).toEqual([]);
  });
});

describe('deckAboveByline', () => {
  const deck = 'Shift workers face a long road home while the late boats sit on the slipway.';
  const after = 'The harbour board halted the night crossings from Glenmoor on Monday after finding corrosion.';
  // The rules took a byline out below the line after the first paragraph (whoWhenBelow[1]).
  const bylineBelowSecond = [false, true, false];
  it('takes a next paragraph of seven words, finished or not, for prose: the byline is below it, so no deck', () => {
    const seven = linesOf([deck, 'The board met again on Monday night', after].join('\n'));
    expect(seven.map((line) => line.words)).toEqual([15, 7, 14]);
    expect(deckAboveByline(seven, 0, bylineBelowSecond)).toBe(-1);
    expect(deckAboveByline(seven, 0, [true, false, false])).toBe(0);
  });
  it('passes over a line of six words to the next paragraph of prose', () => {
    const six = linesOf([deck, 'The board met on Monday night', after].join('\n'));
    expect(deckAboveByline(six, 0, bylineBelowSecond)).toBe(0);
  });
});
