import { describe, expect, it } from 'vitest';
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

  it('respells British -our words and stays linear on a 40,000-letter token', () => {
    expect(['colour', 'behaviour', 'hours', 'detours'].map(spellingKey)).toEqual(['color', 'behavior', 'hours', 'detours']);
    const started = performance.now();
    spellingKey(`${'a'.repeat(40_000)}xour`);
    expect(performance.now() - started).toBeLessThan(50);
  });
});
