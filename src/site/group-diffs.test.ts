import { describe, expect, it } from 'vitest';
import { analysedSeedStory, analysedSyntheticStory } from '../../tests/fixtures/site/analysed-stories.ts';
import { diffSentenceGroup } from '../lib/diff/index.ts';
import type { Sentence } from '../lib/types.ts';
import type { StoryAnalysis } from '../lib/story-analysis.ts';
import { sharedGroupDiff } from './group-diffs.ts';

/** Every cell of every alignment page: a group's sentences of a base version against another version's. */
function cells(story: StoryAnalysis): [Sentence[], Sentence[]][] {
  const versionOf = new Map(story.versions.flatMap((version) => version.sentences.map((sentence) => [sentence.id, sentence] as const)));
  const result: [Sentence[], Sentence[]][] = [];
  for (const group of story.alignment) {
    const members = group.sentences.map((id) => versionOf.get(id)!);
    const of = (version: string) => members.filter((sentence) => sentence.version === version).sort((x, y) => x.n - y.n);
    for (const base of story.versions) {
      for (const other of story.versions) {
        if (other === base || of(base.id).length === 0 || of(other.id).length === 0) continue;
        result.push([of(base.id), of(other.id)]);
      }
    }
  }
  return result;
}

const seed = await analysedSeedStory();
const synthetic = analysedSyntheticStory();

describe('sharedGroupDiff', () => {
  it.each([
    ['the seed story', seed],
    ['a synthetic story of near-copies', synthetic],
  ])('gives %s every cell exactly the diff of its own sentences', (_name, story) => {
    for (const [base, other] of cells(story)) expect(sharedGroupDiff(story, base, other)).toEqual(diffSentenceGroup(base, other));
  });

  it('computes a diff once for cells whose sentences read the same, and gives each cell its own tokens', () => {
    const story = synthetic;
    const textOf = (sentences: Sentence[]) => sentences.map((sentence) => sentence.text).join(' ');
    const all = cells(story).filter(([base, other]) => textOf(base) !== textOf(other));
    const [first, second] = all.flatMap((cell, i) =>
      all
        .slice(i + 1)
        .filter((later) => textOf(later[0]) === textOf(cell[0]) && textOf(later[1]) === textOf(cell[1]) && later[0] !== cell[0])
        .map((later) => [cell, later] as const),
    )[0]!;
    const one = sharedGroupDiff(story, ...first);
    const two = sharedGroupDiff(story, ...second);
    expect(two.ops).toBe(one.ops);
    expect(two.aTokens).toEqual(second[0].flatMap((sentence) => sentence.tokens));
    expect(two.aTokens[0]).toBe(second[0][0]!.tokens[0]);
    expect(one.aTokens[0]).toBe(first[0][0]!.tokens[0]);
  });
});
