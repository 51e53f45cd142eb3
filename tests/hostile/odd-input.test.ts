import { describe, expect, it } from 'vitest';
import { analyseStory } from '../../src/lib/analyse.ts';
import { diffPair } from '../../src/lib/diff/index.ts';
import { StoryInputError } from '../../src/lib/errors.ts';
import type { StoryAnalysis } from '../../src/lib/story-analysis.ts';
import { ingestStory } from '../../src/lib/ingest/index.ts';
import { hugeStory, twentyVersionsStory, twoLongVersionsStory, unpunctuatedStory } from './odd-stories.ts';
import { EMOJI_AND_MARKS_A, EMOJI_AND_MARKS_B, RIGHT_TO_LEFT_A, RIGHT_TO_LEFT_B, UNRELATED } from './odd-texts.ts';
import { seedTexts, storyInput, thrownBy } from './story-input.ts';

// Odd input at the pipeline level: each case either analyses into something a page can show, or
// stops with a StoryInputError. What each stage reports about its own limits (alignment capped,
// pairs scored, facts budgets, a degraded diff) is asserted here; the CPU time of the large cases is
// measured against its target by `npm run bench` (bench/hard-inputs.ts), not here.

const seeds = seedTexts();

/** Every sentence of every version in exactly one group, and no group naming an unknown sentence. */
function expectEachSentenceInOneGroup(analysis: StoryAnalysis): void {
  const sentenceIds = analysis.versions.flatMap((version) => version.sentences.map((sentence) => sentence.id));
  const grouped = analysis.alignment.flatMap((group) => group.sentences);
  expect(grouped.length).toBe(sentenceIds.length);
  expect(new Set(grouped)).toEqual(new Set(sentenceIds));
}

/** Offsets point at the sentence's own text in the original file (whitespace aside). */
function expectTokensAtTheirOffsets(analysis: StoryAnalysis, originals: Record<string, string>): void {
  for (const version of analysis.versions) {
    const original = originals[version.id]!;
    for (const token of version.sentences.flatMap((sentence) => sentence.tokens)) {
      expect(original.slice(token.start, token.end)).toBe(token.text);
    }
  }
}

describe('very long versions', () => {
  it('a 5 MB version stops the analysis with a message naming the file, the line over the limit and what to do', () => {
    const input = hugeStory(seeds);
    const huge = new TextDecoder().decode(input.files['huge.txt']);
    expect(huge.length).toBeGreaterThanOrEqual(5_000_000);
    const failure = thrownBy(() => analyseStory(input));
    expect(failure).toBeInstanceOf(StoryInputError);
    const lineOverLimit = new TextDecoder().decode(new TextEncoder().encode(huge).slice(0, 1_000_000)).split('\n').length;
    expect((failure as StoryInputError).message).toMatch(
      new RegExp(
        `^tests/hostile/huge/huge\\.txt:${lineOverLimit} the file is [\\d,]+ bytes; ` +
          `a version may be at most 1,000,000 bytes \\(1 MB\\), and this line crosses the limit — `,
      ),
    );
    // Refused by the first stage, reading the files, before any cleaning or alignment.
    expect(() => ingestStory(input)).toThrow((failure as StoryInputError).message);
  });

  it('two versions just under the limit analyse with the alignment cut short and saying so', () => {
    const input = twoLongVersionsStory(seeds);
    for (const bytes of Object.values(input.files)) expect(bytes.length).toBeLessThanOrEqual(1_000_000);
    const analysis = analyseStory(input);
    const [a, b] = analysis.versions;
    expect(a!.sentences.length).toBeGreaterThan(5_000);
    expect(b!.sentences.length).toBeGreaterThan(5_000);
    expect(analysis.alignmentLimits.capped).toBe(true);
    expect(analysis.alignmentLimits.note).toMatch(/^alignment stopped at 250000 sentence pairs/);
    expect(analysis.pairs).toHaveLength(1);
    // The facts stage's pair budgets hold this size exactly: nothing capped, so no note on the page.
    expect(analysis.factsWork.cappedKinds).toEqual([]);
    expect(analysis.factsWork.cappedFacts).toBe(0);
    expect(analysis.factsWork.note).toBeUndefined();
    expect(analysis.factsWork.groupingPairs).toBeGreaterThan(0);
    expectEachSentenceInOneGroup(analysis);
    // The compare page also diffs the pair the other way round: every b sentence lands in some row.
    const reversed = diffPair(b!, a!, analysis.alignment);
    expect(reversed.rows.reduce((sum, row) => sum + row.a.length, 0)).toBe(b!.sentences.length);
    expect(reversed.rows.reduce((sum, row) => sum + row.b.length, 0)).toBe(a!.sentences.length);
  }, 180_000);
});

describe('many versions', () => {
  it('twenty versions (the seeds, paragraphs rotated) analyse into 190 pairs', () => {
    const analysis = analyseStory(twentyVersionsStory(seeds));
    expect(analysis.pairs).toHaveLength(190);
    expect(analysis.alignmentLimits.capped).toBe(false);
    // The aligner's own work count: the pairs that share a rare enough word, far under the 250,000-pair cap
    // a quadratic candidate search would hit. A change to how candidates are found moves this figure.
    expect(analysis.alignmentLimits.pairsScored).toBe(25_920);
    expectEachSentenceInOneGroup(analysis);
    // Four copies of each capture: each of their sentences finds its three twins.
    const biggest = Math.max(...analysis.alignment.map((group) => group.sentences.length));
    expect(biggest).toBeGreaterThanOrEqual(4);
  }, 60_000);
});

