import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tileRuns, type TileOptions } from './shared-runs.ts';
import { periodicWords } from '../../../tests/fixtures/hard-inputs.ts';

const options: TileOptions = { minRun: 3, maxSeedOccurrences: 64, workPerWord: 64 };
const vocabulary = new Map<string, number>();
const words = (text: string): Int32Array =>
  Int32Array.from(text.split(' '), (word) => vocabulary.get(word) ?? vocabulary.set(word, vocabulary.size).size - 1);

describe('tileRuns', () => {
  it('finds one run for identical text', () => {
    const a = Int32Array.from([1, 2, 3, 4, 5, 6]);
    expect(tileRuns(a, a, options)).toEqual({ tiles: [{ aStart: 0, bStart: 0, length: 6 }], complete: true, work: 13 });
  });

  it('splits a run at a changed word and drops the pieces under minRun', () => {
    const a = Int32Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const b = Int32Array.from([1, 2, 3, 99, 5, 6, 7, 8, 9]);
    expect(tileRuns(a, b, options).tiles).toEqual([
      { aStart: 0, bStart: 0, length: 3 },
      { aStart: 4, bStart: 4, length: 5 },
    ]);
    expect(tileRuns(a, b, { ...options, minRun: 4 }).tiles).toEqual([{ aStart: 4, bStart: 4, length: 5 }]);
  });

  it('counts a moved paragraph as shared, unlike a diff', () => {
    const a = Int32Array.from([1, 2, 3, 4, 10, 11, 12, 13]);
    const b = Int32Array.from([10, 11, 12, 13, 1, 2, 3, 4]);
    expect(tileRuns(a, b, options).tiles).toEqual([
      { aStart: 0, bStart: 4, length: 4 },
      { aStart: 4, bStart: 0, length: 4 },
    ]);
  });

  it('takes the longest run first, so a short repeat cannot steal its words', () => {
    // "x y z" appears twice in a; b holds it once, inside the longer run "w x y z q".
    const a = Int32Array.from([7, 8, 9, 0, 6, 7, 8, 9, 5]);
    const b = Int32Array.from([6, 7, 8, 9, 5]);
    expect(tileRuns(a, b, options).tiles).toEqual([{ aStart: 4, bStart: 0, length: 5 }]);
  });

  it('works on words', () => {
    const a = words('the minister said the talks were at an early stage on sunday');
    const b = words('on sunday the minister said the talks were continuing');
    // "on sunday" is shared too, but two words are under minRun.
    expect(tileRuns(a, b, options).tiles).toEqual([{ aStart: 0, bStart: 2, length: 6 }]);
  });

  it('follows a run whose first seed is repeated beyond the seed limit', () => {
    // b repeats [1 2 3] 10 times, then carries [1 2 3 4 5 6]; only 3 occurrences of a seed are followed.
    const b = Int32Array.from([...Array.from({ length: 10 }, () => [1, 2, 3]).flat(), 1, 2, 3, 4, 5, 6]);
    const a = Int32Array.from([1, 2, 3, 4, 5, 6]);
    expect(tileRuns(a, b, { ...options, maxSeedOccurrences: 3 }).tiles).toEqual([{ aStart: 1, bStart: 31, length: 5 }]);
  });

  // Every offset starts a maximal run here, so extending them all would cost billions of comparisons;
  // the budget of 64 per word (25.6 million here) stops the scan, and taking what it found costs about
  // as much again.
  it('stops early on periodic text and says so, within its work budget', () => {
    const periodic = periodicWords();
    const result = tileRuns(periodic, periodic, { minRun: 5, maxSeedOccurrences: 64, workPerWord: 64 });
    expect(result.tiles).toEqual([{ aStart: 0, bStart: 0, length: 200_000 }]);
    expect(result.complete).toBe(false);
    expect(result.work).toBe(51_541_875);
  });

  it('returns nothing for sequences shorter than minRun', () => {
    expect(tileRuns(Int32Array.from([1, 2]), Int32Array.from([1, 2]), options)).toEqual({ tiles: [], complete: true, work: 0 });
  });

  it('never overlaps tiles and every tile is a real common run (property)', () => {
    const sequence = fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 60 }).map((values) => Int32Array.from(values));
    fc.assert(
      fc.property(sequence, sequence, (a, b) => {
        const { tiles } = tileRuns(a, b, options);
        const usedA = new Set<number>();
        const usedB = new Set<number>();
        for (const tile of tiles) {
          expect(tile.length).toBeGreaterThanOrEqual(options.minRun);
          for (let k = 0; k < tile.length; k++) {
            expect(a[tile.aStart + k]).toBe(b[tile.bStart + k]);
            expect(usedA.has(tile.aStart + k) || usedB.has(tile.bStart + k)).toBe(false);
            usedA.add(tile.aStart + k);
            usedB.add(tile.bStart + k);
          }
        }
      }),
    );
  });
});
