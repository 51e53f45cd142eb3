import fc from 'fast-check';
import { describe as suite, expect, it } from 'vitest';
import { ALIGNMENT_STOPWORDS as STOPWORDS } from '../../language/index.ts';
import { endsSentence } from '../text-shape.ts';
import { describe } from './lines.ts';

/** The line's figures read with the regexes `describe` stands for, one token at a time (its form before it read by code). */
function byRegex(text: string): { words: number; terms: string[]; functionShare: number; capitalShare: number; ends: boolean } {
  const tokens = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.,-]*/gu) ?? [];
  let functionWords = 0;
  let capitals = 0;
  const terms = new Set<string>();
  for (const token of tokens) {
    const lower = token.toLowerCase();
    const word = /[.,'’-]$/u.test(lower) ? lower.replace(/[.,'’-]+$/u, '') : lower;
    if (STOPWORDS.has(word)) functionWords++;
    if (/^[\p{Lu}\p{N}]/u.test(token)) capitals++;
    let term = word.replace(/['’]s$/u, '');
    if (/^\d[\d,.]*$/u.test(term)) term = term.replace(/,/gu, '');
    else if (term.length < 3 || STOPWORDS.has(term)) continue;
    else if (term.length > 4 && term.endsWith('s') && !term.endsWith('ss')) term = term.slice(0, -1);
    terms.add(term);
  }
  return {
    words: text.match(/\S+/gu)?.length ?? 0,
    terms: [...terms],
    functionShare: tokens.length === 0 ? 0 : functionWords / tokens.length,
    capitalShare: tokens.length === 0 ? 0 : capitals / tokens.length,
    ends: endsSentence(text) || ((text.match(/\S+/gu)?.length ?? 0) >= 6 && /[:;,]["'”’]?$/u.test(text)),
  };
}

suite('a paragraph’s figures', () => {
  it('are those the word regexes give, on any text: capitals that lower-case longer (İ), a capital sigma, astral letters', () => {
    const pieces = [
      ' ',
      'the',
      'Tarn',
      'FERRY',
      'ferries',
      "'s",
      '’s',
      '.',
      ',',
      '-',
      '’',
      '"',
      'İstanbul',
      'ΟΔΟΣ',
      ':',
      'Σ',
      '𝐀b',
      '\ud800',
      '3,500',
      '٣',
      'é',
      'said',
    ];
    const texts = fc.array(fc.constantFrom(...pieces), { maxLength: 24 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(texts, (text) => {
        const line = describe(text, 0, 0);
        expect({
          words: line.words,
          terms: line.terms,
          functionShare: line.functionShare,
          capitalShare: line.capitalShare,
          ends: line.ends,
        }).toEqual(byRegex(text));
      }),
      { numRuns: 3000 },
    );
    expect(describe('The Tarn ferry’s 3,500 passengers waited.', 4, 2)).toMatchObject({
      index: 2,
      start: 4,
      end: 45,
      words: 6,
      terms: ['tarn', 'ferry', '3500', 'passenger', 'waited'],
      ends: true,
    });
  });
});
