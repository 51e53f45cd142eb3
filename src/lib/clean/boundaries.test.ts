import { describe, expect, it } from 'vitest';
import { findBoundaries } from './boundaries.ts';

function cuts(text: string, chrome: boolean): string[] {
  return findBoundaries(text, 0, text.length, chrome).map(
    (boundary) => `${boundary.kind}@${boundary.at}${boundary.glued ? '' : ' spaced'}`,
  );
}

describe('findBoundaries', () => {
  it('finds glued and spaced sentence ends, keeping closing quotes with their sentence', () => {
    expect(cuts('He has said.His view. "Yes," she said.', false)).toEqual(['sentence@12', 'sentence@22 spaced']);
    expect(cuts('human beings".Nduhungireh', false)).toEqual(['sentence@14']);
  });

  it('never cuts initials, abbreviations, decimals or web addresses', () => {
    expect(cuts('The U.S. President. L.I. 2462 and 1.3m people, e.g. maize, Mr. Smith, BBCAfrica.com', false)).toEqual([
      'sentence@20 spaced',
    ]);
  });

  it('cuts a closing quote or a colon glued to a capital', () => {
    expect(cuts('migrants "another chance"Rwanda is', false)).toEqual(['quote@25']);
    expect(cuts('interested in:The rapid', false)).toEqual(['colon@14']);
  });

  it('cuts glued widgets only in chrome zones', () => {
    expect(cuts('agoShareSaveCecilia', false)).toEqual([]);
    expect(cuts('agoShareSaveCecilia', true)).toEqual(['camel@3', 'camel@8', 'camel@12']);
    expect(cuts('migrants13 minutes', true)).toEqual(['letter-digit@8']);
    expect(cuts('with US13 minutes ago', true)).toEqual(['letter-digit@7']);
    expect(cuts('Images/BBCGo to', true)).toEqual(['acronym@10']);
  });

  it('leaves real camel case, plural acronyms and codes whole even in chrome zones', () => {
    expect(cuts('McDonald MacArthur YouTube iPhone eBay MPs NGOs mp3 COVID19 G7 @BBCAfrica BBCAfrica.com', true)).toEqual([]);
  });
});
