import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  captureFixtures,
  fixturesDir,
  largePage,
  readStoryFolder,
  scoreCapture,
  shownText,
} from '../../../../tests/support/html-captures.ts';
import { analyseStory } from '../../analyse.ts';
import type { AnalysedVersion } from '../../types.ts';
import { readHtml } from './index.ts';

// The saved-page fixtures (tests/fixtures/html-*/), each a page written for the tests in one common
// layout, with labels written before any extractor ran on it (expected.yaml): the article's paragraphs
// and the page's headline, byline, date and outlet. Scored on the text a reader sees.

const fixtures = captureFixtures();

function analysed(input: ReturnType<typeof readStoryFolder>): AnalysedVersion {
  return analyseStory(input).versions[0]!;
}

describe('saved-page fixtures', () => {
  it('cover the five layouts of the issue, and a magazine feature written after the reader', () => {
    expect(fixtures.map((fixture) => fixture.name)).toEqual([
      'html-blog-theme',
      'html-live-blog',
      'html-magazine-feature',
      'html-news-site',
      'html-split-by-ads',
      'html-wire-republisher',
    ]);
  });

  for (const fixture of fixtures) {
    describe(fixture.name, () => {
      const version = analysed(fixture.input);
      const score = scoreCapture(fixture.original, version, fixture.labels.paragraphs);

      it('keeps every article paragraph whole and removes at least 95% of the junk', () => {
        console.info(
          `${fixture.name}: junk removed ${score.junkRemoved.toFixed(3)}, ` +
            `paragraphs kept ${score.paragraphsKept.filter((kept) => kept === 1).length}/${score.paragraphsKept.length}`,
        );
        expect(score.missing).toEqual([]);
        expect(score.paragraphsKept).toEqual(fixture.labels.paragraphs.map(() => 1));
        expect(score.junkRemoved, `junk kept: ${JSON.stringify(score.keptJunk)}`).toBeGreaterThanOrEqual(0.95);
      });

      it('reads the headline, byline, date and outlet from the page, saying where', () => {
        expect(version.title).toBe(fixture.labels.title);
        expect(version.byline).toBe(fixture.labels.byline);
        expect(version.published).toBe(fixture.labels.published);
        expect(version.publishedFrom).toBe('page');
        expect(version.pageOutlet).toBe(fixture.labels.outlet);
        expect(Object.keys(version.metadataFrom ?? {}).sort()).toEqual(['byline', 'outlet', 'published', 'title']);
      });

      it('lists what the extractor left out, each fragment with its reason and its own text', () => {
        const page = readHtml(fixture.original)!;
        expect(page.removed.length).toBeGreaterThan(5);
        for (const fragment of page.removed) {
          expect(fragment.text).toBe(fixture.original.slice(fragment.start, fragment.end));
          expect(fragment.reason).not.toBe('');
          // Markup that is never shown is never listed: no fragment holds a script, a style or a comment.
          expect(fragment.text).not.toMatch(/<script|<style|<!--/iu);
        }
      });

      it('gives every sentence offsets whose slice of the page, tags removed and entities decoded, is the sentence', () => {
        let previousEnd = 0;
        for (const sentence of version.sentences) {
          expect(sentence.start).toBeGreaterThanOrEqual(previousEnd);
          expect(shownText(fixture.original, sentence.start, sentence.end, version.removed)).toBe(sentence.text);
          for (const token of sentence.tokens) expect(shownText(fixture.original, token.start, token.end)).toBe(token.text);
          previousEnd = sentence.end;
        }
      });
    });
  }
});

describe('a story mixing .html, .txt and .md versions', () => {
  const analysis = analyseStory(readStoryFolder(path.join(fixturesDir, 'html-mixed-story')));
  const sentenceText = new Map(analysis.versions.flatMap((version) => version.sentences.map((sentence) => [sentence.id, sentence.text])));
  const groupOf = (version: string, words: string): string[] => {
    const id = analysis.versions
      .find((candidate) => candidate.id === version)!
      .sentences.find((sentence) => sentence.text.includes(words))?.id;
    expect(id, `${version}: no sentence with "${words}"`).toBeDefined();
    return analysis.alignment.find((group) => group.sentences.includes(id!))!.sentences;
  };

  it('reads each version with its own reader', () => {
    expect(analysis.versions.map((version) => [version.id, version.format])).toEqual([
      ['gazette', 'html'],
      ['radio', 'txt'],
      ['notes', 'md'],
    ]);
  });

  it('aligns the corresponding sentences across the three formats', () => {
    const vote = groupOf('gazette', 'seven to two');
    expect(vote.map((id) => sentenceText.get(id))).toEqual(
      expect.arrayContaining([expect.stringContaining('seven to two'), expect.stringContaining('seven to two')]),
    );
    expect(new Set(vote.map((id) => id.split('/')[0]))).toEqual(new Set(['gazette', 'radio', 'notes']));
    const cracks = groupOf('gazette', 'two cracks');
    expect(new Set(cracks.map((id) => id.split('/')[0]))).toEqual(new Set(['gazette', 'radio', 'notes']));
    const buses = groupOf('radio', 'Hollins Cross');
    expect(buses.some((id) => id.startsWith('gazette/'))).toBe(true);
  });

  it('compares the versions like any other: a pair entry for each pair, with shared words', () => {
    expect(analysis.pairs.map((pair) => `${pair.a}-${pair.b}`)).toEqual(['gazette-radio', 'gazette-notes', 'radio-notes']);
    for (const pair of analysis.pairs) expect(pair.similarity).toBeGreaterThan(0.2);
  });
});

describe('a heavy news page', () => {
  // Its reading time (target 20 ms for about 100 kB) is measured by `npm run bench` (bench/html-extraction.ts).
  it('of about 100 kB keeps its 30 article paragraphs and none of its menus or related-story cards', () => {
    const text = readHtml(largePage(100_000))!.text.text;
    expect(text.match(/Paragraph \d+ of the report/gu)).toEqual(Array.from({ length: 30 }, (_, i) => `Paragraph ${i + 1} of the report`));
    expect(text).not.toContain('Another story');
    expect(text).not.toContain('Section 12');
  });
});
