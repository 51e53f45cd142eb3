import { describe, expect, it } from 'vitest';
import { readDatePhrases } from './date-phrases.ts';

const read = (text: string) => readDatePhrases(text).map(({ text: phrase, value }) => [phrase, value]);

describe('readDatePhrases', () => {
  it('reads absolute dates with their lead word, the weekday confirming the day', () => {
    expect(read('The vote is on 12 March 2024 at 5 p.m.')).toEqual([
      ['on 12 March 2024', { day: 12, month: 3, year: 2024 }],
      ['5 p.m.', { time: '17:00' }],
    ]);
    expect(read('It opened on Monday, March 2 and closes 2026-04-01.')).toEqual([
      ['2026-04-01', { year: 2026, month: 4, day: 1 }],
      ['on Monday, March 2', { day: 2, month: 3, weekday: 1 }],
    ]);
  });

  it('reads relative dates as offsets, and which occurrence a month or weekday is', () => {
    expect(read('He left last week, two days ago, and returns next Friday.')).toEqual([
      ['next Friday', { weekday: 5, which: 'next' }],
      ['last week', { relative: { unit: 'week', offset: -1 } }],
      ['two days ago', { relative: { unit: 'day', offset: -2 } }],
    ]);
    expect(read('Talks began earlier this year and in January of this year.')).toEqual([
      ['in January of this year', { month: 1, relative: { unit: 'year', offset: 0 } }],
      ['earlier this year', { relative: { unit: 'year', offset: 0 } }],
    ]);
  });

  it('tells the month May from the modal verb and the surname, and keeps vague stretches', () => {
    expect(read('Theresa May said it may rain in May.').map(([phrase]) => phrase)).toEqual(['in May']);
    expect(read('Over 250 men were deported in recent months, just weeks after the deal.')).toEqual([
      ['in recent months', { vague: true }],
      ['just weeks after', { vague: true }],
    ]);
  });

  it('reads stretches of time and parts of a year as vague, never a half of a match', () => {
    expect(read('Savings over the next two years will lift third-quarter profit and the current financial year.')).toEqual([
      ['over the next two years', { vague: true }],
      ['third-quarter', { vague: true }],
      ['the current financial year', { vague: true }],
    ]);
    expect(read('Sales fell in the first half of the year; the visitors led in the first half.').map(([phrase]) => phrase)).toEqual([
      'first half of the year',
    ]);
  });

  it('reads a count of units before `ago` whatever its case, and a stretch ahead in `in … time`', () => {
    expect(read('Three years ago the quay was shut; it reopens in two months’ time.')).toEqual([
      ['Three years ago', { relative: { unit: 'year', offset: -3 } }],
      ['in two months’ time', { relative: { unit: 'month', offset: 2 } }],
    ]);
  });

  it('leaves a counted stretch before an event to the numbers, and reads one told with `a` as vague', () => {
    // `10 days before the vote` counts days: a quantity, not a vague time; `for a week after` is how long.
    expect(read('The ferry sank 10 days before the vote and two weeks after the storm.')).toEqual([]);
    expect(read('He held on for a week after the strike, which paid €900 a week before tax.')).toEqual([]);
    expect(read('Cracks were seen a day earlier, just weeks after a decade later.').map(([phrase]) => phrase)).toEqual([
      'a day earlier',
      'just weeks after',
      'a decade later',
    ]);
  });

  it('reads parts of a day: from publication when `this` or `last` says so, vague otherwise', () => {
    expect(read('This morning the mayor spoke; last night she slept; on Tuesday lunchtime she left.')).toEqual([
      ['on Tuesday lunchtime', { weekday: 2 }],
      ['This morning', { relative: { unit: 'day', offset: 0 } }],
      ['last night', { relative: { unit: 'day', offset: -1 } }],
    ]);
    expect(read('Crews worked overnight and into the night; in the evening the pier shut around lunchtime.')).toEqual([
      ['overnight', { vague: true }],
      ['into the night', { vague: true }],
      ['in the evening', { vague: true }],
      ['around lunchtime', { vague: true }],
    ]);
    // `an overnight stay` names a kind of stay, and `the last night of every month` a night in an order: no dates.
    expect(read('An overnight stay cost less.')).toEqual([]);
    expect(read('The lamp shines on the last night of every month, as in the last season of the show.')).toEqual([]);
  });

  it('reads stretches named without a figure as vague', () => {
    expect(
      read('Built in the 1960s, the club won at the weekend, its first win in a generation, after last season’s slump.').map(
        ([phrase]) => phrase,
      ),
    ).toEqual(['in the 1960s', 'at the weekend', 'in a generation', 'last season']);
    expect(read('Talks will go on over the coming weeks and months.')).toEqual([['over the coming weeks and months', { vague: true }]]);
    // A club's `last campaign` is its last season; a politician's is a campaign.
    expect(read('They finished 14th last campaign; in his last campaign he lost; I fought this campaign.')).toEqual([
      ['last campaign', { vague: true }],
    ]);
  });

  it('leaves figures that are no years alone', () => {
    expect(read('It cost £2019 and 2025 jobs went; 2020% is no year, nor 3000.')).toEqual([['2025', { year: 2025 }]]);
  });

  it('reads a zoned time written without its colon, and only with its zone', () => {
    expect(read('Crews arrived at 0830 GMT and the pier reopened at 1605 GMT.')).toEqual([
      ['0830', { time: '08:30' }],
      ['1605', { time: '16:05' }],
    ]);
    expect(read('The fleet grew from 1500 boats to 1605.')).toEqual([['1605', { year: 1605 }]]);
  });
});
