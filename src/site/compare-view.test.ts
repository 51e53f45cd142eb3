import { describe, expect, it } from 'vitest';
import { analysedSyntheticStory } from '../../tests/fixtures/site/analysed-stories.ts';
import { compareView, type SentenceView } from './compare-view.ts';

const story = analysedSyntheticStory();
const [first, second, third] = story.versions;

function sentencesOf(view: ReturnType<typeof compareView>, side: 'a' | 'b'): SentenceView[] {
  return view.rows.flatMap((row) => row[side]);
}

describe('compareView', () => {
  it('shares the view of a sentence the diff leaves unmarked between the pages of its story', () => {
    const one = sentencesOf(compareView(story, first!.id, second!.id), 'a');
    const two = sentencesOf(compareView(story, first!.id, third!.id), 'a');
    const unmarked = (sentence: SentenceView) => sentence.runs.every((run) => run.kind === 'same');
    const shared = one.filter((sentence) => unmarked(sentence) && two.includes(sentence));
    expect(shared.length).toBeGreaterThan(0);
    for (const sentence of shared) expect(sentence.href).toBe(`/stories/${story.slug}/${first!.id}/#s-${sentence.n}`);
  });

  it('gives every page its own views of marked sentences', () => {
    const one = sentencesOf(compareView(story, first!.id, second!.id), 'a').filter((sentence) =>
      sentence.runs.some((run) => run.kind !== 'same'),
    );
    const again = sentencesOf(compareView(story, first!.id, second!.id), 'a');
    expect(one.length).toBeGreaterThan(0);
    for (const sentence of one) expect(again).not.toContain(sentence);
  });
});
