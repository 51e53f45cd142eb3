import { describe, expect, it } from 'vitest';
import { SENTENCE_START_BEFORE } from './sentence-start.ts';

const startsSentence = (before: string): boolean => new RegExp(`${SENTENCE_START_BEFORE}$`, 'u').test(before);

describe('SENTENCE_START_BEFORE', () => {
  it('reads the text before a word that opens a sentence, past any quote mark or bracket', () => {
    const opens = ['', '“', 'The quay shut. ', 'The quay shut.” (', 'Crews said: ', 'Gone? '];
    expect(opens.filter((before) => !startsSentence(before))).toEqual([]);
  });
  it('reads a word inside a sentence as none', () => {
    expect(['the ', 'Crews from ', 'e.g', 'At 5.30 '].map(startsSentence)).toEqual([false, false, false, false]);
  });
});
