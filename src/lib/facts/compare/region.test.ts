import { describe, expect, it } from 'vitest';
import { flags } from '../../../../tests/fixtures/facts/flag-story.ts';

const flagged = (a: string, b: string) => flags(a, b).map((fact) => [fact.evidence?.rule, fact.evidence?.values, fact.note]);

describe('region against the whole', () => {
  it('reports a count for one place against a count for the whole as a scope difference naming the place', () => {
    expect(
      flagged(
        'The quake killed 120 people in Dorrin province, officials said on Monday.',
        'The quake killed 310 people across the country, officials said on Monday.',
      ),
    ).toEqual([['scope', ['120', '310'], 'one place against the whole: “120” in Dorrin province (one) vs “310” (two)']]);
    expect(
      flagged(
        'The quake destroyed more than 100 buildings in two cities, officials said.',
        'The quake destroyed 970 buildings, officials said.',
      ),
    ).toEqual([['scope', ['more than 100', '970'], 'one place against the whole: “more than 100” in two cities (one) vs “970” (two)']]);
  });

  it('keeps a value difference when both counts are of one place, or of none, or the phrase after the figure is a date', () => {
    const rules = (a: string, b: string) => flags(a, b).map((fact) => fact.evidence?.rule);
    expect(
      rules(
        'The quake killed 120 people in Dorrin province, officials said.',
        'The quake killed 310 people in Dorrin province, officials said.',
      ),
    ).toEqual(['value']);
    expect(
      rules('The quake killed 120 people, officials said on Monday.', 'The quake killed 310 people, officials said on Monday.'),
    ).toEqual(['value']);
    expect(rules('The storm killed 12 people in March, officials said.', 'The storm killed 15 people, officials said.')).toEqual(['value']);
  });
});
