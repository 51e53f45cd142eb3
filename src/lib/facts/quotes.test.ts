import { describe, expect, it } from 'vitest';
import { sentenceOf, sentencesOf } from '../../../tests/fixtures/facts/sentences.ts';
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
