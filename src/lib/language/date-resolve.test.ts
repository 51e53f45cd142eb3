import { describe, expect, it } from 'vitest';
import { parseIsoDate, resolveDate } from './date-resolve.ts';

// 2025-05-05 is a Monday.
const published = '2025-05-05';

describe('resolveDate', () => {
  it('reads relative dates against the reference date', () => {
    expect(resolveDate({ relative: { unit: 'day', offset: -2 } }, published)).toBe('2025-05-03');
    expect(resolveDate({ relative: { unit: 'week', offset: -1 } }, published)).toBe('2025-W18');
    expect(resolveDate({ relative: { unit: 'month', offset: -5 } }, published)).toBe('2024-12');
    expect(resolveDate({ relative: { unit: 'year', offset: 1 } }, published)).toBe('2026');
  });

  it('looks back for a bare weekday or month, ahead for `next` or a sentence about what is to come', () => {
    expect(resolveDate({ weekday: 0 }, published)).toBe('2025-05-04');
    expect(resolveDate({ weekday: 5, which: 'next' }, published)).toBe('2025-05-09');
    expect(resolveDate({ weekday: 1, which: 'last' }, published)).toBe('2025-04-28');
    expect(resolveDate({ month: 7, which: 'last' }, published)).toBe('2024-07');
    expect(resolveDate({ month: 3, tense: 'future' }, published)).toBe('2026-03');
    expect(resolveDate({ month: 6, tense: 'past' }, published)).toBe('2024-06');
    expect(resolveDate({ month: 3, day: 5, time: '17:00' }, published)).toBe('2025-03-05 17:00');
  });

  it('needs a reference date for what is relative, and never resolves a vague stretch', () => {
    expect(resolveDate({ relative: { unit: 'day', offset: -1 } }, undefined)).toBeUndefined();
    expect(resolveDate({ year: 2019 }, undefined)).toBe('2019');
    expect(resolveDate({ vague: true }, published)).toBeUndefined();
    // A weekday-and-date without a reference: the story's year, when the weekday fits it.
    expect(resolveDate({ weekday: 1, month: 3, day: 2 }, undefined, 2026)).toBe('2026-03-02');
    expect(resolveDate({ weekday: 2, month: 3, day: 2 }, undefined, 2026)).toBeUndefined();
  });

  it('parses the day of an ISO date', () => {
    expect(parseIsoDate('2025-05-05T10:00:00Z')?.toISOString()).toBe('2025-05-05T00:00:00.000Z');
    expect(parseIsoDate('May 5')).toBeUndefined();
  });
});
