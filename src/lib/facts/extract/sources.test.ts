import { describe, expect, it } from 'vitest';
import { sentenceOf } from '../../../../tests/fixtures/facts/sentences.ts';
import { extractSources } from './sources.ts';

const found = (text: string) => extractSources(sentenceOf(text)).map((mention) => [mention.text, mention.key]);

describe('extractSources', () => {
  it('finds who a version cites', () => {
    expect(found('“It is over,” he said, according to Reuters, when contacted by AFP.')).toEqual([
      ['Reuters', 'reuters'],
      ['AFP', 'afp'],
    ]);
    expect(found('A Rwandan official who spoke to The Washington Post told state media; the BBC reported it.')).toEqual([
      ['The Washington Post', 'washington post'],
      ['state media', 'state media'],
      ['BBC', 'bbc'],
    ]);
  });

  it('names media by kind with one key, and a demonym with its noun', () => {
    expect(found('He was asked on state TV.')).toEqual([['state TV', 'state media']]);
    expect(found('It was confirmed, according to a Rwandan official who asked not to be named.')).toEqual([
      ['Rwandan official', 'rwandan official'],
    ]);
  });

  it('takes a hyphenated name before said for an organisation cited', () => {
    expect(found('Winds will ease, Météo-France said.')).toEqual([['Météo-France', 'meteo france']]);
    expect(found('Winds will ease, Marco Rubio said.')).toEqual([]);
  });
});
