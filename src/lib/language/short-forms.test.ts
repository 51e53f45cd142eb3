import { describe, expect, it } from 'vitest';
import { clips, initialsOf, shortFormOf } from './short-forms.ts';
import { FUNCTION_WORDS } from './stopwords.ts';

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

  it('reads the initials of a run, the words of a skip list left out', () => {
    expect(initialsOf(['united', 'states'])).toBe('us');
    expect(initialsOf(['federal', 'bureau', 'of', 'investigation'])).toBe('fboi');
    expect(initialsOf(['federal', 'bureau', 'of', 'investigation'], FUNCTION_WORDS)).toBe('fbi');
  });

  it('reads no initials from a run that opens or ends on a function word', () => {
    expect(shortFormOf('tfa', ['the', 'ferry', 'authority'])).toEqual([]);
    expect(shortFormOf('fa', ['ferry', 'authority', 'of'])).toEqual(['ferry', 'authority']);
    expect(shortFormOf('dot', ['department', 'of', 'transport', 'minister'])).toEqual(['department', 'of', 'transport']);
  });
});
