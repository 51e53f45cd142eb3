import { describe, expect, it } from 'vitest';
import { generateStory } from '../../bench/generate-corpus.ts';
import { createRandom, deriveSeed } from '../../bench/corpus/random.ts';
import { analyseStory } from '../../src/lib/analyse.ts';
import { parseManifest } from '../../src/lib/ingest/index.ts';

const encoder = new TextEncoder();

function versionFiles(files: Record<string, string>): string[] {
  return Object.keys(files)
    .filter((name) => name !== 'story.yaml')
    .sort();
}

describe('seeded random source', () => {
  it('gives the same sequence for the same seed, and another for another seed', () => {
    const first = createRandom(42);
    const again = createRandom(42);
    const other = createRandom(43);
    const a = Array.from({ length: 5 }, () => first.int(0, 1000));
    expect(Array.from({ length: 5 }, () => again.int(0, 1000))).toEqual(a);
    expect(Array.from({ length: 5 }, () => other.int(0, 1000))).not.toEqual(a);
  });

  it('derives distinct seeds for distinct parts', () => {
    expect(deriveSeed(1, 'story', 1)).not.toBe(deriveSeed(1, 'story', 2));
    expect(deriveSeed(1, 'story', 1)).toBe(deriveSeed(1, 'story', 1));
  });
});

describe('generateStory', () => {
  it('is reproducible from its seed and index', () => {
    expect(generateStory(1, 3, 6)).toEqual(generateStory(1, 3, 6));
    expect(generateStory(2, 3, 6).files).not.toEqual(generateStory(1, 3, 6).files);
  });

  it('names stories by index, country and subject', () => {
    expect([0, 1, 2].map((index) => generateStory(1, index, 6).slug)).toEqual([
      '0001-tamsara-migrants',
      '0002-valdoria-passengers',
      '0003-zemlya-migrants',
    ]);
  });

  it('writes a story.yaml listing every version file', () => {
    const story = generateStory(1, 0, 6);
    const manifest = parseManifest(story.files['story.yaml']!, story.slug);
    expect(manifest.versions.map((version) => version.file).sort()).toEqual(versionFiles(story.files));
    expect(manifest.versions).toHaveLength(6);
    expect(new Set(manifest.versions.map((version) => version.id)).size).toBe(6);
  });

  it('writes an original of about 500 words and lays versions out like the seed captures', () => {
    const story = generateStory(1, 0, 6);
    const texts = versionFiles(story.files).map((name) => story.files[name]!);
    const words = texts[0]!.split(/\s+/).filter(Boolean).length;
    expect(words).toBeGreaterThanOrEqual(450);
    expect(words).toBeLessThanOrEqual(600);
    expect(texts[1]!.startsWith('Audio By Carbonatix\n')).toBe(true);
    expect(texts[1]).toContain('\nLatest Stories\n-\n');
    expect(texts[2]).toMatch(/\d+ minutes agoShareSave/);
    expect(texts[3]).toContain('\n\nREAD ALSO: ');
    expect(texts[4]).toContain('\nAlso, read: ');
    expect(texts[5]).toContain('â€');
  });

  it('repeats the kinds of version past six, each file different', () => {
    const story = generateStory(1, 0, 16);
    const texts = versionFiles(story.files).map((name) => story.files[name]!);
    expect(texts).toHaveLength(16);
    expect(new Set(texts).size).toBe(16);
    expect(texts[6]!.startsWith('Audio By Carbonatix\n')).toBe(true);
  });

  it('gives stories the pipeline analyses end to end', () => {
    for (const index of [0, 1, 2]) {
      const { slug, files } = generateStory(1, index, 6);
      const { 'story.yaml': manifestText = '', ...versions } = files;
      const analysis = analyseStory({
        slug,
        dir: slug,
        manifestText,
        files: Object.fromEntries(Object.entries(versions).map(([name, text]) => [name, encoder.encode(text)])),
      });
      expect(analysis.versions).toHaveLength(6);
      expect(analysis.pairs).toHaveLength(15);
      for (const version of analysis.versions) expect(version.sentences.length).toBeGreaterThanOrEqual(10);
    }
  });
});
