import { describe, expect, it } from 'vitest';
import { sentenceOf, sentencesOf } from '../../../../tests/fixtures/facts/sentences.ts';
import { extractMentions, extractVersionMentions } from './extract.ts';

const quotes = (mentions: ReturnType<typeof extractMentions>) =>
  mentions.filter((mention) => mention.kind === 'quote').map((mention) => [mention.text, mention.speaker ?? null]);

describe('quotes and their speakers', () => {
  it('reads straight and curly marks, and the speaker after or before the quotation', () => {
    expect(quotes(extractMentions(sentenceOf('“Those reports are true,” Olivier Nduhungirehe said.')))).toEqual([
      ['Those reports are true', 'Olivier Nduhungirehe'],
    ]);
    expect(
      quotes(extractMentions(sentenceOf('Marco Rubio said last month that Washington was "actively searching" for partners.'))),
    ).toEqual([['actively searching', 'Marco Rubio']]);
    expect(
      quotes(extractMentions(sentenceOf('Rwanda is in the "early stage" of talks, Foreign Minister Olivier Nduhungireh has said.'))),
    ).toEqual([['early stage', 'Olivier Nduhungireh']]);
  });

  it('ends a quotation left open at its paragraph’s end there, keeps every sentence of a long one, drops one with a stray mark', () => {
    const version = (text: string) => ({ id: 'v', sentences: sentencesOf(text, 'v') });
    const texts = (text: string) =>
      extractVersionMentions(version(text))
        .filter((m) => m.kind === 'quote')
        .map((m) => [m.text, Boolean(m.unclosed)]);
    expect(texts('The mayor spoke at noon. “We will rebuild the harbour wall before winter\n\nThe council met later.')).toEqual([
      ['We will rebuild the harbour wall before winter', true],
    ]);
    expect(texts('“The tide came in fast. Boats broke loose. We ran,” a fisherman said.')).toEqual([
      ['The tide came in fast. Boats broke loose. We ran', false],
    ]);
    expect(texts('The mayor spoke. “We will rebuild "the wall before winter\n\nThe council met later.')).toEqual([]);
    // A straight mark closes a curly opening: captures mix the two kinds.
    expect(texts('He called it “the best port in the north [region]" and said that "its crews are the finest."')).toEqual([
      ['the best port in the north [region]', false],
      ['its crews are the finest.', false],
    ]);
  });

  it('names a described speaker when no name is given', () => {
    expect(quotes(extractMentions(sentenceOf('An unnamed official told the Post that the country was "open" to it.')))).toEqual([
      ['open', 'unnamed official'],
    ]);
  });

  it('follows a quotation over two sentences and resolves "she" to the person last named', () => {
    const version = { id: 'v', sentences: sentencesOf('Minister Jane Okafor arrived on Monday. "We are ready. We will win," she said.') };
    expect(quotes(extractVersionMentions(version))).toEqual([['We are ready. We will win', 'Jane Okafor']]);
  });

  it('points every quotation at its words in the original text', () => {
    const text = 'He said the plan was "not finished" and “never will be”.';
    const [first, second] = extractMentions(sentenceOf(text)).filter((mention) => mention.kind === 'quote');
    expect(text.slice(first!.start, first!.end)).toBe('not finished');
    expect(text.slice(second!.start, second!.end)).toBe('never will be');
  });

  it('does not take apostrophes for quotation marks', () => {
    expect(quotes(extractMentions(sentenceOf('Rwanda’s minister said the idea isn’t new.')))).toEqual([]);
  });
});