describe('few or unrelated versions', () => {
  it('two unrelated texts: at most one weak link between them, similarity near 0', () => {
    const analysis = analyseStory(
      storyInput('unrelated', [
        { id: 'bbc', text: seeds[0]! },
        { id: 'fete', text: UNRELATED },
      ]),
    );
    expectEachSentenceInOneGroup(analysis);
    const crossing = analysis.alignment.filter((group) => new Set(group.sentences.map((id) => id.split('/')[0])).size > 1);
    // Known weakness, reported to the aligner: "year" alone (rare in a 19-sentence story) links two sentences at 0.117.
    expect(crossing.length).toBeLessThanOrEqual(1);
    for (const link of crossing.flatMap((group) => group.links)) expect(link.score).toBeLessThan(0.2);
    expect(analysis.pairs[0]!.similarity).toBeLessThan(0.02);
  });

  it('a one-version story: every sentence alone in its group, no pairs', () => {
    const analysis = analyseStory(storyInput('single', [{ id: 'bbc', text: seeds[0]! }]));
    expect(analysis.pairs).toEqual([]);
    expect(analysis.alignment.map((group) => group.sentences.length)).toEqual(analysis.versions[0]!.sentences.map(() => 1));
  });

  it('a version that is a single sentence aligns that sentence and leaves the rest of the other alone', () => {
    const sentence = 'Rwanda has confirmed it is in early-stage talks with the US about taking in deported migrants.';
    const analysis = analyseStory(
      storyInput('one-sentence', [
        { id: 'bbc', text: seeds[0]! },
        { id: 'brief', text: sentence },
      ]),
    );
    const brief = analysis.versions[1]!;
    expect(brief.sentences.map((s) => s.text)).toEqual([sentence]);
    const group = analysis.alignment.find((candidate) => candidate.sentences.includes('brief/s-1'))!;
    expect(group.sentences.filter((id) => id.startsWith('bbc/'))).toHaveLength(1);
    expectEachSentenceInOneGroup(analysis);
  });

  it('an empty version stops with a message naming the file', () => {
    expect(() =>
      analyseStory(
        storyInput('empty', [
          { id: 'bbc', text: seeds[0]! },
          { id: 'blank', text: ' \n\n \t' },
        ]),
      ),
    ).toThrow(StoryInputError);
    expect(() =>
      analyseStory(
        storyInput('empty', [
          { id: 'bbc', text: seeds[0]! },
          { id: 'blank', text: ' \n\n \t' },
        ]),
      ),
    ).toThrow(/^tests\/hostile\/empty\/blank\.txt /);
  });
});

describe('scripts and characters', () => {
  it('right-to-left text: Arabic and Hebrew sentences, the Arabic comma and question mark, aligned across versions', () => {
    const analysis = analyseStory(
      storyInput('rtl', [
        { id: 'a', text: RIGHT_TO_LEFT_A },
        { id: 'b', text: RIGHT_TO_LEFT_B },
      ]),
    );
    expect(analysis.versions[0]!.sentences.map((s) => s.text)).toEqual([
      'قالت رواندا إنها تجري محادثات مع الولايات المتحدة بشأن استقبال مهاجرين مرحلين.',
      'وقال وزير الخارجية إن المحادثات في مرحلة مبكرة، ولم يتم التوصل إلى اتفاق بعد.',
      'هل ستقبل كيغالي المهاجرين؟',
      'לפי הדיווח, המגעים נמצאים בשלב מוקדם.',
    ]);
    expect(analysis.alignment.map((group) => group.sentences)).toEqual([
      ['a/s-1', 'b/s-1'],
      ['a/s-2', 'b/s-2'],
      ['a/s-3', 'b/s-3'],
      ['a/s-4'],
    ]);
    expectTokensAtTheirOffsets(analysis, { a: RIGHT_TO_LEFT_A, b: RIGHT_TO_LEFT_B });
    // The fact rules read English: neither version is read for facts, and the analysis says why.
    expect(analysis.factsSkipped).toEqual([
      { version: 'a', reason: 'language', englishShare: 0 },
      { version: 'b', reason: 'language', englishShare: 0 },
    ]);
    expect(analysis.facts).toEqual([]);
  });

  it('emoji and combining characters stay whole: flags, a ZWJ family, skin tones and stacked accents are never split', () => {
    const analysis = analyseStory(
      storyInput('emoji', [
        { id: 'a', text: EMOJI_AND_MARKS_A },
        { id: 'b', text: EMOJI_AND_MARKS_B },
      ]),
    );
    const tokens = analysis.versions[0]!.sentences.flatMap((sentence) => sentence.tokens.map((token) => token.text));
    const whole = ['🇷🇼', '🇺🇸', '👨‍👩‍👧‍👦', '👍🏽', 'cafe\u0301', 'Z\u0334\u0321a\u0337l\u0338g\u0335o\u0336'];
    expect(tokens).toEqual(expect.arrayContaining(whole));
    for (const token of tokens) {
      expect(token.isWellFormed()).toBe(true);
      expect(token).not.toMatch(/^\p{M}/u);
    }
    expect(analysis.versions[0]!.sentences).toHaveLength(3);
    expect(analysis.alignment.map((group) => group.sentences)).toEqual([
      ['a/s-1', 'b/s-1'],
      ['a/s-2', 'b/s-2'],
      ['a/s-3', 'b/s-3'],
    ]);
    expectTokensAtTheirOffsets(analysis, { a: EMOJI_AND_MARKS_A, b: EMOJI_AND_MARKS_B });
  });

  it('text with no punctuation at all is one long sentence per version, every word kept, and the diff degrades instead of stalling', () => {
    const analysis = analyseStory(unpunctuatedStory());
    expect(analysis.versions.map((version) => version.sentences.length)).toEqual([1, 1]);
    expect(analysis.versions.map((version) => version.wordCount)).toEqual([700, 700]);
    expect(analysis.pairs[0]!.degraded).toBe(true);
  });
});
