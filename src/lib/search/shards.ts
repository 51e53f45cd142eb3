import type { StoryAnalysis } from '../story-analysis.ts';
import { compareSlugs, searchStory, storyDocuments } from './documents.ts';
import type { SearchDocument, SearchManifest, SearchShard, SearchStory } from './types.ts';

export interface ShardOptions {
  /** Documents a shard should hold at most on average; the shard count is the next power of two. */
  targetDocuments?: number;
  /** Where the shard files are served. */
  basePath?: string;
}

export interface PlannedShard {
  /** File name without extension, e.g. `shard-3`. */
  name: string;
  shard: SearchShard;
  /** The shard's file: `shard` as JSON, the text its URL's version hashes (written as it is, never serialised again). */
  json: string;
}

export interface ShardPlan {
  manifest: SearchManifest;
  shards: PlannedShard[];
}

const defaults: Required<ShardOptions> = { targetDocuments: 2000, basePath: '/api/search/' };

/**
 * Splits the index into files of whole stories. A story's shard is a hash of its slug modulo a
 * power of two, so adding a story rewrites one shard (browsers keep the others cached), and when
 * the count doubles each shard only splits in two. Empty shards are not written.
 */
export function planShards(stories: readonly StoryAnalysis[], options: ShardOptions = {}): ShardPlan {
  return planShardsOf(
    stories.map((story) => ({ story: searchStory(story), documents: storyDocuments(story) })),
    options,
  );
}

/** What one story adds to the index: `searchStory` and `storyDocuments` of its analysis. */
export interface StoryIndexEntry {
  story: SearchStory;
  documents: readonly SearchDocument[];
}

/** `planShards` from each story's entry, for a caller that keeps those rather than every analysis (src/site/stories.ts). */
export function planShardsOf(entries: readonly StoryIndexEntry[], options: ShardOptions = {}): ShardPlan {
  const { targetDocuments, basePath } = { ...defaults, ...options };
  const perStory = [...entries].sort((a, b) => compareSlugs(a.story.slug, b.story.slug));
  const total = perStory.reduce((sum, entry) => sum + entry.documents.length, 0);
  const count = shardCount(total, targetDocuments);
  const buckets: SearchShard[] = Array.from({ length: count }, () => ({ stories: [], documents: [] }));
  for (const { story, documents } of perStory) {
    const bucket = buckets[shardIndex(story.slug, count)]!;
    bucket.stories.push(story);
    bucket.documents.push(...documents);
  }
  const shards = buckets.flatMap((shard, index) =>
    shard.documents.length > 0 ? [{ name: `shard-${index}`, shard, json: JSON.stringify(shard) }] : [],
  );
  return {
    manifest: {
      schemaVersion: 1,
      documents: total,
      shards: shards.map(({ name, shard, json }) => ({
        url: `${basePath}${name}.json?v=${hashString(json)}`,
        documents: shard.documents.length,
        stories: shard.stories.map((story) => story.slug),
      })),
    },
    shards,
  };
}

/** The smallest power of two that keeps shards at or under the target on average. */
export function shardCount(documents: number, targetDocuments: number): number {
  let count = 1;
  while (count * targetDocuments < documents) count *= 2;
  return count;
}

export function shardIndex(slug: string, count: number): number {
  return parseInt(hashString(slug).slice(-8), 16) % count;
}

/** FNV-1a, 32-bit, as 8 hex digits: stable across runs and platforms, enough to tell files apart. */
export function hashString(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
