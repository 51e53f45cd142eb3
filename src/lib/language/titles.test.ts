import { describe, expect, it } from 'vitest';
import { RANK_ABBREVIATIONS, roleStem, TITLE_EXPANSIONS, TITLES_BEFORE_NAMES } from './titles.ts';

describe('titles', () => {
  it('share the ranks both stages know', () => {
    for (const [short, title] of Object.entries(RANK_ABBREVIATIONS)) {
      expect(TITLES_BEFORE_NAMES.has(short)).toBe(true);
      expect(TITLE_EXPANSIONS[short]).toBe(title);
    }
    expect(TITLE_EXPANSIONS['sgt']).toBe('sergeant');
  });

  it('keep each stage’s own additions apart', () => {
    expect(['mr', 'st', 'maj', 'rev'].map((word) => TITLES_BEFORE_NAMES.has(word))).toEqual([true, true, true, true]);
    expect(['det', 'ceo'].map((word) => TITLES_BEFORE_NAMES.has(word))).toEqual([false, false]);
    expect(['cfo', 'det', 'maj', 'mr'].map((word) => TITLE_EXPANSIONS[word])).toEqual([
      'chief financial officer',
      'detective',
      undefined,
      undefined,
    ]);
  });
});

describe('roleStem', () => {
  it('reads one role written for a man, a woman or anyone, and leaves other words whole', () => {
    expect(['spokesman', 'spokeswoman', 'spokesperson', 'chairmen', 'chairwomen'].map(roleStem)).toEqual([
      'spokes',
      'spokes',
      'spokes',
      'chair',
      'chair',
    ]);
    expect(['human', 'german', 'woman', 'minister'].map(roleStem)).toEqual(['human', 'german', 'woman', 'minister']);
  });
});
