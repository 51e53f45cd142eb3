import { describe, expect, it } from 'vitest';
import { GLUED_UNIT, unitKey } from './units.ts';

describe('units of measure', () => {
  it('gives one key to every spelling of a unit, and none to other words', () => {
    expect(['kilometres', 'Kilometers', 'km', 'kms'].map(unitKey)).toEqual(['km', 'km', 'km', 'km']);
    expect(['kph', 'km/h', 'mph', 'miles', 'feet', 'tonnes'].map(unitKey)).toEqual(['kph', 'kph', 'mph', 'mile', 'ft', 'tonne']);
    expect(['light-years', 'light-year', 'lightyears'].map(unitKey)).toEqual(['light-year', 'light-year', 'light-year']);
    expect(['people', 'million', 'm', 'k', 'dollars'].map(unitKey)).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });

  it('glues short forms only, longest first, and never a million or a thousand', () => {
    const glued = new RegExp(`^\\d+(?:${GLUED_UNIT})$`, 'u');
    expect(['190kph', '30km', '12mm', '5kwh', '40kms'].filter((text) => glued.test(text))).toEqual([
      '190kph',
      '30km',
      '12mm',
      '5kwh',
      '40kms',
    ]);
    expect(['30m', '5k', '30miles', '2feet'].filter((text) => glued.test(text))).toEqual([]);
  });
});
