import { describe, expect, it } from 'vitest';
import { mapOriginal } from '../../text/mapped-text.ts';
import { dateInStoryYear, datelineDay } from '../../language/dateline.ts';
import { siftStory } from './index.ts';

describe('a dateline’s day without its year', () => {
  it('is read from the dateline, never when the year is written', () => {
    expect(datelineDay('PORT ELLAN, Norland, Aug 5 (Coastline Press) -')).toEqual({ month: 8, day: 5 });
    expect(datelineDay('GLENMOOR, July 13')).toEqual({ month: 7, day: 13 });
    expect(datelineDay('GLENMOOR, July 13, 2025 —')).toBeUndefined();
    expect(datelineDay('GLENMOOR (AP) —')).toBeUndefined();
  });
  it('takes the year that puts it within a week of another version’s date, across a new year too', () => {
    expect(dateInStoryYear({ month: 8, day: 5 }, ['2025-08-06'])).toBe('2025-08-05');
    expect(dateInStoryYear({ month: 12, day: 31 }, ['2026-01-02'])).toBe('2025-12-31');
    expect(dateInStoryYear({ month: 3, day: 1 }, ['2025-08-06'])).toBeUndefined();
    expect(dateInStoryYear({ month: 8, day: 5 }, [])).toBeUndefined();
  });
  it('dates an undated version of the story', () => {
    const lede = 'PORT ELLAN, Norland, Aug 5 (Coastline Press) - The harbour board halted night ferries after an inspection.';
    const results = siftStory([
      { body: mapOriginal(`${lede}\nRepairs will take until spring, the board said.`), found: {} },
      { body: mapOriginal('The board halted the night ferries after finding corroded hulls.'), found: { published: '2025-08-06' } },
    ]);
    expect(results[0]!.found).toMatchObject({ published: '2025-08-05', agency: 'Coastline Press' });
  });
});
