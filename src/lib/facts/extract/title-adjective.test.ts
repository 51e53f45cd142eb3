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
    expect(people('Tearful Theresa Holloway announced she would step down in June.')).toEqual([['Theresa Holloway', undefined]]);
    expect(people('Embattled Theresa Holloway announced she would step down in June.')).toEqual([['Theresa Holloway', undefined]]);
  });

  it('leaves common nouns before a first name a title', () => {
    expect(people('Fire Chief Julien Moreau said the blaze was contained.')).toEqual([['Julien Moreau', 'Fire Chief']]);
  });
});
