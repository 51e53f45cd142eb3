import { diffArrays } from 'diff';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffIntegers, diffSequences, interner } from './sequence-diff.ts';
import { diffKeys } from './key-diff.ts';
import { KEY_DIFF_LIMITS } from './options.ts';

/** What jsdiff reports on the strings themselves, without the values: the part the pipeline reads. */
function onStrings(a: string[], b: string[], maxEditLength?: number): { count: number; added: boolean; removed: boolean }[] | undefined {
  const changes = maxEditLength === undefined ? diffArrays(a, b) : diffArrays(a, b, { maxEditLength });
  return changes?.map((change) => ({ count: change.count, added: change.added, removed: change.removed }));
}

// Few distinct words, so random sequences share runs and offer many equally short scripts to choose among.
const sequence = (maxLength: number): fc.Arbitrary<string[]> => fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'the', 'The'), { maxLength });

describe('diffSequences (jsdiff on interned integers)', () => {
  it('gives exactly what jsdiff gives on the strings, ties and edit limits included', () => {
    fc.assert(
      fc.property(sequence(30), sequence(30), fc.option(fc.integer({ min: 0, max: 12 }), { nil: undefined }), (a, b, maxEditLength) => {
        expect(diffSequences(a, b, { maxEditLength })).toEqual(onStrings(a, b, maxEditLength));
      }),
      { numRuns: 2000 },
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

  it('gives up at a limit, returning undefined', () => {
    expect(diffSequences(['x'], ['y'], { maxEditLength: 0 })).toBeUndefined();
  });
});

describe('interner', () => {
  it('gives equal strings equal integers and different strings different ones, within one interner', () => {
    const intern = interner();
    const first = intern(['the', 'talks', 'the']);
    const second = intern(['talks', 'Talks']);
    expect(first[0]).toBe(first[2]);
    expect(second[0]).toBe(first[1]);
    expect(new Set([...first, ...second]).size).toBe(3);
    expect(diffIntegers(first, second)).toEqual(onStrings(['the', 'talks', 'the'], ['talks', 'Talks']));
  });
});

describe('diffKeys, the public entry for other stages', () => {
  it('diffs keys interned by one interner as jsdiff diffs the keys', () => {
    const intern = interner();
    const a = ['rwanda', 'is', 'not', 'in', 'talks'];
    const b = ['rwanda', 'is', 'in', 'early', 'talks'];
    expect(diffKeys(intern(a), intern(b))).toEqual(onStrings(a, b));
    expect(KEY_DIFF_LIMITS).toEqual({ maxEditLength: 500 });
  });

  it('never gives up on two 334-word sentences sharing a quarter of their words, and does on unlike 300-word ones', () => {
    // Its caller diffs only sentences sharing most of their content words; below a quarter shared it
    // has no use for the diff. Here 84 shared of 334 words a side: exactly 500 edits, the most it allows.
    const intern = interner();
    const words = (prefix: string, count: number): string[] => Array.from({ length: count }, (_, i) => `${prefix}${i}`);
    const shared = words('w', 84);
    const a = [...shared, ...words('a', 250)];
    const b = [...shared, ...words('b', 250)];
    expect(diffKeys(intern(a), intern(b))).toEqual([
      { count: 84, added: false, removed: false },
      { count: 250, added: false, removed: true },
      { count: 250, added: true, removed: false },
    ]);
    expect(diffKeys(intern(words('c', 300)), intern(words('d', 300)))).toBeUndefined();
  });
});
