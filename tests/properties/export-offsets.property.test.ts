import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseStory } from '../../src/lib/analyse.ts';
import { exportStory } from '../../src/lib/export/index.ts';
import { seedTexts } from '../hostile/story-input.ts';
import { toStory, versionText } from './arbitraries.ts';
import { collapse, replayFragments } from './original-text.ts';

// Every offset in the export points at the same text in the original file. For a .txt version the
// invariant is exact: replay the recorded fragments inside [start, end) of the original, collapse
// whitespace, and you get the sentence as exported. A removed fragment's offsets hold its text.

function checkOffsets(texts: readonly string[]): void {
  const exported = exportStory(analyseStory(toStory(texts)));
  exported.versions.forEach((version, index) => {
    const original = texts[index]!;
    for (const fragment of version.removed) {
      expect(original.slice(fragment.start, fragment.end)).toBe(fragment.text);
    }
    let previousEnd = 0;
    for (const sentence of version.sentences) {
      expect(sentence.start).toBeGreaterThanOrEqual(previousEnd);
      expect(sentence.end).toBeLessThanOrEqual(original.length);
      expect(collapse(replayFragments(original, sentence.start, sentence.end, version.removed))).toBe(sentence.text);
      previousEnd = sentence.end;
    }
    // Nothing silently dropped: the whole file, fragments replayed, is the cleaned text.
    expect(collapse(replayFragments(original, 0, original.length, version.removed))).toBe(collapse(version.text));
  });
}

describe('export offsets', () => {
  it('point at each sentence and fragment of the five seed captures', () => {
    checkOffsets(seedTexts());
  });

  it('point at each sentence and fragment of generated scraped text (junk, glue, mojibake, CRLF)', () => {
    fc.assert(
      fc.property(fc.array(versionText, { minLength: 1, maxLength: 2 }), (texts) => checkOffsets(texts)),
      { numRuns: 150 },
    );
  }, 120_000);
});
