import { describe, expect, it } from 'vitest';
import { flags } from '../../../../tests/fixtures/facts/flag-story.ts';

const titles = (a: string, b: string): unknown[] =>
  flags(a, b)
    .filter((fact) => fact.kind === 'person')
    .map((fact) => [fact.confidence, fact.evidence?.rule, fact.evidence?.values]);

// A title in a short and a long form is one title (language/short-forms.ts), as `US President` / `President` is.
describe('a title written with a short form', () => {
  it('is no title change when a clipped word or initials stand for the longer words', () => {
    expect(
      titles(
        'Speaking after the vote, Fed Chair Mira Tolland said hiring had held up.',
        'The board, led by Federal Reserve Chair Mira Tolland, voted for the rise.',
      ),
    ).toEqual([]);
    expect(
      titles(
        'FBI Director Oren Kalvik told reporters the search would go on.',
        'Federal Bureau of Investigation Director Oren Kalvik said the search would go on.',
      ),
    ).toEqual([]);
  });

  it('still reads a qualifier beside the short form, and two offices', () => {
    expect(
      titles(
        'Former Fed Chair Mira Tolland said hiring had held up in the spring.',
        'Federal Reserve Chair Mira Tolland said hiring had held up in the spring.',
      ),
    ).toEqual([['likely', 'title', ['Former Fed Chair', 'Federal Reserve Chair']]]);
    expect(
      titles(
        'On Monday, Fed Chair Mira Tolland said hiring had held up in the spring.',
        'On Monday, Treasury Secretary Mira Tolland said hiring had held up in the spring.',
      ),
    ).toEqual([['possible', 'title', ['Fed Chair', 'Treasury Secretary']]]);
  });
});
