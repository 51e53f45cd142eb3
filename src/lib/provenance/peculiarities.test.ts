import { describe, expect, it } from 'vitest';
import { version } from '../../../tests/fixtures/diff/sentences.ts';
import { doubledWords, isSpellingVariant, nameForms } from './peculiarities.ts';
import { Vocabulary, wordSequence } from './word-sequence.ts';

const sequenceOf = (texts: string[]) => wordSequence(version('v', texts), new Vocabulary(), 1000);

describe('doubledWords', () => {
  it('finds a word written twice with its context, not a grammatical doubling or one across punctuation', () => {
    const sequence = sequenceOf([
      'It was too early to predict their their outcome.',
      'He had had enough, enough said.',
      'The the talks continue.',
    ]);
    expect(doubledWords(sequence).map(({ text, key, at }) => ({ text, key, at }))).toEqual([
      { text: 'predict their their', key: 'predict their', at: 7 },
      { text: 'The the', key: ' the', at: 16 },
    ]);
  });
});

describe('nameForms', () => {
  it('keeps capitalised words of five letters or more, by normalised form', () => {
    expect([...nameForms(sequenceOf(['Olivier Nduhungireh met Rubio in Kigali.', 'OLIVIER said Kigali is open.']))]).toEqual([
      ['olivier', 'Olivier'],
      ['nduhungireh', 'Nduhungireh'],
      ['rubio', 'Rubio'],
      ['kigali', 'Kigali'],
    ]);
  });
});

describe('isSpellingVariant', () => {
  it.each([
    ['nduhungireh', 'nduhungirehe', true],
    ['salvadorean', 'salvadoran', true],
    ['macaulay', 'mccaulay', true],
    ['african', 'american', false],
    ['rwanda', 'rwandan', false],
    ['nations', 'nation', false],
    ['starmer', 'starmer', false],
    ['kigali', 'bigali', false],
  ])('%s / %s → %s', (x, y, expected) => {
    expect(isSpellingVariant(x, y)).toBe(expected);
    expect(isSpellingVariant(y, x)).toBe(expected);
  });
});
