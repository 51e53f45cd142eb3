import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isDigit,
  isLetter,
  isLower,
  isSpace,
  isUpper,
  lettersAndDigitsOnly,
  readsAsCutOffSentence,
  wordCount,
  words,
} from './text-shape.ts';

describe('character shapes', () => {
  it('answer as the Unicode classes do for every character of the Basic Multilingual Plane', () => {
    const classes: [(ch: string) => boolean, RegExp][] = [
      [isUpper, /\p{Lu}/u],
      [isLower, /\p{Ll}/u],
      [isLetter, /\p{L}/u],
      [isDigit, /\p{Nd}/u],
      [isSpace, /\s/u],
    ];
    for (const [shape, pattern] of classes) {
      const disagreeing: number[] = [];
      for (let code = 0; code < 0x10000; code++)
        if (shape(String.fromCharCode(code)) !== pattern.test(String.fromCharCode(code))) disagreeing.push(code);
      expect(disagreeing).toEqual([]);
    }
    expect([isUpper('É'), isLower('é'), isDigit('٣'), isSpace('\u00a0'), isLetter(undefined)]).toEqual([true, true, true, true, false]);
  });

  it('split words on any whitespace, NBSP and line breaks included', () => {
    expect(words('  Share\u00a0this\tpost:\nFacebook  ')).toEqual(['Share', 'this', 'post:', 'Facebook']);
    expect(words(' \n ')).toEqual([]);
  });

  it('count words as words() finds them, and keep letters and digits as the Unicode classes do, on any text', () => {
    // Spaces, ASCII, Latin-1 and general punctuation, a letter and a digit outside ASCII, an astral letter, a lone surrogate.
    const pieces = [' ', '\n', '\u00a0', '\u2009', 'a', 'Z', '7', '-', '’', '“', 'é', 'İ', '٣', 'ß', '𝐀', '\ud800', ',', '.'];
    const texts = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(texts, (text) => {
        expect(wordCount(text)).toBe(words(text).length);
        expect(lettersAndDigitsOnly(text)).toBe(text.replace(/[^\p{L}\p{N}]+/gu, ' ').trim());
      }),
      { numRuns: 2000 },
    );
    expect(lettersAndDigitsOnly('  Tarn’s 𝐀-team, 3rd!  ')).toBe('Tarn s 𝐀 team 3rd');
    expect(wordCount(' Share\u00a0this\tpost ')).toBe(3);
  });

  it('tell words a capture may stop inside from link text and labels', () => {
    const texts = [
      'The harbour board could not be immediately',
      'Dr. Ola Brenn, the ferry',
      'Brenn,',
      '"Tarn Qu',
      '“Most Read”',
      'See Full Page',
      'Tarn Quay',
      'The 31-year-ol',
      'The',
      'Top 10s',
      'Plan A',
    ];
    expect(texts.map(readsAsCutOffSentence)).toEqual([true, true, true, true, false, false, false, true, true, false, false]);
  });
});
