import { describe, expect, it } from 'vitest';
import { flags } from '../../../../tests/fixtures/facts/flag-story.ts';

const spellings = (a: string, b: string): unknown[] =>
  flags(a, b).map((fact) => [fact.kind, fact.confidence, fact.evidence?.rule, fact.note]);

// A two-part name written in the opposite order by two versions (compare/spelling.ts swappedOrder).
describe('a name with its given name and surname swapped', () => {
  it('is a likely spelling flag', () => {
    expect(
      spellings(
        'Ports minister Karim Nasser said the quay would stay shut. Nasser spoke at the harbour on Friday.',
        'Ports minister Nasser Karim said the quay would stay shut. The minister spoke at the harbour on Friday.',
      ),
    ).toEqual([['person', 'likely', 'spelling', 'given name and surname swapped: “Karim Nasser” (one) vs “Nasser Karim” (two)']]);
  });

  it('is house style when the version writing the surname first also names the person by it alone', () => {
    expect(
      spellings(
        'Ports minister Karim Nasser said the quay would stay shut. Nasser spoke at the harbour on Friday.',
        'Ports minister Nasser Karim said the quay would stay shut. Nasser spoke at the harbour on Friday.',
      ),
    ).toEqual([]);
  });
});
