import { describe, expect, it } from 'vitest';
import { standingText, variantStanding, type StandingFact } from './odd-variants.ts';

/** A flagged fact over made-up outlets; `sides` are the two versions the flag's evidence compares. */
function flagged(variants: [string, string[]][], sides?: [string, string]): StandingFact {
  return {
    disagreement: true,
    variants: variants.map(([text, versions]) => ({ text, versions })),
    ...(sides ? { evidence: { versions: sides } } : {}),
  };
}

describe('variantStanding', () => {
  it('puts the mark on the spelling fewer outlets give, never on the one most give', () => {
    const fact = flagged(
      [
        ['Marta Velazko', ['a', 'b', 'c', 'd']],
        ['Marta Velasko', ['e']],
      ],
      ['a', 'e'],
    );
    expect(variantStanding(fact)).toMatchObject({ odd: new Set(['e']), tie: false, sides: [4, 1] });
    expect(['a', 'b', 'e'].map(variantStanding(fact).shown)).toEqual([false, false, true]);
    // The evidence's order does not matter.
    expect(variantStanding({ ...fact, evidence: { versions: ['e', 'a'] } }).odd).toEqual(new Set(['e']));
  });

  it('marks the side of the flag, not a third variant that only hedges the majority figure', () => {
    const fact = flagged(
      [
        ['Nine', ['a', 'b']],
        ['At least nine', ['c']],
        ['Eleven', ['d']],
      ],
      ['a', 'd'],
    );
    expect(variantStanding(fact)).toMatchObject({ odd: new Set(['d']), tie: false, sides: [2, 1] });
  });

  it('counts a quotation given in part with the fuller one most outlets carry', () => {
    const fact = flagged(
      [
        ['We will open the bridge by spring, whatever it takes', ['a', 'b', 'c']],
        ['We shall open it when it is safe', ['d']],
        ['open the bridge by spring', ['e']],
      ],
      ['d', 'e'],
    );
    expect(variantStanding(fact)).toMatchObject({ odd: new Set(['d']), tie: false, sides: [3, 1] });
  });

  it('marks neither side of a tie, and says so', () => {
    const fact = flagged(
      [
        ['$4.10', ['a', 'b']],
        ['$4.20', ['c', 'd']],
      ],
      ['b', 'c'],
    );
    const standing = variantStanding(fact);
    expect(standing).toMatchObject({ odd: new Set(), tie: true, sides: [2, 2] });
    // Both sides show the disagreement; a third variant outside the flag does not.
    expect(
      ['a', 'b', 'c', 'd', 'e'].map(variantStanding({ ...fact, variants: [...fact.variants, { text: '$4.15', versions: ['e'] }] }).shown),
    ).toEqual([true, true, true, true, false]);
    expect(standingText(standing)).toBe('outlets split evenly, 2 and 2: neither side is marked as the odd one out');
  });

  it('without evidence, weighs the two most carried variants', () => {
    expect(
      variantStanding(
        flagged([
          ['in May', ['a', 'b', 'c']],
          ['in June', ['d']],
        ]),
      ).odd,
    ).toEqual(new Set(['d']));
  });

  it('knows no side for a fact that is no disagreement, has one variant, or two parts of one quotation', () => {
    expect(
      variantStanding({
        disagreement: false,
        variants: [
          { text: '5', versions: ['a'] },
          { text: '6', versions: ['b'] },
        ],
      }).sides,
    ).toEqual([]);
    expect(variantStanding(flagged([['Crews were angry', ['a']]])).sides).toEqual([]);
    const parts = flagged(
      [
        ['The pier is unsafe. We must close it.', ['a', 'b']],
        ['The pier is unsafe', ['c']],
        ['We must close it', ['d']],
      ],
      ['c', 'd'],
    );
    expect(variantStanding(parts)).toMatchObject({ odd: new Set(), tie: false, sides: [] });
    expect(standingText(variantStanding(parts))).toBeUndefined();
  });

  it('says how the sides stand', () => {
    const shown = (): boolean => true;
    expect(standingText({ odd: new Set(['e']), tie: false, sides: [4, 1], shown })).toBe(
      '4 outlets against 1; ⚠ marks the one that differs',
    );
    expect(standingText({ odd: new Set(['d', 'e']), tie: false, sides: [3, 2], shown })).toBe(
      '3 outlets against 2; ⚠ marks the 2 that differ',
    );
  });
});
