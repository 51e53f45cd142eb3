import { diffArrays } from 'diff';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffSequences } from './myers.ts';

/** What jsdiff reports, without the values: the part the pipeline reads. */
function jsdiffComponents(a: string[], b: string[], maxEditLength?: number): { count: number; added: boolean; removed: boolean }[] | undefined {
  const changes = maxEditLength === undefined ? diffArrays(a, b) : diffArrays(a, b, { maxEditLength });
  return changes?.map((change) => ({ count: change.count, added: change.added, removed: change.removed }));
}

// Few letters, so random sequences share runs and offer many equally short scripts to choose among.
const sequence = (maxLength: number): fc.Arbitrary<string[]> => fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength });

describe('diffSequences', () => {
  it('gives exactly the components jsdiff gives, ties and all', () => {
    fc.assert(
      fc.property(sequence(30), sequence(30), (a, b) => {
        expect(diffSequences(a, b)).toEqual(jsdiffComponents(a, b));
      }),
      { numRuns: 3000 },
    );
  });

  it('gives up at the same edit length as jsdiff', () => {
    fc.assert(
      fc.property(sequence(25), sequence(25), fc.integer({ min: 0, max: 12 }), (a, b, maxEditLength) => {
        expect(diffSequences(a, b, { maxEditLength })).toEqual(jsdiffComponents(a, b, maxEditLength));
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps, removes and adds words in reading order', () => {
    const a = 'Rwanda is in early talks with the US'.split(' ');
    const b = 'Rwanda is in talks with the United States'.split(' ');
    expect(diffSequences(a, b)).toEqual([
      { count: 3, added: false, removed: false },
      { count: 1, added: false, removed: true },
      { count: 3, added: false, removed: false },
      { count: 1, added: false, removed: true },
      { count: 2, added: true, removed: false },
    ]);
  });

  it('reports identical, empty and one-sided inputs as jsdiff does', () => {
    for (const [a, b] of [[[], []], [['x'], ['x']], [[], ['x', 'y']], [['x', 'y'], []]] as [string[], string[]][]) {
      expect(diffSequences(a, b)).toEqual(jsdiffComponents(a, b));
    }
    expect(diffSequences(['x'], ['y'], { maxEditLength: 0 })).toBeUndefined();
  });

  it('diffs long unlike sequences past the component store growing', () => {
    const a = Array.from({ length: 600 }, (_, i) => `a${i % 97}`);
    const b = Array.from({ length: 600 }, (_, i) => `a${(i * 7) % 101}`);
    expect(diffSequences(a, b)).toEqual(jsdiffComponents(a, b));
  });
});
