import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { namesMatch, similarWords } from './group.ts';
import { spellingPairs, withNearPartner } from './spelling-pairs.ts';
import { PairBudget } from '../work-limits.ts';

// Words and their slips: each base word comes with copies one or two edits away (a letter changed,
// added or dropped anywhere), lengths around the four- and ten-letter thresholds of `similarWords`.
const letters = fc.constantFrom('a', 'n', 'd', 'u', 'h', 'r', 'e', 'i');
const base = fc.array(letters, { minLength: 3, maxLength: 14 }).map((chars) => chars.join(''));
const edit = fc.tuple(fc.constantFrom('change', 'add', 'drop'), fc.nat(), letters);
const slipped = fc.tuple(base, fc.array(fc.array(edit, { minLength: 1, maxLength: 2 }), { maxLength: 3 })).map(([word, edits]) => [
  word,
  ...edits.map((steps) =>
    steps.reduce((text, [kind, at, letter]) => {
      const i = at % (text.length + 1);
      if (kind === 'add') return text.slice(0, i) + letter + text.slice(i);
      if (i === text.length) return text;
      return text.slice(0, i) + (kind === 'change' ? letter : '') + text.slice(i + 1);
    }, word),
  ),
]);
const word = fc.array(slipped, { minLength: 40, maxLength: 60 }).map((groups) => groups.flat().filter(Boolean));
// 160+ spellings force the blocked path; names of one to three of those words.
const names = word.chain((words) =>
  fc.uniqueArray(
    fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 3 }).map((parts) => parts.join(' ')),
    { minLength: 160, maxLength: 200 },
  ),
);

function allPairs(n: number): [number, number][] {
  return Array.from({ length: n }, (_, i) => Array.from({ length: n - i - 1 }, (_, k): [number, number] => [i, i + 1 + k])).flat();
}

// The terms group.ts files a person's spelling under (its nameTerms).
function personTerms(spelling: string): { words: string[]; surname?: string | undefined; given?: string | undefined } {
  const words = spelling.split(' ');
  return {
    words,
    surname: words.length > 1 ? words.at(-1) : undefined,
    given: words.length >= 3 ? words.slice(0, -1).join(' ') : undefined,
  };
}

const budget = (): PairBudget => new PairBudget(Number.MAX_SAFE_INTEGER);

describe('spellingPairs', () => {
  it('misses no pair of names that match, however many spellings', () => {
    fc.assert(
      fc.property(names, (spellings) => {
        const matching = (pairs: [number, number][]): string[] =>
          pairs.filter(([i, j]) => namesMatch(spellings[i]!, spellings[j]!)).map(String);
        const blocked = spellingPairs(spellings, personTerms, budget());
        expect(blocked.length).toBeLessThan((spellings.length * (spellings.length - 1)) / 2);
        expect(matching(blocked)).toEqual(matching(allPairs(spellings.length)));
      }),
      { numRuns: 40, endOnFailure: true },
    );
  });

  it('misses no pair of similar place or organisation keys', () => {
    fc.assert(
      fc.property(names, (spellings) => {
        const similar = (pairs: [number, number][]): string[] =>
          pairs
            .filter(([i, j]) => spellings[i]!.length >= 6 && spellings[j]!.length >= 6 && similarWords(spellings[i]!, spellings[j]!))
            .map(String);
        const blocked = spellingPairs(spellings, (spelling) => ({ words: spelling.length >= 6 ? [spelling] : [] }), budget());
        expect(similar(blocked)).toEqual(similar(allPairs(spellings.length)));
      }),
      { numRuns: 40, endOnFailure: true },
    );
  });

  it('compares every pair of a few spellings, and stops where the budget ends', () => {
    expect(spellingPairs(['lopez', 'lopes', 'maria lopez'], personTerms, budget())).toEqual([
      [0, 1],
      [0, 2],
      [1, 2],
    ]);
    const small = new PairBudget(2);
    expect(spellingPairs(['lopez', 'lopes', 'maria lopez'], personTerms, small)).toEqual([
      [0, 1],
      [0, 2],
    ]);
    expect(small.exhausted).toBe(true);
  });

  it('blocks a long list down to the near spellings: a slip in a surname, a lone surname', () => {
    // Two hundred people with surnames of eight letters from a fixed pseudo-random sequence: far apart.
    let seed = 7;
    const letter = (): string => String.fromCharCode(97 + ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) % 26));
    const filler = Array.from({ length: 200 }, () => `jean ${Array.from({ length: 8 }, letter).join('')}`);
    const spellings = [...filler, 'olivier nduhungirehe', 'olivier nduhungireh', 'nduhungirehe', 'maria lopez', 'maria lopes'];
    const at = (name: string): number => spellings.indexOf(name);
    const pairs = spellingPairs(spellings, personTerms, budget()).map(String);
    const near: [string, string][] = [
      ['olivier nduhungirehe', 'olivier nduhungireh'],
      ['olivier nduhungirehe', 'nduhungirehe'],
      ['olivier nduhungireh', 'nduhungirehe'],
      ['maria lopez', 'maria lopes'],
    ];
    for (const [a, b] of near) {
      expect(pairs).toContain(String([at(a), at(b)]));
    }
    expect(pairs.length).toBeLessThan(50);
  });
});

describe('withNearPartner', () => {
  it('marks the words one slip from another, as comparing all pairs does', () => {
    const isSlip = (a: string, b: string): boolean => a !== b && similarWords(a, b);
    fc.assert(
      fc.property(
        word.map((words) => [...new Set(words)]).filter((words) => words.length > 150),
        (words) => {
          const brute = words.flatMap((w, i) => (words.some((other) => isSlip(w, other)) ? [i] : []));
          expect([...withNearPartner(words, isSlip, budget())].sort((x, y) => x - y)).toEqual(brute);
        },
      ),
      { numRuns: 40, endOnFailure: true },
    );
  });
});
