import { describe, expect, it } from 'vitest';
import { MONTH_NAME, MONTH_WORD, MONTH_WORD_DOTTED, monthNumber, WEEKDAY_WORD, WEEKDAY_WORD_SHORT, weekdayNumber } from './calendar.ts';

const whole = (pattern: string, flags = 'u') => new RegExp(`^${pattern}$`, flags);

describe('calendar', () => {
  it('numbers months from their names and abbreviations, and weekdays from Sunday', () => {
    expect(['January', 'jan', 'Sept.', 'SEPTEMBER', 'Sep', 'May', 'Mayor', 'Junior'].map(monthNumber)).toEqual([
      1,
      1,
      9,
      9,
      9,
      5,
      undefined,
      undefined,
    ]);
    expect(['Sunday', 'monday', 'SATURDAY', 'Mon'].map(weekdayNumber)).toEqual([0, 1, 6, undefined]);
  });

  it('gives a full name no period in running text, and any form one in a date line', () => {
    expect(['March', 'Mar.', 'Sept', 'Sep.', 'March.', 'Mayor', 'march'].map((word) => whole(MONTH_WORD).test(word))).toEqual([
      true,
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
    expect(['March.', 'Sept.', 'May', 'Sepember'].map((word) => whole(MONTH_WORD_DOTTED).test(word))).toEqual([true, true, true, false]);
    expect(['March', 'Mar', 'May'].map((word) => whole(MONTH_NAME).test(word))).toEqual([true, false, true]);
  });

  it('reads weekdays by full name, or abbreviated in a date line', () => {
    expect(['Monday', 'Mon', 'Tues.', 'Thurs', 'Thur'].map((word) => whole(WEEKDAY_WORD).test(word))).toEqual([
      true,
      false,
      false,
      false,
      false,
    ]);
    expect(['Monday', 'Mon', 'Tues.', 'Thurs', 'Thur', 'tue'].map((word) => whole(WEEKDAY_WORD_SHORT, 'iu').test(word))).toEqual([
      true,
      true,
      true,
      true,
      false,
      true,
    ]);
  });
});
