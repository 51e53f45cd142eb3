import { describe, expect, it } from 'vitest';
import { flags } from '../../../../tests/fixtures/facts/flag-story.ts';

const values = (a: string, b: string) =>
  flags(a, b)
    .filter((fact) => fact.kind === 'number')
    .map((fact) => [fact.confidence, fact.evidence?.values]);

// Whose a figure is and how it is made up, read right after it (compare/parts.ts).
describe('a figure in parts, or of the people from a place', () => {
  it('reads a figure given in parts as their sum', () => {
    expect(
      values(
        'The passengers came from nine countries, including 153 from Tarnia, the operator said.',
        'The passengers came from nine countries, including 152 plus one infant from Tarnia, the operator said.',
      ),
    ).toEqual([]);
    expect(
      values(
        'The passengers came from nine countries, including 156 from Tarnia, the operator said.',
        'The passengers came from nine countries, including 152 plus one infant from Tarnia, the operator said.',
      ),
    ).toEqual([['likely', ['156', '152']]]);
  });

  it('never compares the people from two places', () => {
    expect(
      values(
        'The operator said the passengers included 153 from Tarnia and four from Velland.',
        'The operator said the passengers included 38 from Orrin and 12 from Kestland.',
      ),
    ).toEqual([]);
  });
});
