import { describe, expect, it } from 'vitest';
import { longOurToken } from '../../../tests/fixtures/hard-inputs.ts';
import { spellingKey } from './spelling.ts';

describe('spellingKey', () => {
  it('respells British endings the American way, and only suffixes', () => {
    expect(['organise', 'organised', 'analyse', 'centre', 'theatres', 'catalogue', 'colour', 'labours'].map(spellingKey)).toEqual([
      'organize',
      'organized',
      'analyze',
      'center',
      'theaters',
      'catalog',
      'color',
      'labors',
    ]);
    expect(['hours', 'yours', 'flours', 'detours', 'behaviour', 'rise', 'wise'].map(spellingKey)).toEqual([
      'hours',
      'yours',
      'flours',
      'detours',
      'behavior',
      'rise',
      'wise',
    ]);
  });

  // The 40,000-letter token guards against backtracking; its time is in `npm run bench` (bench/hard-inputs.ts).
  it('respells British -our words, also at the end of a 40,000-letter token', () => {
    expect(['colour', 'behaviour', 'hours', 'detours'].map(spellingKey)).toEqual(['color', 'behavior', 'hours', 'detours']);
    expect(spellingKey(longOurToken())).toBe(`${'a'.repeat(40_000)}xor`);
  });
});
