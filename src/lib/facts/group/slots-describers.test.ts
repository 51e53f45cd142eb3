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
        'Every one of the 9 elected wardens of the Tarn guild approved the levy on Wednesday, the guild said.',
        'Most of the 14 wardens of the Tarn guild expect a second levy in the spring, the guild said.',
      ),
    ).toEqual([]);
  });

  it('is one slot when both describe it alike', () => {
    expect(
      values(
        'Every one of the 9 elected wardens of the Tarn guild approved the levy on Wednesday, the guild said.',
        'Most of the 11 elected wardens of the Tarn guild expect a second levy in the spring, the guild said.',
      ),
    ).toEqual([['possible', ['11', '9']]]);
  });
});
