import { describe, expect, it } from 'vitest';
import { sentencesOf } from '../../../tests/fixtures/facts/sentences.ts';
import { buildFactIndex } from './index.ts';
import { phraseAround, shorten } from './labels.ts';

/** The phrase `phraseAround` makes of `span` in `sentence`. */
function phrase(sentence: string, span: string, mode: 'drop' | 'keep', when = false): string | undefined {
  const start = sentence.indexOf(span);
  return phraseAround(sentence, start, start + span.length, mode, when);
}

describe('phraseAround: a label in the sentence’s own words', () => {
  it('names a date by the clause it sits in, the date left out', () => {
    expect(phrase('In April, Velmora received a deportee from Ostrava, the Courier reported.', 'In April', 'drop', true)).toBe(
      'When Velmora received a deportee from Ostrava',
    );
    expect(phrase('The tower was built by a local mason in 1871.', 'in 1871', 'drop', true)).toBe(
      'When the tower was built by a local mason',
    );
    // A preposition the date leaves behind mid-clause goes with it.
    expect(phrase('The officers invoked the Harbour Act of 1921 to close the quay.', '1921', 'drop', true)).toBe(
      'When the officers invoked the Harbour Act to close the quay',
    );
    // A clause that says its own time reads as it stands.
    expect(phrase('Talks resumed, after the envoy had flown to Ostrava in May.', 'in May', 'drop', true)).toBe(
      'After the envoy had flown to Ostrava',
    );
  });

  it('writes a first word capitalised only for its place in lower case after “When”, a name as written', () => {
    expect(phrase('Speaking to reporters in Velmora on Friday, the envoy promised more buses.', 'on Friday', 'drop', true)).toBe(
      'When speaking to reporters in Velmora',
    );
    expect(phrase('Councillors voted to shut the Tallow Street baths in March.', 'in March', 'drop', true)).toBe(
      'When councillors voted to shut the Tallow Street baths',
    );
    expect(phrase('Velmora received a second deportee in April.', 'in April', 'drop', true)).toBe(
      'When Velmora received a second deportee',
    );
    expect(phrase('Ostrava received a second deportee in April.', 'in April', 'drop', true)).toBe(
      'When Ostrava received a second deportee',
    );
    expect(phrase('El Salvador received a second deportee in April.', 'in April', 'drop', true)).toBe(
      'When El Salvador received a second deportee',
    );
    expect(phrase('I walked that quay every morning until 2019.', 'until 2019', 'drop', true)).toBe(
      'When I walked that quay every morning',
    );
  });

  it('names a date said of an attribution by what was said, unless that needs its speaker', () => {
    expect(
      phrase('A flood at the Velmora mill has cut power to 900 homes, harbour officials said on Monday.', 'on Monday', 'drop', true),
    ).toBe('When a flood at the Velmora mill has cut power to 900 homes');
    expect(phrase('The mill will reopen next week, Ada Brun said on Monday.', 'on Monday', 'drop', true)).toBe(
      'When the mill will reopen next week',
    );
    // A pronoun points at the speaker's clause: kept.
    expect(phrase('It will reopen the mill, the Velmora council said on Monday.', 'on Monday', 'drop', true)).toBe(
      'When the Velmora council said it will reopen the mill',
    );
    // The speaker stands before an aside: the label is what was said.
    expect(phrase('Its chair, Ada Brun, said that the ferry crews would strike in June.', 'in June', 'drop', true)).toBe(
      'When the ferry crews would strike',
    );
  });

  it('keeps a figure in its clause, whole words only (never keyword salad)', () => {
    expect(phrase('The board voted 7-2 to approve the closure of the plant.', '7-2', 'keep')).toBe(
      'The board voted 7-2 to approve the closure of the plant',
    );
    expect(phrase('A 30-metre stretch of the sea wall gave way.', '30', 'keep')).toBe('A 30-metre stretch of the sea wall gave way');
    expect(phrase('Ilse Brannock, 52, was charged on Friday.', '52', 'keep')).toBe('Ilse Brannock, 52, was charged on Friday');
  });

  it('reads a figure in a piece opening on a preposition and a relative after the clause with its noun', () => {
    expect(phrase('Crews fought a blaze near Dunmore, on Friday that closed 14 schools, police said.', '14', 'keep')).toBe(
      'Crews fought a blaze near Dunmore that closed 14 schools',
    );
    expect(phrase('Crews fought a blaze near Dunmore on Friday that closed 14 schools.', '14', 'keep')).toBe(
      'Crews fought a blaze near Dunmore on Friday that closed 14 schools',
    );
  });

  it('turns `a`/`an` to fit the word that follows once a date between them is gone', () => {
    expect(phrase('The crews held an April 3 drill at the quay.', 'April 3', 'drop', true)).toBe('When the crews held a drill at the quay');
  });

  it('keeps at most twelve words: the clause from its start, or the five words before a figure further in', () => {
    expect(
      phrase(
        'Twelve people were hurt when a fire tore through a paint store on the Harlow trading estate on Monday night.',
        'on Monday night',
        'drop',
        true,
      ),
    ).toBe('When a fire tore through a paint store on the Harlow trading estate');
    expect(
      phrase('On Monday a fire tore through a paint store on the Harlow trading estate beside the ring road.', 'On Monday', 'drop', true),
    ).toBe('When a fire tore through a paint store on the Harlow trading estate…');
    expect(phrase('The fire started in a shed near the old rope works and has so far burned through 640 hectares.', '640', 'keep')).toBe(
      '…has so far burned through 640 hectares',
    );
  });

  it('leaves no bracket or quotation mark without its other half', () => {
    expect(phrase('Rivas admitted that “we cannot hold the line” in the north.', 'admitted', 'keep')).toBe(
      'Rivas admitted that we cannot hold the line',
    );
    expect(phrase('The van fell 20 metres (65 feet) into the quarry.', '65 feet', 'keep')).toBe(
      'The van fell 20 metres (65 feet) into the quarry',
    );
  });
});

