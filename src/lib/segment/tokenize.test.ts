import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize.ts';

const texts = (text: string): string[] => tokenize(text).map((token) => token.text);

describe('tokenize', () => {
  it('gives text, norm, position and word-likeness, never whitespace', () => {
    expect(tokenize('“It’s  premature,” he said.')).toEqual([
      { text: '“', norm: '"', at: 0, word: false },
      { text: 'It’s', norm: "it's", at: 1, word: true },
      { text: 'premature', norm: 'premature', at: 7, word: true },
      { text: ',', norm: ',', at: 16, word: false },
      { text: '”', norm: '"', at: 17, word: false },
      { text: 'he', norm: 'he', at: 19, word: true },
      { text: 'said', norm: 'said', at: 22, word: true },
      { text: '.', norm: '.', at: 26, word: false },
    ]);
  });

  it('keeps dotted acronyms with their final period as one word', () => {
    expect(texts('the U.S. and the U.K. at 9 a.m., e.g. here')).toEqual([
      'the',
      'U.S.',
      'and',
      'the',
      'U.K.',
      'at',
      '9',
      'a.m.',
      ',',
      'e.g.',
      'here',
    ]);
    expect(texts('the new U.S.-Rwanda talks')).toEqual(['the', 'new', 'U.S.', '-', 'Rwanda', 'talks']);
    expect(tokenize('L.I. 2462')[0]).toEqual({ text: 'L.I.', norm: 'l.i.', at: 0, word: true });
  });

  it('keeps a sentence-final period after an ordinary word separate', () => {
    expect(texts('from the US.')).toEqual(['from', 'the', 'US', '.']);
    expect(texts('Mr. Smith')).toEqual(['Mr', '.', 'Smith']);
  });

  it('keeps numbers whole and currency symbols apart', () => {
    expect(texts('£700 million, 1.3m people, 3.5% and 25,000.')).toEqual([
      '£',
      '700',
      'million',
      ',',
      '1.3m',
      'people',
      ',',
      '3.5',
      '%',
      'and',
      '25,000',
      '.',
    ]);
    expect(tokenize('€821')[1]).toEqual({ text: '821', norm: '821', at: 1, word: true });
  });

  it('splits hyphenated words into word, hyphen, word', () => {
    expect(texts('its mega-jail')).toEqual(['its', 'mega', '-', 'jail']);
  });

  it('keeps apostrophes inside words', () => {
    expect(texts("Rwanda’s isn’t don't students'")).toEqual(['Rwanda’s', 'isn’t', "don't", 'students', "'"]);
  });

  it('keeps domains and handles whole', () => {
    expect(texts('Go to BBCAfrica.com or @BBCAfrica')).toEqual(['Go', 'to', 'BBCAfrica.com', 'or', '@', 'BBCAfrica']);
  });

  it('keeps emoji ZWJ sequences and combining marks inside one token', () => {
    expect(tokenize('Family 👨‍👩‍👧 Cafe\u0301')).toEqual([
      { text: 'Family', norm: 'family', at: 0, word: true },
      { text: '👨‍👩‍👧', norm: '👨‍👩‍👧', at: 7, word: false },
      { text: 'Cafe\u0301', norm: 'café', at: 16, word: true },
    ]);
  });

  it('tokenizes right-to-left scripts', () => {
    expect(texts('שלום עולם. مرحبا بالعالم؟')).toEqual(['שלום', 'עולם', '.', 'مرحبا', 'بالعالم', '؟']);
  });

  it('drops invisible separators', () => {
    expect(texts('zero\u200B width \uFEFF')).toEqual(['zero', 'width']);
  });
});
