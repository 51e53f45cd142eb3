import { describe, expect, it } from 'vitest';
import { flags } from '../../../../tests/fixtures/facts/flag-story.ts';
import { sentenceOf } from '../../../../tests/fixtures/facts/sentences.ts';
import { extractMentions } from '../index.ts';
import { extractNames, placeKey } from './names.ts';

const found = (text: string, people?: string[]) =>
  extractNames(sentenceOf(text), { people: people && new Set(people) }).map((mention) => [
    mention.kind,
    mention.text,
    mention.role ?? null,
  ]);

describe('extractNames', () => {
  it('keeps a name part joined on in lower case by a hyphen, never a word that describes', () => {
    expect(found('Envoy Kim Dal-ho met Tarn officials.').filter(([kind]) => kind === 'person')).toEqual([
      ['person', 'Kim Dal-ho', 'Envoy'],
    ]);
    expect(found('A Leeds-led team and a York-based firm arrived.').map(([, text]) => text)).toEqual(['Leeds', 'York']);
  });

  it('splits a title or role from the name it precedes', () => {
    expect(found('US Secretary of State Marco Rubio met Salvadorean President Nayib Bukele in Costa Rica.')).toEqual([
      ['place', 'US', null],
      ['person', 'Marco Rubio', 'US Secretary of State'],
      ['person', 'Nayib Bukele', 'Salvadorean President'],
      ['place', 'Costa Rica', null],
    ]);
    expect(found('Fire Chief Julien Moreau spoke.')).toEqual([['person', 'Julien Moreau', 'Fire Chief']]);
    // A word that ends a title after its head belongs to the title.
    expect(found('Attorney General Dana Pruitt spoke.')).toEqual([['person', 'Dana Pruitt', 'Attorney General']]);
  });

  it('finds organisations by head noun, lexicon and bracketed acronym', () => {
    expect(found('Sir Keir Starmer’s Labour government left the European Union and the UN refugee agency (UNHCR) in London.')).toEqual([
      ['person', 'Keir Starmer', 'Sir'],
      ['organization', 'Labour government', null],
      ['organization', 'European Union', null],
      ['organization', 'UN refugee agency (UNHCR)', null],
      ['place', 'London', null],
    ]);
  });

  it('knows a lone surname once the story has named the person', () => {
    expect(found('Later, Nduhungirehe left.')).toEqual([]);
    expect(found('Later, Nduhungirehe left.', ['olivier', 'nduhungirehe'])).toEqual([['person', 'Nduhungirehe', null]]);
  });

  it('takes an unknown name hyphenated to a known place for a place', () => {
    expect(found('The Kigali-London deal was controversial.')).toEqual([
      ['place', 'Kigali', null],
      ['place', 'London', null],
    ]);
  });

  it('gives a place one key however it is written', () => {
    expect(placeKey('U.S.')).toBe('united states');
    expect(placeKey('US')).toBe('united states');
    expect(placeKey('United States')).toBe('united states');
    expect(placeKey('Olivier')).toBeUndefined();
  });
});

describe('a lone name misspelt', () => {
  it('takes an unknown word one slip from a person the story names for that person, and flags the spelling', () => {
    const people = new Set(['ilse', 'brannock']);
    const lone = (text: string): string[] =>
      extractMentions(sentenceOf(text), { people }).map((mention) => `${mention.kind}:${mention.text}`);
    expect(lone('Brannick opened the joint session.')).toEqual(['person:Brannick']);
    // A word the lexicon knows, or a short one, is no slip of a name.
    expect(lone('Branch opened the joint session.')).toEqual([]);
    // Nor the last word of a capture cut off mid-sentence, which may be cut itself.
    expect(lone('As a lawyer by training, Brannoc')).toEqual([]);
    const found = flags(
      'Speaker Ilse Brannock opened the joint session of the assembly.',
      'The assembly met in a joint session on Tuesday. Brannick opened it with a short statement.',
      0,
    );
    expect(found.map((fact) => [fact.kind, fact.confidence, fact.evidence?.rule, fact.note])).toEqual([
      ['person', 'likely', 'spelling', 'name spelled “Brannock” (one) vs “Brannick” (two)'],
    ]);
  });
});
