/**
 * The odd stories of tests/hostile, whole, as the pipeline's input: the tests assert what the pipeline
 * makes of them and `npm run bench` (bench/hard-inputs.ts) times them against a target, on the same input.
 */
import type { StoryInput } from '../../src/lib/types.ts';
import { hugeVersion, rotateParagraphs, unpunctuated } from './odd-texts.ts';
import { storyInput } from './story-input.ts';

/** A 5 MB version made of the seed captures, beside the first capture. */
export function hugeStory(seeds: readonly string[]): StoryInput {
  return storyInput('huge', [
    { id: 'huge', text: hugeVersion(seeds, 5_000_000) },
    { id: 'bbc', text: seeds[0]! },
  ]);
}

/** Two versions of about 0.9 MB each, just under the 1 MB limit, the captures in different orders. */
export function twoLongVersionsStory(seeds: readonly string[]): StoryInput {
  return storyInput('long', [
    { id: 'long-a', text: hugeVersion(seeds, 900_000) },
    { id: 'long-b', text: hugeVersion([...seeds.slice(2), ...seeds.slice(0, 2)], 900_000) },
  ]);
}

/** Twenty versions: the seed captures in turn, their paragraphs rotated by the version's number. */
export function twentyVersionsStory(seeds: readonly string[]): StoryInput {
  return storyInput(
    'twenty',
    Array.from({ length: 20 }, (_, i) => ({
      id: `v${String(i + 1).padStart(2, '0')}`,
      text: rotateParagraphs(seeds[i % seeds.length]!, i),
    })),
  );
}

/** Two versions of 700 words without any punctuation. */
export function unpunctuatedStory(): StoryInput {
  return storyInput('no-punctuation', [
    { id: 'a', text: unpunctuated(700, 1) },
    { id: 'b', text: unpunctuated(700, 2) },
  ]);
}

/** A story of one saved page, `page.html`, under tests/hostile/<slug>. */
export function pageStory(slug: string, html: string): StoryInput {
  return {
    slug,
    dir: `tests/hostile/${slug}`,
    manifestText: `title: ${slug}\nversions:\n  - id: page\n    file: page.html\n    outlet: Page Outlet\n`,
    files: { 'page.html': new TextEncoder().encode(html) },
  };
}

/**
 * Five different paragraphs, repeated in turn: pages of one paragraph printed again and again read
 * as a deck restated by the article (the cleaner's restatement signal), which is not what these
 * pages test.
 */
export const HARBOUR_SENTENCES = [
  'The harbour board met on Monday to decide the future of the old ferry slipway, closed since the storm in February.',
  'Engineers told members that the concrete apron had cracked in three places and would cost about £90,000 to mend.',
  'A petition signed by 412 island residents asked for the crossing to reopen before the summer timetable begins.',
  'The board chair said a decision would follow a second survey, due by the end of April.',
  'Fishing crews, who also moor beside the slipway, asked to be consulted on any new design.',
];

function harbourProse(paragraphs: number): string {
  return Array.from({ length: paragraphs }, (_, i) => `<p>${HARBOUR_SENTENCES[i % HARBOUR_SENTENCES.length]}</p>`).join('');
}

/** Four paragraphs inside elements nested 4,000 deep (within the 5,000 limit). */
export function deepPage(): string {
  return `<html><body>${'<div><blockquote>'.repeat(2_000)}${harbourProse(4)}${'</blockquote></div>'.repeat(2_000)}</body></html>`;
}

/** A page nesting elements 160,000 deep from its third line. */
export function overNestedPage(): string {
  return `<html><body>\n<p>Some text.</p>\n${'<div><span>'.repeat(80_000)}</body></html>`;
}

/** A page just under 1 MB: 20 paragraphs of article, then thousands of related-story cards. */
export function heavyPage(): string {
  const card = '<li class="card"><a href="/story"><img src="/i.jpg" alt=""><span>Another story about the district council</span></a></li>';
  const prose = harbourProse(20);
  const cards = card.repeat(Math.floor((990_000 - prose.length) / card.length));
  return `<html><body><article>${prose}</article><aside class="related"><ul>${cards}</ul></aside></body></html>`;
}
