import { describe, expect, it } from 'vitest';
import { flags, storyFacts } from '../../../../tests/fixtures/facts/flag-story.ts';

// A dropped diacritic is house style or the capture's encoding, not a disagreement (compare/spelling.ts).
describe('a name written with and without its accents', () => {
  it('is no flag for a person, and the fact keeps both spellings', () => {
    const a = 'Judge Elena Marqués read the verdict aloud in Tarrow.';
    const b = 'Judge Elena Marques read the verdict aloud in Tarrow.';
    expect(flags(a, b)).toEqual([]);
    const person = storyFacts(a, b).find((fact) => fact.kind === 'person');
    expect(person?.mentions.map((mention) => [mention.version, mention.text])).toEqual([
      ['one', 'Elena Marqués'],
      ['two', 'Elena Marques'],
    ]);
  });

  it('is no flag for an organisation', () => {
    expect(
      flags('The Société Tarn board met in Velden on Monday.', 'The Societe Tarn board met in Velden on Monday.').filter(
        (fact) => fact.kind === 'organization',
      ),
    ).toEqual([]);
  });

  it('still flags a letter changed beside the accent', () => {
    const found = flags('Judge Elena Marqués read the verdict aloud.', 'Judge Elena Marquét read the verdict aloud.');
    expect(found.map((fact) => [fact.kind, fact.confidence, fact.evidence?.rule])).toEqual([['person', 'likely', 'spelling']]);
  });
});
