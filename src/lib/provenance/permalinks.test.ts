import { describe, expect, it } from 'vitest';
import { harbourtonInput, seedStoryInput, withAppendedVersion } from '../../../tests/fixtures/provenance/stories.ts';
import { analyseStory } from '../analyse.ts';
import type { StoryAnalysis } from '../story-analysis.ts';

/** What a permalink `/stories/<slug>/<version>/#s-<n>` resolves to. */
function permalinks(story: StoryAnalysis): Map<string, string> {
  return new Map(
    story.versions.flatMap((version) =>
      version.sentences.map((sentence) => [
        `${version.id}/#s-${sentence.n}`,
        `${sentence.id} ${sentence.start}-${sentence.end} ${sentence.text}`,
      ]),
    ),
  );
}

describe('sentence permalinks', () => {
  const before = analyseStory(seedStoryInput());
  const unrelated = analyseStory(harbourtonInput());
  const appended = analyseStory(
    withAppendedVersion(seedStoryInput(), { id: 'syndicated', file: 'syndicated-copy.txt', outlet: 'Syndicated copy' }),
  );
  const again = analyseStory(seedStoryInput());

  it('point at the same sentence after a version is appended to the story', () => {
    const old = permalinks(before);
    const now = permalinks(appended);
    expect(old.size).toBe(76);
    for (const [link, sentence] of old) expect(now.get(link), link).toBe(sentence);
    expect(now.size).toBe(old.size + appended.versions.at(-1)!.sentences.length);
  });

  it('point at the same sentence after an unrelated story is analysed', () => {
    expect(unrelated.slug).not.toBe(before.slug);
    expect(permalinks(again)).toEqual(permalinks(before));
  });

  // Alignment group ids (`g-<n>`) are numbered in reading order over all versions, so a new version
  // can renumber them: they are not permalinks, and no page links to a group from outside the story.
  it('are not offered for alignment groups, whose numbering may change', () => {
    const groupOf = (story: StoryAnalysis) =>
      new Map(story.alignment.map((group) => [group.id, group.sentences.filter((id) => !id.startsWith('syndicated/')).join(' ')]));
    const changed = [...groupOf(before)].filter(([id, sentences]) => groupOf(appended).get(id) !== sentences);
    expect(changed.length).toBeGreaterThan(0);
  });
});
