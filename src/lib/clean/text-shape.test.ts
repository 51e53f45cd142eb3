import { describe, expect, it } from 'vitest';
import { isDigit, isLetter, isLower, isSpace, isUpper, readsAsCutOffSentence, words } from './text-shape.ts';

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

  it('tell words a capture may stop inside from link text and labels', () => {
    const texts = [
      'The harbour board could not be immediately',
      'Dr. Ola Brenn, the ferry',
      'Brenn,',
      '"Tarn Qu',
      '“Most Read”',
      'See Full Page',
      'Tarn Quay',
    ];
    expect(texts.map(readsAsCutOffSentence)).toEqual([true, true, true, true, false, false, false]);
  });
});
