import { describe, expect, it } from 'vitest';
import { findFullDate, isoDate, readWrittenDate, TIME_AFTER_DATE, writtenDate } from './written-dates.ts';

const read = (text: string, year: 'required' | 'optional' = 'required') =>
  readWrittenDate(new RegExp(`^${writtenDate('d', year)}`, 'iu').exec(text)?.groups, 'd');

describe('written dates', () => {
  it('read ISO, day-month and month-day dates, in any case', () => {
    expect(read('2025-05-05T14:02:00Z')).toEqual({ year: 2025, month: 5, day: 5 });
    expect(read('5th May, 2025')).toEqual({ day: 5, month: 5, year: 2025 });
    expect(read('SEPT. 29 2026')).toEqual({ day: 29, month: 9, year: 2026 });
    expect(read('March 3')).toBeUndefined();
    expect(read('March 3', 'optional')).toEqual({ day: 3, month: 3 });
  });

  it('refuse what is no calendar date', () => {
    expect(read('2025-13-05')).toBeUndefined();
    expect(read('45 May 2025')).toBeUndefined();
  });

  it('write ISO dates only with a year', () => {
    expect(isoDate({ year: 2026, month: 9, day: 29 })).toBe('2026-09-29');
    expect(isoDate({ month: 9, day: 29 })).toBeUndefined();
  });

  it('read a clock time after a date with any zone of time-zones.ts, and no word a zone name starts', () => {
    const timeAfter = (text: string) => new RegExp(`^${TIME_AFTER_DATE}`, 'u').exec(text)?.[0];
    expect(timeAfter(', 10:32 GMT')).toBe(', 10:32 GMT');
    expect(timeAfter(' 4:12pm ET')).toBe(' 4:12pm ET');
    expect(timeAfter(' 14.02 SGT')).toBe(' 14.02 SGT');
    expect(timeAfter(' 9:15 ETA')).toBe(' 9:15');
  });

  it('find a full date anywhere in a timestamp', () => {
    expect(findFullDate('Published: 5:10 PM MST Oct. 5, 2026')).toBe('2026-10-05');
    expect(findFullDate('Updated 14:32 GMT')).toBeUndefined();
    expect(findFullDate('ref12 May 2025')).toBeUndefined();
  });
});
