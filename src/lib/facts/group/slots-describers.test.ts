import { describe, expect, it } from 'vitest';
import { flags } from '../../../../tests/fixtures/facts/flag-story.ts';

const values = (a: string, b: string) =>
  flags(a, b, 0)
    .filter((fact) => fact.kind === 'number')
    .map((fact) => [fact.confidence, fact.evidence?.values.slice().sort()]);

// Two figures of sentences the alignment did not pair fill one slot only when their counted things are described
// alike (group/slots.ts sameDescribers).
describe('a counted thing described on one side only', () => {
  it('is another set: no flag', () => {
    expect(
      values(
        'All 10 voting members of the Tarn rate board backed the rise on Wednesday, the board said.',
        'A majority of the 17 members of the Tarn rate board expect another rise in the spring, the board said.',
      ),
    ).toEqual([]);
  });

  it('is one slot when both describe it alike', () => {
    expect(
      values(
        'All 10 voting members of the Tarn rate board backed the rise on Wednesday, the board said.',
        'A majority of the 12 voting members of the Tarn rate board expect another rise in the spring, the board said.',
      ),
    ).toEqual([['possible', ['10', '12']]]);
  });
});
