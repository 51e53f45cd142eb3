import { describe, expect, it } from 'vitest';
import { flags } from '../../../../tests/fixtures/facts/flag-story.ts';

const values = (a: string, b: string) => flags(a, b).map((fact) => [fact.evidence?.rule, fact.confidence, fact.evidence?.values]);

// A bound that holds the other figure close by says the same (compare/bounds.ts); a rounding beside a bound passed
// is two approximations (compare/hedge.ts).
describe('figures that bounds and roundings make one', () => {
  it('reads two bounds the same way, close together, as one statement', () => {
    expect(
      values(
        'The fever has infected more than 1,700 people in the Orran valley since spring, health officials said.',
        'The fever has infected at least 1,711 people in the Orran valley since spring, health officials said.',
      ),
    ).toEqual([]);
  });

  it('reads a bound beside a plain figure it holds as a hedge, and one it does not hold as a value', () => {
    expect(
      values(
        'The fever has infected more than 1,700 people in the Orran valley since spring, health officials said.',
        'The fever has infected 1,711 people in the Orran valley since spring, health officials said.',
      ),
    ).toEqual([['hedge', 'possible', ['more than 1,700', '1,711']]]);
    expect(
      values(
        'The fever has infected more than 1,700 people in the Orran valley since spring, health officials said.',
        'The fever has infected 1,690 people in the Orran valley since spring, health officials said.',
      ),
    ).toEqual([['value', 'likely', ['more than 1,700', '1,690']]]);
  });

  it('still compares two bounds far apart', () => {
    expect(
      values(
        'The fever has infected more than 1,700 people in the Orran valley since spring, health officials said.',
        'The fever has infected at least 1,100 people in the Orran valley since spring, health officials said.',
      ),
    ).toEqual([['value', 'likely', ['more than 1,700', 'at least 1,100']]]);
  });

  it('reads a rounding beside a figure passed as two approximations', () => {
    expect(
      values(
        'The network now has over 430 million members in 200 countries, the company said.',
        'The network now has some 430 million members in 200 countries, the company said.',
      ),
    ).toEqual([]);
  });
});
