import { describe, expect, it } from 'vitest';
import { ALIGNMENT_STOPWORDS, FACT_STOPWORDS, FUNCTION_WORDS } from './stopwords.ts';

describe('stop words', () => {
  it('share one base of function words', () => {
    expect(FUNCTION_WORDS.size).toBe(116);
    for (const word of FUNCTION_WORDS) {
      expect(ALIGNMENT_STOPWORDS.has(word)).toBe(true);
      expect(FACT_STOPWORDS.has(word)).toBe(true);
    }
    expect(['the', 'would', 'between', 'us'].every((word) => FUNCTION_WORDS.has(word))).toBe(true);
  });

  it('add what each stage ignores for its own reasons', () => {
    expect(ALIGNMENT_STOPWORDS.size).toBe(183);
    expect(FACT_STOPWORDS.size).toBe(127);
    // Alignment: negations, contractions, discourse words and reporting verbs carry no event.
    expect(['not', "don't", 'however', 'said', 'according'].filter((word) => ALIGNMENT_STOPWORDS.has(word))).toHaveLength(5);
    // Facts: a negation changes a claim, so it is content.
    expect(['not', 'no', 'never', 'said'].filter((word) => FACT_STOPWORDS.has(word))).toEqual([]);
    expect(['because', 'around', 'even', "'s"].filter((word) => FACT_STOPWORDS.has(word))).toHaveLength(4);
    expect(['migrants', 'deportation'].some((word) => ALIGNMENT_STOPWORDS.has(word) || FACT_STOPWORDS.has(word))).toBe(false);
  });
});
