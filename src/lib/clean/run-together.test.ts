import { describe, expect, it } from 'vitest';
import { clean, fragments, paragraphs } from '../../../tests/fixtures/clean/expect-clean.ts';

describe('run-together', () => {
  it('puts a space back between glued sentences, after closing quotes too', () => {
    const result = clean(
      'He has said.His comments came after the "despicable human beings".Nduhungireh spoke. ' +
        'It went to the mega-jail.Salvadorean officials agreed.\n',
    );
    expect(fragments(result)).toEqual([
      { rule: 'run-together', reason: 'missing space between sentences', text: '', start: 12, end: 12, replacement: ' ' },
      { rule: 'run-together', reason: 'missing space between sentences', text: '', start: 66, end: 66, replacement: ' ' },
      { rule: 'run-together', reason: 'missing space between sentences', text: '', start: 110, end: 110, replacement: ' ' },
    ]);
    expect(result.body.text).toBe(
      'He has said. His comments came after the "despicable human beings". Nduhungireh spoke. ' +
        'It went to the mega-jail. Salvadorean officials agreed.\n',
    );
  });

  it('puts the space before a quote that opens the next sentence, not after it', () => {
    const result = clean('The board met."We will appeal," she said.\n');
    expect(result.body.text).toBe('The board met. "We will appeal," she said.\n');
  });

  it('puts a line break after a caption or headline glued to the body by its closing quote', () => {
    const result = clean('Rwanda believes in giving migrants "another chance"Rwanda is in talks.\n');
    expect(fragments(result)).toEqual([
      { rule: 'run-together', reason: 'missing line break after a headline or caption', text: '', start: 51, end: 51, replacement: '\n' },
    ]);
    expect(paragraphs(result)).toEqual(['Rwanda believes in giving migrants "another chance"', 'Rwanda is in talks.']);
  });

  it('splits after ? and ! and after a percentage', () => {
    const result = clean('It rose by 3.5%.Officials were pleased?Yes.\n');
    expect(fragments(result).map((fragment) => fragment.start)).toEqual([16, 39]);
  });

  it('never splits initials, decimals, domains, abbreviations or camel-cased names', () => {
    const text =
      'The U.S. and the U.S.-based charity. Over 1.3m people. L.I. 2462 was revoked. See BBCAfrica.com for more. ' +
      'Crops, e.g. maize, failed. Fiona McDonald has an iPhone.\n';
    expect(clean(text).removed).toEqual([]);
  });
});
