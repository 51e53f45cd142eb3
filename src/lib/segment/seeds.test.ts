/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import { cleanVersion } from '../clean/index.ts';
import { mapOriginal, sliceMapped } from '../text/mapped-text.ts';
import type { MappedText, SegmentResult } from '../types.ts';
import { segmentVersion } from './segment-version.ts';

// Vite reads the files as text, byte for byte, so src/lib stays free of node:fs even in its tests.
const SEED_TEXTS: Record<string, string> = import.meta.glob('../../../content/stories/rwanda-us-migrant-talks/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const SEEDS = [
  '000_0a7d86f5b93e4cd4.txt',
  '001_24daf8c376659fd9.txt',
  '002_39525e7978c702e1.txt',
  '003_c4cad0dce3722aec.txt',
  '004_b2f98e1edda7d87e.txt',
];

interface Span {
  start: number;
  end: number;
}

function readSeed(file: string): string {
  const text = SEED_TEXTS[`../../../content/stories/rwanda-us-migrant-talks/${file}`];
  if (text === undefined) throw new Error(`Seed ${file} not found`);
  return text;
}

/** Lines `from`..`to` (1-based, inclusive) of a file as a mapped body, keeping original offsets. */
function lines(original: string, from: number, to: number): MappedText {
  const starts = [0];
  for (let i = 0; i < original.length; i++) if (original[i] === '\n') starts.push(i + 1);
  return sliceMapped(mapOriginal(original), starts[from - 1]!, starts[to]! - 1);
}

/** The invariants every segmentation must keep, whatever the text. */
function expectFaithfulOffsets(result: SegmentResult, original: string, edited: readonly Span[] = []): void {
  let previousEnd = 0;
  for (const sentence of result.sentences) {
    expect(sentence.start).toBeGreaterThanOrEqual(previousEnd);
    expect(sentence.end).toBeGreaterThan(sentence.start);
    if (edited.length === 0) expect(original.slice(sentence.start, sentence.end).replace(/\s+/g, ' ')).toBe(sentence.text);
    previousEnd = sentence.end;
    let tokenEnd = sentence.start;
    for (const token of sentence.tokens) {
      const touched = edited.some((span) => span.start < token.end && token.start < span.end);
      if (!touched) expect(original.slice(token.start, token.end)).toBe(token.text);
      expect(sentence.text.slice(token.at, token.at + token.text.length)).toBe(token.text);
      expect(token.start).toBeGreaterThanOrEqual(tokenEnd);
      tokenEnd = token.end;
    }
    expect(tokenEnd).toBeLessThanOrEqual(sentence.end);
  }
  expect(result.paragraphs.flatMap((paragraph) => paragraph.sentences)).toEqual(result.sentences.map((s) => s.n));
}

describe('segmentVersion on the raw seeds', () => {
  it.each(SEEDS)('keeps faithful offsets for every sentence and token of %s', (file) => {
    const original = readSeed(file);
    expectFaithfulOffsets(segmentVersion(mapOriginal(original), 'v'), original);
  });

  it('finds these sentence counts', () => {
    const counts = SEEDS.map((file) => segmentVersion(mapOriginal(readSeed(file)), 'v').sentences.length);
    expect(counts).toEqual([18, 47, 15, 17, 17]);
  });

  it('splits the BBC capture where the scrape lost spaces', () => {
    const texts = segmentVersion(mapOriginal(readSeed(SEEDS[0]!)), 'bbc').sentences.map((s) => s.text);
    expect(texts[1]).toBe(
      'His comments come after US Secretary of State Marco Rubio said last month that Washington was "actively searching" for ' +
        'countries that would take in "some of the most despicable human beings".',
    );
    expect(texts[2]!.startsWith('Nduhungireh said the talks were')).toBe(true);
    expect(texts[8]).toBe('Salvadorean President Nayib Bukele said his government would do so "in exchange for a fee".');
    expect(texts[16]).toBe('Getty Images/BBCGo to BBCAfrica.com for more news from the African continent.');
  });
});

