import { describe, expect, it } from 'vitest';
import {
  MULTIPLIER_WORDS,
  NUMBER_WORD,
  NUMBER_WORDS,
  ORDINAL_WORD,
  ORDINAL_WORDS,
  SCALE_WORD,
  SCALE_WORDS,
  VAGUE_PLURALS,
} from './number-words.ts';

describe('number words', () => {
  it('values cardinals, scales and vague plurals', () => {
    expect(['zero', 'seven', 'seventeen', 'ninety'].map((word) => NUMBER_WORDS[word])).toEqual([0, 7, 17, 90]);
    expect(['hundred', 'million', 'bn', 'k'].map((word) => SCALE_WORDS[word])).toEqual([100, 1e6, 1e9, 1e3]);
    expect(VAGUE_PLURALS['thousands']).toBe(1000);
    expect(['first', 'third', 'twelfth'].map((word) => ORDINAL_WORDS[word])).toEqual([1, 3, 12]);
    expect(['twice', 'double', 'treble'].map((word) => MULTIPLIER_WORDS[word])).toEqual([2, 2, 3]);
  });

  it('builds patterns that match whole words', () => {
    const number = new RegExp(String.raw`\b${NUMBER_WORD}\b`, 'u');
    expect(number.exec('about seventeen of them')?.[0]).toBe('seventeen');
    expect(number.test('someone')).toBe(false);
    expect(new RegExp(String.raw`\b${ORDINAL_WORD}\b`, 'u').exec('for the second time')?.[0]).toBe('second');
    expect(SCALE_WORD).toBe('(?:hundred|thousand|million|billion|trillion)');
  });
});
