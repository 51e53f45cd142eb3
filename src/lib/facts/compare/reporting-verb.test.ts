import { describe, expect, it } from 'vitest';
import { flags } from '../../../../tests/fixtures/facts/flag-story.ts';

const verbs = (a: string, b: string) =>
  flags(a, b)
    .filter((fact) => fact.evidence?.rule === 'reporting verb')
    .map((fact) => [fact.confidence, fact.evidence?.values]);

// A reporting verb is a claim only when it is swapped alone (compare/claim.ts verbAlone), not amid a rewrite.
describe('a reporting verb changed', () => {
  it('is a possible flag when the verb alone is swapped, beside a name spelled two ways too', () => {
    expect(
      verbs('Lena Ostrova said the Tarrow bridge was not yet finished.', 'Lena Ostrowa admitted the Tarrow bridge was not yet finished.'),
    ).toEqual([['possible', ['Lena Ostrova said the Tarrow', 'Lena Ostrowa admitted the Tarrow']]]);
  });

  it('is none amid other rewording', () => {
    expect(
      verbs(
        'Lena Ostrova said: “I accept that we cannot finish the Tarrow bridge this year.”',
        'Lena Ostrova acknowledged that the Tarrow bridge could not be finished this year.',
      ),
    ).toEqual([]);
    expect(
      verbs(
        'Gripping the rail as she insisted that the span was safe, Lena Ostrova thanked the Tarrow crews.',
        'Her grip tight on the rail, she said the span would hold, and Lena Ostrova thanked the Tarrow crews.',
      ),
    ).toEqual([]);
  });
});
