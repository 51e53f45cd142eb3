import { describe, expect, it } from 'vitest';
import { type Line, linesOf } from './lines.ts';
import { articleShaped, listItem, longProseUnfinished, mainProseRun, proseWords, readsAsProse, restatedInRun } from './prose-run.ts';
import { removals } from '../../../../tests/support/sift-removals.ts';

const page = [
  'Pellow Herald', // 0
  'Quarry road closes after a rockfall near Pellow on Sunday.', // 1: a deck
  'Share this', // 2
  'Listen to this', // 3
  'Print', // 4
  'Crews closed the quarry road at Pellow on Sunday after a rockfall blocked both lanes.', // 5: the lede
  'No one was hurt, and the council said the road would reopen within a week.', // 6
  'Repairs', // 7: a subhead
  'Engineers from Tarrow will check the cliff face before the lanes are cleared again.', // 8
  '- Diversion via the coast road', // 9
  '- Buses run every hour', // 10
  'A council spokesperson said the rockfall was the first on the road in twenty years.', // 11
  'Read next', // 12
  'Most popular', // 13
  'Newsletter', // 14
  'A bakery in Tarrow has won a national prize for its rye bread this year.', // 15: a teaser's lede
].join('\n');

describe('the main run of prose', () => {
  const lines = linesOf(page);
  it('runs over a subhead and a list inside the article, and stops at longer chrome', () => {
    expect(mainProseRun(lines)).toEqual({ start: 5, end: 11, length: 4 });
  });
  it('is empty for a page without prose', () => {
    expect(mainProseRun(linesOf('Home\nSport\nWeather'))).toEqual({ start: 0, end: -1, length: 0 });
  });
  it('finds the paragraph that restates a deck above it, in other words, and none for the lede', () => {
    const run = mainProseRun(lines);
    expect(restatedInRun(lines, 1, run)).toBe(5);
    expect(restatedInRun(lines, 5, run)).toBe(-1);
    expect(restatedInRun(lines, 15, run)).toBe(-1);
  });
});

describe('prose outside the version’s own article', () => {
  const other = [
    'Rockfall shuts Pellow quarry road',
    'A rockfall on Sunday blocked the quarry road at Pellow, and crews closed it to traffic.',
    'The council expects the road to reopen within a week, once engineers have checked the cliff.',
    'Nobody was injured in the fall, the council said.',
  ].join('\n');
  it('removes a deck the lede says again and a teaser’s lede below the article; keeps the article’s paragraphs', () => {
    expect(removals(page, other)[0]).toEqual([
      ['heading, label or link text', 'Pellow Herald'],
      ['deck or summary (the article says it again below)', 'Quarry road closes after a rockfall near Pellow on Sunday.'],
      ['heading, label or link text', 'Share this'],
      ['headline or label above the article', 'Listen to this'],
      ['heading, label or link text', 'Print'],
      ['heading, label or link text', 'Repairs'],
      ['heading, label or link text', '- Diversion via the coast road'],
      ['heading, label or link text', '- Buses run every hour'],
      ['heading, label or link text', 'Read next'],
      ['heading, label or link text', 'Most popular'],
      ['heading, label or link text', 'Newsletter'],
      ['not part of the story (no other version has it)', 'A bakery in Tarrow has won a national prize for its rye bread this year.'],
    ]);
  });
});

describe('an article-shaped paragraph', () => {
  it('is a finished sentence of seven words or more in sentence case, not a headline in title case or a list item', () => {
    const texts = [
      'Crews closed the quarry road at Pellow on Sunday.',
      'Pellow Council Buys Quarry Road for $2 Million!',
      '- Crews closed the quarry road at Pellow on Sunday.',
      'Road closed.',
    ];
    expect(linesOf(texts.join('\n')).map(articleShaped)).toEqual([true, false, false, false]);
  });
});

describe('what reads as prose', () => {
  const lineOf = (text: string): Line => linesOf(text)[0]!;
  // 7 words, 3 of them function words (`The`, `the`, `on`): a paragraph of prose when finished.
  const sentence = lineOf('The crews closed the road on Sunday.');
  const unfinished = lineOf('The crews closed the road on Sunday');
  // 9 words, one function word (`and`): a list of names, not prose.
  const names = lineOf('Marta Lind, Olek Brun, Pia Sand and Tomas Vik.');
  const words = (count: number): string =>
    Array.from({ length: count }, (_, k) => ['the', 'quarry', 'road', 'at', 'Pellow'][k % 5]).join(' ');
  it('needs seven words (or the number asked) with a fifth of them function words, finished or not', () => {
    expect([sentence.words, sentence.functionShare]).toEqual([7, 3 / 7]);
    expect([proseWords(sentence), proseWords(unfinished), proseWords(names)]).toEqual([true, true, false]);
    expect(proseWords(lineOf('The road closed.'))).toBe(false);
    expect(proseWords(lineOf('The road closed.'), 3)).toBe(true);
    expect(proseWords(lineOf('Six words and no more here'))).toBe(false);
  });
  it('reads a finished line only as a paragraph of prose', () => {
    expect([readsAsProse(sentence), readsAsProse(unfinished), readsAsProse(names)]).toEqual([true, false, false]);
  });
  it('takes more than 20 words of prose without a full stop for text the page cut short', () => {
    expect([lineOf(words(21)).words, lineOf(words(21)).functionShare]).toEqual([21, 9 / 21]);
    expect(longProseUnfinished(lineOf(words(21)))).toBe(true);
    expect(longProseUnfinished(lineOf(words(20)))).toBe(false);
    expect(longProseUnfinished(unfinished)).toBe(false);
  });
  it('knows a list item by its mark and a space', () => {
    expect(['- Buses run every hour', '• Buses run', '* Buses run', '– Buses run'].map((text) => listItem(lineOf(text)))).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(['-5 degrees at dawn', 'Buses - every hour', 'Buses run'].map((text) => listItem(lineOf(text)))).toEqual([false, false, false]);
  });
});
