/**
 * Sentence vectors as the pipeline reads them: unit-length embeddings quantised to 8 bits a
 * dimension. Quantising right after the model (and before any cache) makes a cold and a warm build
 * read the very same numbers: the model's own output moves in the seventh decimal with the batch a
 * sentence is embedded in, which rounding to 1/127 hides, so groups never depend on the cache.
 */

/** What the aligner asks for: the vector of a sentence's text, or nothing (then it has lexical evidence only). */
export interface SentenceVectors {
  /** Names the model, e.g. `use-lite-512`: shown in evidence and part of every cache key. */
  readonly model: string;
  vectorOf(text: string): Int8Array | undefined;
}

/**
 * Turns sentence texts into vectors. Asynchronous, since real models are; the pipeline itself only
 * ever reads finished vectors (`SentenceVectors`), so it stays synchronous and pure.
 */
export interface SentenceEmbedder {
  readonly model: string;
  embed(texts: readonly string[]): Promise<Int8Array[]>;
}

/** The text a vector is keyed by: the sentence with its white space collapsed, so a reflowed line keeps its vector. */
export function vectorKey(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A unit vector, quantised: each dimension × 127, rounded. Zero vectors stay zero. */
export function quantize(values: ArrayLike<number>): Int8Array {
  let norm = 0;
  for (let i = 0; i < values.length; i++) norm += values[i]! * values[i]!;
  norm = Math.sqrt(norm);
  const out = new Int8Array(values.length);
  if (norm === 0) return out;
  for (let i = 0; i < values.length; i++) out[i] = Math.max(-127, Math.min(127, Math.round((values[i]! / norm) * 127)));
  return out;
}

/** Cosine of two quantised vectors (integer arithmetic, so exact and order-free); 0 for a zero vector. */
export function cosine(a: Int8Array, b: Int8Array): number {
  return cosineOf(dot(a, b), dot(a, a), dot(b, b));
}

/** The integer dot product of two quantised vectors: exact in a double (at most 512 × 127², far below 2⁵³). */
export function dot(a: Int8Array, b: Int8Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i]! * b[i]!;
  return sum;
}

/**
 * The cosine from a dot product and the two squared norms (`dot(a, a)`, `dot(b, b)`): what `cosine` computes, for a
 * caller that keeps each vector's norm instead of reading it again for every pair. The same numbers, bit for bit.
 */
export function cosineOf(product: number, squaredA: number, squaredB: number): number {
  return squaredA === 0 || squaredB === 0 ? 0 : product / Math.sqrt(squaredA * squaredB);
}

/**
 * Vectors from a table of texts (already keyed or not): what a caller with precomputed vectors
 * passes. An empty vector means "none" (an embedder that declined, e.g. a story too long to embed).
 */
export function vectorTable(model: string, entries: Iterable<readonly [string, Int8Array]>): SentenceVectors {
  const table = new Map<string, Int8Array>();
  for (const [text, vector] of entries) if (vector.length > 0) table.set(vectorKey(text), vector);
  return { model, vectorOf: (text) => table.get(vectorKey(text)) };
}

/** Base64 of a quantised vector, for JSON caches (683 characters for 512 dimensions). */
export function encodeVector(vector: Int8Array): string {
  let binary = '';
  const bytes = new Uint8Array(vector.buffer, vector.byteOffset, vector.byteLength);
  for (let i = 0; i < bytes.length; i++) binary += String.fromCharCode(bytes[i]!);
  return btoa(binary);
}

export function decodeVector(text: string): Int8Array {
  const binary = atob(text);
  const out = new Int8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = (binary.charCodeAt(i) << 24) >> 24;
  return out;
}
