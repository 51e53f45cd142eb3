import { describe, expect, it } from 'vitest';
import { isSpeechVerb, SPEECH_VERBS } from './speech-verbs.ts';

describe('speech verbs', () => {
  it('knows the forms a report uses, in any case', () => {
    expect(['said', 'Asked', 'TOLD', 'replies', 'vowed'].map(isSpeechVerb)).toEqual([true, true, true, true, true]);
    expect(['sad', 'asking', 'tolled', 'the'].map(isSpeechVerb)).toEqual([false, false, false, false]);
    expect(SPEECH_VERBS.size).toBe(51);
  });
});
