import { describe, expect, it } from 'vitest';
import { sentenceOf } from '../../../../tests/fixtures/facts/sentences.ts';
import { extractMentions } from '../index.ts';

const people = (text: string) =>
  extractMentions(sentenceOf(text))
    .filter((mention) => mention.kind === 'person')
    .map((mention) => [mention.name, mention.role]);

// Capitalised words before a first name are a title only when one of them is a noun (extract/names.ts splitRole).
describe('a describing word before a name', () => {
  it('is no title', () => {
    expect(people('Tearful Ilse Brannock told the council she would retire in the autumn.')).toEqual([['Ilse Brannock', undefined]]);
    expect(people('Embattled Ilse Brannock told the council she would retire in the autumn.')).toEqual([['Ilse Brannock', undefined]]);
  });

  it('leaves common nouns before a first name a title', () => {
    expect(people('Fire Chief Julien Moreau said the blaze was contained.')).toEqual([['Julien Moreau', 'Fire Chief']]);
  });
});
