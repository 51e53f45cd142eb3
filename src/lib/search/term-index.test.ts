import { describe, expect, it } from 'vitest';
import { allowedEdits, TermIndex, trigrams } from './term-index.ts';
import { termsOf, wordSpans } from './words.ts';

describe('words', () => {
  it('folds case, accents and compatibility forms, keeping offsets into the original', () => {
    expect(wordSpans('Rwanda’s “early stage”, 2025.')).toEqual([
      { term: 'rwanda', start: 0, end: 6 },
      { term: 's', start: 7, end: 8 },
      { term: 'early', start: 10, end: 15 },
      { term: 'stage', start: 16, end: 21 },
      { term: '2025', start: 24, end: 28 },
    ]);
    expect(termsOf('the talks, the deal')).toEqual(['the', 'talks', 'deal']);
  });
});

describe('TermIndex', () => {
  const index = new TermIndex();
  for (const text of ['Nduhungirehe said the talks', 'Nduhungireh added', 'Rwanda and the US', 'a deal with Rwandan officials'])
    index.add(termsOf(text));
  const matched = (word: string, typing: boolean) =>
    index
      .match(word, typing)
      .map((match) => [index.terms[match.term], Number(match.weight.toFixed(3))])
      .sort();

  it('allows more edits in longer words', () => {
    expect([3, 4, 7, 8, 12].map(allowedEdits)).toEqual([0, 1, 1, 2, 2]);
  });

  it('pads trigrams so that the first two letters form their own key', () => {
    expect(trigrams('us')).toEqual([' us', 'us ']);
    expect(trigrams('deal')).toEqual([' de', 'dea', 'eal', 'al ']);
  });

  it('matches words within the allowed edits, weighted by closeness', () => {
    expect(matched('nduhungirhe', false)).toEqual([
      ['nduhungireh', 0.917],
      ['nduhungirehe', 0.917],
    ]);
    expect(matched('rwanda', false)).toEqual([
      ['rwanda', 1],
      ['rwandan', 0.857],
    ]);
  });

  it('matches every word a typed prefix begins, and short words only exactly', () => {
    expect(matched('ndu', true)).toEqual([
      ['nduhungireh', 0.682],
      ['nduhungirehe', 0.675],
    ]);
    expect(matched('ndu', false)).toEqual([]);
    expect(matched('us', false)).toEqual([['us', 1]]);
  });

  it('lists the documents holding a word, ascending', () => {
    expect(index.documentsOf(index.match('the', false)[0]!.term)).toEqual([0, 2]);
    expect(index.documents).toBe(4);
  });
});
