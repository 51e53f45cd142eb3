import { describe, expect, it } from 'vitest';
import { sentenceOf } from '../../../../tests/fixtures/facts/sentences.ts';
import { resolveDate } from '../../language/date-resolve.ts';
import { datesConflict } from '../compare/value.ts';
import { extractDates } from './dates.ts';

const found = (text: string, published?: string) =>
  extractDates(sentenceOf(text), { published }).map((mention) => [mention.text, mention.resolved ?? null]);

describe('extractDates', () => {
  it('reads absolute dates and times, with the lead word kept', () => {
    expect(found('The vote is on 12 March 2024 at 5 p.m.')).toEqual([
      ['on 12 March 2024', '2024-03-12'],
      ['5 p.m.', null],
    ]);
    expect(found('Since 2019 the figure rose by 12%.')).toEqual([['Since 2019', '2019']]);
  });

  it('resolves relative dates against the publication date (a Monday here)', () => {
    const published = '2025-05-05';
    expect(found('He left last week, two days ago, and returns next Friday.', published)).toEqual([
      ['last week', '2025-W18'],
      ['two days ago', '2025-05-03'],
      ['next Friday', '2025-05-09'],
    ]);
    expect(found('Talks began earlier this year, in January of this year, and last July.', published)).toEqual([
      ['earlier this year', '2025'],
      ['in January of this year', '2025-01'],
      ['last July', '2024-07'],
    ]);
    expect(found('It happened on Sunday morning.', published)).toEqual([['on Sunday morning', '2025-05-04']]);
    expect(found('The council met this morning after a vote last night.', published)).toEqual([
      ['this morning', '2025-05-05'],
      ['last night', '2025-05-04'],
    ]);
  });

  it('looks ahead in a sentence about what is to come', () => {
    expect(found('Winds are forecast to last until Wednesday.', '2025-07-15')).toEqual([['until Wednesday', '2025-07-16']]);
  });

  it('leaves relative dates unresolved without a publication date', () => {
    expect(found('In March the official spoke, last month.')).toEqual([
      ['In March', null],
      ['last month', null],
    ]);
  });

  it('tells the month May from the modal verb and the surname', () => {
    expect(found('Theresa May said it may rain in May.').map(([text]) => text)).toEqual(['in May']);
  });

  it('keeps vague stretches without a value', () => {
    expect(found('Over 250 men were deported in recent months, just weeks after the deal.', '2025-05-05')).toEqual([
      ['in recent months', null],
      ['just weeks after', null],
    ]);
  });
});

describe('datesConflict', () => {
  it('compares named months and weekdays even when unresolved', () => {
    expect(datesConflict({ month: 3 }, undefined, { month: 4 }, undefined)).toBe(true);
    expect(datesConflict({ month: 1, relative: { unit: 'year', offset: 0 } }, undefined, { month: 1 }, undefined)).toBe(false);
    expect(datesConflict({ weekday: 0 }, undefined, { weekday: 1 }, undefined)).toBe(true);
  });

  it('compares resolved values at their shared precision', () => {
    expect(datesConflict({ month: 7, which: 'last' }, '2024-07', { year: 2024 }, '2024')).toBe(false);
    expect(datesConflict({ weekday: 1 }, '2025-07-14', { weekday: 0 }, '2025-07-13')).toBe(true);
  });

  it('never lets a vague phrase contradict anything', () => {
    expect(datesConflict({ vague: true }, undefined, { month: 2 }, undefined)).toBe(false);
    expect(resolveDate({ vague: true }, '2025-05-05')).toBeUndefined();
  });
});
