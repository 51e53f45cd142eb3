import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseStory } from '../../src/lib/analyse.ts';
import type { StoryAnalysis } from '../../src/lib/story-analysis.ts';
import { storyVersions, toStory } from './arbitraries.ts';

// Every sentence lands in exactly one alignment group whatever the order of the versions in
// story.yaml, and the analysis is deterministic: the same input gives a deep-equal model, and
// reordering the manifest gives the same groups. Ids are deliberately not in manifest order, so the
// aligner's own ordering is what is tested.

const IDS = ['zulu', 'alpha', 'mike', 'bravo'];

const storyWithOrder = storyVersions.chain((texts) => {
  const indexes = texts.map((_, i) => i);
  return fc.tuple(fc.constant(texts), fc.shuffledSubarray(indexes, { minLength: texts.length, maxLength: texts.length }));
});

function expectEachSentenceInOneGroup(analysis: StoryAnalysis): void {
  const sentenceIds = analysis.versions.flatMap((version) => version.sentences.map((sentence) => sentence.id)).sort();
  expect(analysis.alignment.flatMap((group) => group.sentences).sort()).toEqual(sentenceIds);
}

describe('alignment and determinism', () => {
  it('puts every sentence in exactly one group, and gives the same groups whatever the manifest order', () => {
    fc.assert(
      fc.property(storyWithOrder, ([texts, order]) => {
        const ids = texts.map((_, i) => IDS[i]!);
        const listed = analyseStory(toStory(texts, ids));
        const reordered = analyseStory(
          toStory(
            order.map((i) => texts[i]!),
            order.map((i) => ids[i]!),
          ),
        );
        expectEachSentenceInOneGroup(listed);
        expectEachSentenceInOneGroup(reordered);
        expect(reordered.alignment).toEqual(listed.alignment);
        expect(reordered.alignmentLimits).toEqual(listed.alignmentLimits);
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it('gives a deep-equal analysis for the same input', () => {
    fc.assert(
      fc.property(storyVersions, (texts) => {
        const input = toStory(texts);
        expect(analyseStory(input)).toEqual(analyseStory(input));
      }),
      { numRuns: 30 },
    );
  }, 120_000);
});
