import { describe, expect, it } from 'vitest';
import { compareFactIndex, compareRows } from '../components/html/compare-rows.ts';
import { exportStory } from '../lib/export/index.ts';
import { smallStory } from '../../tests/fixtures/site/small-story.ts';
import { compareView, pairView } from './compare-view.ts';
import { exportSource, pairData } from './pair-data.ts';

describe('pairData and exportSource', () => {
  it("give the compare view, from the story's export and the pair's stored diff, the page the build makes", () => {
    const story = smallStory();
    const exported = JSON.parse(JSON.stringify(exportStory(story))) as ReturnType<typeof exportStory>;
    const data = JSON.parse(JSON.stringify(pairData(story, 'wire', 'paper'))) as ReturnType<typeof pairData>;
    const inBrowser = pairView(exportSource(exported, data), 'wire', 'paper');
    const built = compareView(story, 'wire', 'paper');
    expect(compareRows(inBrowser).value).toBe(compareRows(built).value);
    // The build writes the page's fact index; the browser's rows number their marks by the same list.
    expect(compareFactIndex(inBrowser, '/f/')).toEqual(compareFactIndex(built, '/f/'));
    expect(compareFactIndex(built, '/f/').facts.length).toBeGreaterThan(0);
    expect(inBrowser.density).toEqual(built.density);
    expect(inBrowser.disagreements).toEqual(built.disagreements);
  });

  it('carries the fact mentions inside sentences and each sentence length in tokens', () => {
    const data = pairData(smallStory(), 'wire', 'paper');
    expect(data.mentions['wire/s-1']).toEqual([[19, 25, 'date-pier-closed']]);
    expect(data.lengths.a).toEqual(smallStory().versions[0]!.sentences.map((sentence) => sentence.tokens.length));
  });
});
