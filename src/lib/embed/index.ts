/**
 * Sentence embeddings for alignment's semantic evidence. The pipeline only reads finished,
 * quantised vectors through `SentenceVectors`; computing them (a model, a cache) is the caller's
 * business, at build time (`src/loader/embedder.ts`). Without vectors, alignment runs on its
 * lexical evidence alone: the documented fallback for a browser or any caller without a model.
 */
export {
  cosine,
  decodeVector,
  encodeVector,
  quantize,
  vectorKey,
  vectorTable,
  type SentenceEmbedder,
  type SentenceVectors,
} from './vectors.ts';
