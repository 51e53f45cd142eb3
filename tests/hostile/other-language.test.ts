import { describe, expect, it } from 'vitest';
import { analyseStory } from '../../src/lib/analyse.ts';
import { storyInput } from './story-input.ts';

// One invented event told by two English outlets and a French one. The French version gives the
// same figures in words the English rules do not read (`douze`, `mardi`): read as English it would
// be flagged against the others.
const ENGLISH_A =
  'A fire tore through a warehouse in the port of Brevenne on Tuesday evening, the prefecture said.\n\n' +
  'Twelve people were injured and three are still in hospital, firefighters said.\n\n' +
  'Mayor Odile Varenne announced an inquiry and promised help to the families affected.';
const ENGLISH_B =
  'A fire swept through a warehouse in the port of Brevenne on Tuesday evening, the prefecture said.\n\n' +
  'Twelve people were hurt and three remain in hospital, according to firefighters.\n\n' +
  'Mayor Odile Varenne has announced an inquiry and promised to help the families.';
const FRENCH =
  'Un incendie a ravagé mardi soir un entrepôt du port de Brévenne, a indiqué la préfecture.\n\n' +
  'Selon les pompiers, quatorze personnes ont été blessées et trois sont toujours hospitalisées.\n\n' +
  'La maire Odile Varène a annoncé une enquête et promis une aide aux familles touchées.';

describe('a version in another language', () => {
  const analysis = analyseStory(
    storyInput('other-language', [
      { id: 'english-a', text: ENGLISH_A },
      { id: 'english-b', text: ENGLISH_B },
      { id: 'french', text: FRENCH },
    ]),
  );

  it('is left out of the fact index, with the reason, and raises no flag', () => {
    expect(analysis.factsSkipped).toEqual([{ version: 'french', reason: 'language', englishShare: expect.any(Number) }]);
    expect(analysis.factsSkipped![0]!.englishShare).toBeLessThan(0.1);
    expect(analysis.facts.flatMap((fact) => fact.mentions.map((mention) => mention.version))).not.toContain('french');
    expect(analysis.facts.filter((fact) => fact.disagreement).map((fact) => fact.note)).toEqual([]);
  });

  it('still takes part in the alignment and the compare pages', () => {
    expect(analysis.alignment.some((group) => group.sentences.includes('french/s-1'))).toBe(true);
    expect(analysis.pairs.map((pair) => `${pair.a}/${pair.b}`)).toContain('english-a/french');
  });
});
