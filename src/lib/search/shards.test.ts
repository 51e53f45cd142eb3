import { beforeAll, describe, expect, it } from 'vitest';
import { analyseFolder, pierFolder, seedFolder } from '../../../tests/fixtures/search/stories.ts';
import type { StoryAnalysis } from '../story-analysis.ts';
import { searchStory, storyDocuments } from './documents.ts';
import { hashString, planShards, planShardsOf, shardCount, shardIndex } from './shards.ts';

let seed: StoryAnalysis;
let pier: StoryAnalysis;
beforeAll(async () => {
  [seed, pier] = [await analyseFolder(seedFolder), await analyseFolder(pierFolder)];
});

describe('shard selection', () => {
  it('uses the smallest power of two that keeps shards at or under the target', () => {
    expect([0, 1, 2000, 2001, 4000, 4001, 10_000].map((n) => shardCount(n, 2000))).toEqual([1, 1, 1, 2, 2, 4, 8]);
  });

  it('hashes with 32-bit FNV-1a', () => {
    expect(hashString('')).toBe('811c9dc5');
    expect(hashString('a')).toBe('e40c292c');
    expect(hashString('foobar')).toBe('bf9cf968');
  });

  it('splits each shard in two when the count doubles, so stories never scatter', () => {
    for (const slug of ['rwanda-us-migrant-talks', 'harbourton-pier-closure', 'a', 'story-17', 'élections-2025']) {
      for (const count of [1, 2, 4, 8, 16]) expect(shardIndex(slug, count * 2) % count).toBe(shardIndex(slug, count));
    }
  });

  it('keeps each story whole in one shard and lists every document once', () => {
    const plan = planShards([seed, pier], { targetDocuments: 30 });
    expect(plan.manifest.documents).toBe(81 + 46 + countFacts(seed) + countFacts(pier));
    expect(plan.manifest.shards.map((entry) => [entry.stories, entry.documents])).toEqual([
      [['harbourton-pier-closure'], 46 + countFacts(pier)],
      [['rwanda-us-migrant-talks'], 81 + countFacts(seed)],
    ]);
    expect(plan.shards.map((planned) => planned.name)).toEqual(['shard-0', 'shard-6']);
    for (const { shard } of plan.shards)
      expect(new Set(shard.documents.map((document) => document.story))).toEqual(new Set(shard.stories.map((story) => story.slug)));
    expect(plan.manifest.shards[0]!.url).toMatch(/^\/api\/search\/shard-0\.json\?v=[0-9a-f]{8}$/);
  });

  it("carries each shard's file, the text its URL's version is the hash of", () => {
    const plan = planShards([seed, pier], { targetDocuments: 30 });
    plan.shards.forEach(({ name, shard, json }, index) => {
      expect(json).toBe(JSON.stringify(shard));
      expect(plan.manifest.shards[index]!.url).toBe(`/api/search/${name}.json?v=${hashString(json)}`);
    });
  });

  it("plans the same files from each story's index entry as from the analyses, in any order", () => {
    const entry = (story: StoryAnalysis) => ({ story: searchStory(story), documents: storyDocuments(story) });
    const plan = planShards([seed, pier], { targetDocuments: 30 });
    expect(planShardsOf([entry(pier), entry(seed)], { targetDocuments: 30 })).toEqual(plan);
    expect(JSON.stringify(planShardsOf([entry(seed), entry(pier)], { targetDocuments: 30 }))).toBe(JSON.stringify(plan));
  });

  it('rewrites only the shard of an added story', () => {
    // A target at which both corpora need the same number of shards, with the two stories apart.
    const documents = (stories: StoryAnalysis[]) => planShards(stories).manifest.documents;
    const target = [10, 20, 30, 40, 50, 60].find(
      (t) =>
        shardCount(documents([seed]), t) === shardCount(documents([seed, pier]), t) &&
        shardIndex(seed.slug, shardCount(documents([seed]), t)) !== shardIndex(pier.slug, shardCount(documents([seed]), t)),
    );
    expect(target).toBeDefined();
    const before = planShards([seed], { targetDocuments: target! });
    const after = planShards([pier, seed], { targetDocuments: target! });
    const seedEntry = (plan: typeof before) => plan.manifest.shards.find((entry) => entry.stories.includes(seed.slug));
    expect(after.manifest.shards).toHaveLength(2);
    expect(seedEntry(after)).toEqual(seedEntry(before));
  });
});

function countFacts(story: StoryAnalysis): number {
  return story.facts.length;
}
