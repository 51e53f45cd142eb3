import { describe, expect, it } from 'vitest';
import { flags } from '../../../../tests/fixtures/facts/flag-story.ts';

const spellings = (a: string, b: string): unknown[] =>
  flags(a, b).map((fact) => [fact.kind, fact.confidence, fact.evidence?.rule, fact.note]);

// Two neighbouring letters swapped in one part of a three-part name is a slip of one letter (compare/spelling.ts innerSlip).
describe('a part of a name with two letters swapped', () => {
  it('is a likely spelling flag when the other parts agree word for word', () => {
    expect(
      spellings(
        'The carrier’s chief executive, Tomas Reuben Aldana, said families were being told first.',
        'Chief executive Tomas Rueben Aldana said in a statement that families were being told first.',
      ),
    ).toEqual([['person', 'likely', 'spelling', 'name spelled “Reuben” (one) vs “Rueben” (two)']]);
  });

  it('is none for a name of two parts, which a swap alone does not show to be one person', () => {
    expect(
      spellings(
        'The carrier’s chief executive, Reuben Aldana, said families were being told first.',
        'Chief executive Rueben Aldana said in a statement that families were being told first.',
      ),
    ).toEqual([]);
  });
});
