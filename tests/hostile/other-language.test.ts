import { describe, expect, it } from 'vitest';
import { analyseStory } from '../../src/lib/analyse.ts';
import { otherLanguageStory } from './other-language-story.ts';

describe('a version in another language', () => {
  const analysis = analyseStory(otherLanguageStory());

  it('is left out of the fact index, with the reason, and raises no flag', () => {
    expect(analysis.factsSkipped).toEqual([{ version: 'french', reason: 'language', englishShare: expect.any(Number) }]);
    expect(analysis.factsSkipped![0]!.englishShare).toBeLessThan(0.1);
    expect(analysis.facts.flatMap((fact) => fact.mentions.map((mention) => mention.version))).not.toContain('french');
    expect(analysis.facts.filter((fact) => fact.disagreement).map((fact) => fact.note)).toEqual([]);
  });

  it('still takes part in the alignment and the compare pages', () => {
    expect(analysis.alignment.some((group) => group.sentences.includes('french/s-1'))).toBe(true);
    expect(analysis.pairs.map((pair) => `${pair.a}/${pair.b}`)).toContain('english-a/french');
  });
});
