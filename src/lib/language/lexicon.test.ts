import { describe, expect, it } from 'vitest';
import { expandPlaceAcronym, hasTag, isOrgWord, isPlaceWord, lemma, tagsOf } from './lexicon.ts';

describe('tagsOf', () => {
  it('reads the lexicon for words it knows', () => {
    expect(tagsOf('Rwanda')).toEqual(['Country']);
    expect(hasTag('minister', 'Actor')).toBe(true);
    expect(tagsOf('zzqx')).toEqual([]);
  });

  it('gives words that are also object methods no tags, never the method', () => {
    for (const word of ['constructor', 'toString', 'hasOwnProperty', '__proto__', 'valueOf']) expect(tagsOf(word)).toEqual([]);
  });
});

describe("compromise's internals (model() and methods(), read in lexicon.ts only)", () => {
  it('give the organisation and place head words, infinitives and country initials', () => {
    expect([isOrgWord('government'), isOrgWord('Council'), isOrgWord('the')]).toEqual([true, true, false]);
    expect([isPlaceWord('street'), isPlaceWord('county'), isPlaceWord('said')]).toEqual([true, true, false]);
    expect(['took', 'taken', 'speeding', 'talks'].map(lemma)).toEqual(['take', 'take', 'speed', 'talks']);
    expect([expandPlaceAcronym('U.S.'), expandPlaceAcronym('UK')]).toEqual(['united states', 'united kingdom']);
  });
});