describe('shorten', () => {
  it('cuts a long quotation at a clause mark, else at a word', () => {
    const quote =
      'We have asked for help from every neighbouring council, and we will keep asking until the harbour is safe again for everyone';
    expect(shorten(quote)).toBe('We have asked for help from every neighbouring council…');
    expect(shorten('word '.repeat(30).trim())).toBe(`${'word '.repeat(17).trim()}…`);
  });
});

describe('readable labels in the fact index', () => {
  it('labels a date by its clause and keeps the fact’s id', () => {
    const text = 'In April, Velmora received a deportee from Ostrava.';
    const facts = buildFactIndex(
      ['a', 'b'].map((id) => ({ id, published: '2026-05-04', sentences: sentencesOf(text, id) })),
      [{ id: 'g-1', sentences: ['a/s-1', 'b/s-1'] }],
    );
    const date = facts.find((fact) => fact.kind === 'date')!;
    expect(date.label).toBe('When Velmora received a deportee from Ostrava');
    expect(date.id).toMatch(/^date-in-april/);
  });
});

describe('a quote’s speaker', () => {
  it('is spelled as most versions spell the name, even when one outlet gives it more fully', () => {
    const said = (name: string): string => `“We will reopen the quay by spring,” ${name} said.`;
    const texts: Record<string, string> = { a: said('Ilse Brannick'), b: said('Brannock'), c: said('Brannock') };
    const facts = buildFactIndex(
      Object.entries(texts).map(([id, text]) => ({ id, published: '2026-05-04', sentences: sentencesOf(text, id) })),
      [{ id: 'g-1', sentences: ['a/s-1', 'b/s-1', 'c/s-1'] }],
    );
    expect(facts.find((fact) => fact.kind === 'quote')?.speaker).toBe('Brannock');
  });
});
