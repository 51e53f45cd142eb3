import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cosine, quantize, type SentenceEmbedder } from '../lib/embed/index.ts';
import { cachingEmbedder, embeddingsEnabled, MAX_EMBEDDED_SENTENCES, removeOtherVectors, useLite } from './embedder.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'same-story-vectors-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Counts what it is asked to embed; a text's vector is its length. */
function counting(): SentenceEmbedder & { asked: string[] } {
  const asked: string[] = [];
  return { model: 'fake', asked, embed: async (texts) => texts.map((text) => (asked.push(text), quantize([text.length, 1]))) };
}

describe('embeddingsEnabled', () => {
  it('is off unless SAME_STORY_EMBEDDINGS is 1', () => {
    expect([undefined, '', '0', 'true', '1'].map((setting) => embeddingsEnabled(setting))).toEqual([false, false, false, false, true]);
  });
});

describe('the embedding cache', () => {
  it('embeds only sentences it has not seen, and keeps only the story’s current ones', async () => {
    const base = counting();
    const counts = { cached: 0, embedded: 0 };
    await cachingEmbedder(dir, 'pier', counts, base).embed(['The pier shut.', 'Fees rose.']);
    const again = await cachingEmbedder(dir, 'pier', counts, base).embed(['The pier shut.', 'A new line.']);
    expect(base.asked).toEqual(['The pier shut.', 'Fees rose.', 'A new line.']);
    expect(counts).toEqual({ cached: 1, embedded: 3 });
    expect([...again[0]!]).toEqual([...quantize([14, 1])]);
    const file = JSON.parse(readFileSync(path.join(dir, 'pier.json'), 'utf8')) as { model: string; vectors: object };
    expect(file.model).toBe('fake');
    expect(Object.keys(file.vectors)).toHaveLength(2);
    await removeOtherVectors(dir, new Set(['other']));
    expect(readdirSync(dir)).toEqual([]);
  });

  it('gives a story too long to embed no vectors (aligned on words)', async () => {
    const base = counting();
    const texts = Array.from({ length: MAX_EMBEDDED_SENTENCES + 1 }, (_, i) => `Line ${i}.`);
    const vectors = await cachingEmbedder(dir, 'long', undefined, base).embed(texts);
    expect(base.asked).toHaveLength(0);
    expect(vectors.every((vector) => vector.length === 0)).toBe(true);
  });

  it('loads the packaged model and scores a paraphrase above an unrelated sentence', async () => {
    const [tower, rewrite, unrelated] = await useLite.embed([
      'A thirty-storey tower collapsed in the city centre on Monday.',
      'On Monday a high-rise building fell down downtown.',
      'The central bank kept its interest rate unchanged.',
    ]);
    expect(tower!.length).toBe(512);
    expect(cosine(tower!, rewrite!)).toBeGreaterThan(cosine(tower!, unrelated!) + 0.2);
  }, 30_000);

  it('embeds shortest first in calls of 16 but answers in the order asked', async () => {
    // Seventeen sentences, longest first: two calls, and each text's place moves when they are sorted by length.
    const texts = Array.from({ length: 17 }, (_, i) => `The ferry to Carrow Island ran ${'late '.repeat(17 - i)}on day ${i}.`);
    const together = await useLite.embed(texts);
    const [first] = await useLite.embed([texts[0]!]);
    const [last] = await useLite.embed([texts[16]!]);
    expect(together).toHaveLength(17);
    expect(cosine(together[0]!, first!)).toBeGreaterThan(0.999);
    expect(cosine(together[16]!, last!)).toBeGreaterThan(0.999);
    expect(cosine(together[0]!, last!)).toBeLessThan(0.999);
  }, 30_000);
});
