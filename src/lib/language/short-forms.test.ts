import { describe, expect, it } from 'vitest';
import { clips, shortFormOf } from './short-forms.ts';

describe('short forms', () => {
  it('reads a clipped word of four letters or fewer', () => {
    expect(clips('fed', 'federal')).toBe(true);
    expect(clips('corp', 'corporation')).toBe(true);
    expect(clips('president', 'presidential')).toBe(false);
    expect(clips('fed', 'feds')).toBe(false);
    expect(clips('fed', 'defence')).toBe(false);
  });

  it('reads initials of a run of words, small words skipped', () => {
    expect(shortFormOf('eu', ['european', 'union', 'commissioner'])).toEqual(['european', 'union']);
    expect(shortFormOf('fbi', ['federal', 'bureau', 'of', 'investigation', 'director'])).toEqual([
      'federal',
      'bureau',
      'of',
      'investigation',
    ]);
    expect(shortFormOf('fed', ['federal', 'reserve', 'chair'])).toEqual(['federal']);
    expect(shortFormOf('nhs', ['national', 'trust', 'chair'])).toEqual([]);
    expect(shortFormOf('chair', ['federal', 'reserve', 'chair'])).toEqual([]);
  });
});
