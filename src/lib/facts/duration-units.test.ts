import { describe, expect, it } from 'vitest';
import { flags } from '../../../tests/fixtures/facts/flag-story.ts';
import { DURATION_UNIT, durationUnitOf } from './words.ts';

// One reader of a unit of elapsed time (words.ts): value.ts asks `durationUnitOf`, first-since.ts matches `DURATION_UNIT`.
describe('a unit of elapsed time', () => {
  it('is read in either number and any case, `centuries` too', () => {
    expect(['days', 'Hours', 'century', 'centuries', 'decades', 'nights'].map(durationUnitOf)).toEqual([
      'day',
      'hour',
      'century',
      'century',
      'decade',
      'night',
    ]);
    expect(['series', 'dayss', 'weekend', 'yes'].map(durationUnitOf)).toEqual([undefined, undefined, undefined, undefined]);
    const whole = new RegExp(`^${DURATION_UNIT}$`, 'u');
    expect(['day', 'days', 'century', 'centuries', 'centurys'].map((word) => whole.test(word))).toEqual([true, true, true, true, false]);
  });

  it('makes a figure a stretch, never compared with a bare figure beside it', () => {
    expect(
      flags('The abbey at Orla stood for three centuries, the trust said.', 'The abbey at Orla stood for 300, the trust said.'),
    ).toEqual([]);
  });
});
