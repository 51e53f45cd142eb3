import { describe, expect, it } from 'vitest';
import { editDistance, editDistanceWithSwaps, slipsAllowed, withinSlips, withinSlipsOfLonger } from './edit-distance.ts';

describe('editDistance (Levenshtein)', () => {
  it('counts letters added, dropped and changed', () => {
    expect(editDistance('nduhungirhe', 'nduhungirehe', 2)).toBe(1);
    expect(editDistance('lopez', 'lopes', 1)).toBe(1);
    expect(editDistance('kitten', 'sitting', 3)).toBe(3);
    expect(editDistance('talks', 'talks', 0)).toBe(0);
  });

  it('counts a swap of neighbours as two edits', () => {
    expect(editDistance('rwnada', 'rwanda', 2)).toBe(2);
  });

  it('gives up past the bound, answering bound + 1', () => {
    expect(editDistance('kitten', 'sitting', 2)).toBe(3);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
    expect(editDistance('rwnada', 'rwanda', 1)).toBe(2);
  });
});

describe('editDistanceWithSwaps (optimal string alignment)', () => {
  it('counts insertions, deletions, substitutions and swaps of neighbours', () => {
    expect(editDistanceWithSwaps('nduhungirhe', 'nduhungirehe', 2)).toBe(1);
    expect(editDistanceWithSwaps('nduhungirhe', 'nduhungireh', 2)).toBe(1);
    expect(editDistanceWithSwaps('rwnada', 'rwanda', 1)).toBe(1);
    expect(editDistanceWithSwaps('gazete', 'gazette', 1)).toBe(1);
    expect(editDistanceWithSwaps('outet', 'outlet', 2)).toBe(1);
    expect(editDistanceWithSwaps('talks', 'talks', 0)).toBe(0);
  });

  it('gives up past the bound, answering bound + 1', () => {
    expect(editDistanceWithSwaps('kitten', 'sitting', 2)).toBe(3);
    expect(editDistanceWithSwaps('kitten', 'sitting', 3)).toBe(3);
    expect(editDistanceWithSwaps('a', 'abcdef', 2)).toBe(3);
  });
});

describe('slips', () => {
  it('allows one slip, two from ten letters', () => {
    expect([4, 9, 10, 14].map(slipsAllowed)).toEqual([1, 1, 2, 2]);
  });

  it('counts the allowance on the shorter word (strict) or the longer (loose)', () => {
    expect(withinSlips('nduhungireh', 'nduhungirehe')).toBe(true);
    expect(withinSlips('african', 'american')).toBe(false);
    // Nine letters against eleven: two edits, which only the longer word's allowance accepts.
    expect(withinSlips('nduhungir', 'nduhungireh')).toBe(false);
    expect(withinSlipsOfLonger('nduhungir', 'nduhungireh')).toBe(true);
    expect(withinSlipsOfLonger('lopez', 'lopes')).toBe(true);
    expect(withinSlipsOfLonger('lopez', 'lapes')).toBe(false);
  });
});
