import { describe, expect, it } from 'vitest';
import { sentenceOf } from '../../../tests/fixtures/facts/sentences.ts';
import { extractNames, placeKey } from './names.ts';

const found = (text: string, people?: string[]) =>
  extractNames(sentenceOf(text), { people: people && new Set(people) }).map((mention) => [
    mention.kind,
    mention.text,
    mention.role ?? null,
  ]);

describe('extractNames', () => {
  it('splits a title or role from the name it precedes', () => {
    expect(found('US Secretary of State Marco Rubio met Salvadorean President Nayib Bukele in Costa Rica.')).toEqual([
      ['place', 'US', null],
      ['person', 'Marco Rubio', 'US Secretary of State'],
      ['person', 'Nayib Bukele', 'Salvadorean President'],
      ['place', 'Costa Rica', null],
    ]);
    expect(found('Fire Chief Julien Moreau spoke.')).toEqual([['person', 'Julien Moreau', 'Fire Chief']]);
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
