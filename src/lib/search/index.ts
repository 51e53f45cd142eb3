/**
 * Search across stories: the documents the build indexes (sentences, facts, outlets), how they
 * are split into index files, and the engine the browser runs (a vocabulary prefilter, then
 * fuse.js on the candidates). Pure TypeScript: it runs at build time and in the browser.
 */
export type {
  HighlightRange,
  SearchDocument,
  SearchGroup,
  SearchHit,
  SearchKind,
  SearchManifest,
  SearchResults,
  SearchShard,
  SearchShardEntry,
  SearchStory,
} from './types.ts';
export { buildSearchDocuments, permalinks, searchStory, storyDocuments, type SearchableFact } from './documents.ts';
export { hashString, planShards, shardCount, shardIndex, type PlannedShard, type ShardOptions, type ShardPlan } from './shards.ts';
export { MIN_QUERY_LENGTH, SearchEngine, type SearchOptions } from './engine.ts';
export { snippet, splitHighlights, type Snippet, type TextPiece } from './highlight.ts';
