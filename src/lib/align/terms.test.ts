import { describe, expect, it } from 'vitest';
import { buildVersion } from '../../../tests/fixtures/align/build-sentences.ts';
import { quotedSpans, sentenceTerms } from './terms.ts';

describe('quotedSpans', () => {
  it('pairs quotation marks, and reads a lone mark as the end or start of a quote from another sentence', () => {
    expect(quotedSpans('He said "another chance" today')).toEqual([[8, 23]]);
    expect(quotedSpans('We cannot ask residents to pay."')).toEqual([[0, 31]]);
    expect(quotedSpans('"We are open, he')).toEqual([[0, 16]]);
    expect(quotedSpans('No quote here')).toEqual([]);
  });
});

describe('sentenceTerms', () => {
  it('reads "constructor" and "toString" as words, not as methods of the number table', () => {
    const [sentence] = buildVersion('x', ['The constructor said toString was valueOf nothing.']).sentences;
    const kinds = [...sentenceTerms(sentence!).terms.values()].map((term) => `${term.kind}:${term.key}`);
    expect(kinds.filter((term) => term.startsWith('number:'))).toEqual([]);
    expect(kinds).toContain('word:constr');
  });

  it('keeps content words, numbers, acronyms and the initials of capitalised runs, once each', () => {
    const [sentence] = buildVersion('x', [
      'Rubio said the U.S. will pay £700 million to the United Kingdom, "another chance" he called it.',
    ]).sentences;
    const { terms, words } = sentenceTerms(sentence!);
    expect([...terms.values()].map((term) => `${term.kind}:${term.key}`)).toEqual([
      'word:rubio',
      'name:us',
      'word:pay',
      'number:#700',
      'word:millio',
      'word:unit',
      'word:kingdo',
      'word:anoth',
      'word:chanc',
      'word:call',
      'name:uk',
    ]);
    expect(words.filter((word) => word.quoted).map((word) => word.norm)).toEqual(['another', 'chance']);
  });

  it('reads spelled small numbers as digits and a shouted headline as ordinary words', () => {
    const [votes, headline] = buildVersion('x', ['Councillors voted nine to four.', 'PIER TO BE DEMOLISHED']).sentences;
    expect([...sentenceTerms(votes!).terms.keys()]).toEqual(['counci', 'vote', '#9', '#4']);
    expect([...sentenceTerms(headline!).terms.values()].map((term) => `${term.kind}:${term.key}`)).toEqual(['word:pier', 'word:demoli']);
  });
});