describe('segmentVersion on clean seed bodies', () => {
  it('001, lines 2 to 15: one sentence per paragraph', () => {
    const original = readSeed(SEEDS[1]!);
    const result = segmentVersion(lines(original, 2, 15), 'republisher');
    expectFaithfulOffsets(result, original);
    expect(result.paragraphs.length).toBe(14);
    expect(result.sentences.length).toBe(14);
    expect(result.sentences[0]).toMatchObject({
      id: 'republisher/s-1',
      paragraph: 0,
      start: 20,
      text:
        'Rwanda is in the "early stage" of talks with the Trump administration to accept migrants deported by the US, the East ' +
        "African country's Foreign Affairs Minister, Olivier Nduhungirehe, has said.",
    });
    expect(result.sentences[13]).toMatchObject({
      id: 'republisher/s-14',
      paragraph: 13,
      text: 'However, Rwanda says it is a safe place for refugees.',
    });
  });

  it('002: first and last sentences', () => {
    const result = segmentVersion(mapOriginal(readSeed(SEEDS[2]!)), 'afp-based');
    expect(result.paragraphs.length).toBe(14);
    expect(result.sentences[0]!.text).toBe(
      'date 2025-05-05 Rwanda and Washington are in the early stages of talks to receive immigrants from the United States, the ' +
        'Rwandan foreign minister told state media.',
    );
    expect(result.sentences[14]!.text).toBe(
      'Rwanda has also faced mounting pressure over its involvement in the Democratic Republic of Congo, the east of which has ' +
        'been re-engulfed in conflict after a lightning strike by a Rwandan-backed military group.',
    );
  });

  it('003: first and last sentences, and the U.S. that ends a sentence', () => {
    const result = segmentVersion(mapOriginal(readSeed(SEEDS[3]!)), 'blog');
    const texts = result.sentences.map((s) => s.text);
    expect(texts[0]).toBe(
      'Rwanda has confirmed that it is in preliminary discussions with the United States about a potential agreement to host ' +
        'migrants deported from American soil, marking a new chapter in global migration diplomacy.',
    );
    expect(texts[16]).toBe(
      'For now, Rwanda’s willingness to negotiate highlights a global shift: as wealthy nations tighten their borders, others are ' +
        'quietly stepping into roles that could reshape the future of international asylum and resettlement.',
    );
    expect(texts[12]!.endsWith('taking in deportees from the U.S.')).toBe(true);
    expect(texts[13]!.startsWith('El Salvador, for example, offered')).toBe(true);
    expect(texts[4]!.startsWith('The confirmation comes just weeks after U.S. Secretary of State Marco Rubio said')).toBe(true);
  });

  it('004: first and last sentences, and U.S. inside sentences', () => {
    const result = segmentVersion(mapOriginal(readSeed(SEEDS[4]!)), 'other-report');
    const texts = result.sentences.map((s) => s.text);
    expect(result.paragraphs.map((p) => p.sentences)).toEqual([[1], [2, 3, 4, 5], [6, 7, 8, 9], [10, 11, 12, 13], [14, 15, 16, 17]]);
    expect(texts[0]).toBe(
      'Rwanda has confirmed it is in preliminary talks with the Trump administration over a potential agreement to receive ' +
        'immigrants deported from the United States, as Washington ramps up efforts to remove noncitizens under controversial new ' +
        'immigration policies.',
    );
    expect(texts[16]).toBe(
      'Nevertheless, Rwanda continues to promote itself as a dependable partner in global migration management, despite the ' +
        'political and legal hurdles such agreements have faced elsewhere.',
    );
    expect(texts[5]!.startsWith('U.S. President Donald Trump has vowed')).toBe(true);
    expect(texts[14]).toBe(
      'According to Home Secretary Yvette Cooper, the UK had spent £700 million (approximately €821 million) with only four ' +
        'voluntary transfers to Rwanda.',
    );
  });
});

describe('segmentVersion on the cleaned seeds', () => {
  it.each(SEEDS)('keeps faithful offsets through the cleaner for %s', (file) => {
    const original = readSeed(file);
    const { body, removed } = cleanVersion(mapOriginal(original));
    const result = segmentVersion(body, 'v');
    // Where the cleaner removed or repaired text inside a token, the token differs from the original.
    expectFaithfulOffsets(result, original, removed);
    // Segmenting loses nothing but whitespace.
    const kept = result.sentences.map((sentence) => sentence.text).join('');
    expect(kept.replace(/\s/g, '')).toBe(body.text.replace(/\s/g, ''));
  });
});
