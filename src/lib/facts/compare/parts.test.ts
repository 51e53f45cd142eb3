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
        'The riders on the coach came from five countries, among them 49 from Tarnia, the operator said.',
        'The riders on the coach came from five countries, among them 48 plus one infant from Tarnia, the operator said.',
      ),
    ).toEqual([]);
    expect(
      values(
        'The riders on the coach came from five countries, among them 52 from Tarnia, the operator said.',
        'The riders on the coach came from five countries, among them 48 plus one infant from Tarnia, the operator said.',
      ),
    ).toEqual([['likely', ['52', '48']]]);
  });

  it('never compares the people from two places', () => {
    expect(
      values(
        'The operator said the riders included 49 from Tarnia and six from Velland.',
        'The operator said the riders included 38 from Orrin and 12 from Kestland.',
      ),
    ).toEqual([]);
  });
});
