import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite, projectRoot, siteFiles, type SiteBuild } from '../hostile/build-site.ts';

// Inside the project, like the other test builds: see tests/hostile/build-site.ts for why.
const scratch = path.join(projectRoot, 'node_modules/.cache/same-story-shard-tests');
mkdirSync(scratch, { recursive: true });
const work = mkdtempSync(path.join(scratch, 'run-'));
const outDirs: string[] = [];

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  for (const outDir of outDirs) rmSync(outDir, { recursive: true, force: true });
});

/**
 * A one-off build as a CI job makes it: its own cache folder (so the builds can run at once) and no
 * page cache (SAME_STORY_INCREMENTAL=0), which a job that starts clean would throw away.
 */
async function build(content: string, name: string, shard?: string): Promise<SiteBuild> {
  const env = { SAME_STORY_INCREMENTAL: '0', SAME_STORY_CACHE_DIR: path.join(work, `cache-${name}`), SAME_STORY_SHARD: shard ?? '' };
  const result = await buildSite(content, 'shard-', env);
  outDirs.push(result.outDir);
  return result;
}

const storiesIn = (outDir: string): string[] => {
  const stories = path.join(outDir, 'stories');
  return existsSync(stories) ? readdirSync(stories).sort() : [];
};

describe('building the site in shards (SAME_STORY_SHARD=i/n)', () => {
  it('builds 3 shards that write no file twice and merge by copying into the single build, byte for byte', async () => {
    // Three small stories whose slugs hash to the three shards (src/integrations/shard.test.ts pins them).
    const corpus = path.join(work, 'stories');
    for (const story of ['stories/strathmore-ferry-fine', 'hostile-site/right-to-left', 'stories/harbourton-pier-closure'])
      cpSync(path.join(projectRoot, 'tests/fixtures', story), path.join(corpus, path.basename(story)), { recursive: true });

    // The shards start from the single build's analyses, as the README's recipe has them share one
    // analysis job's: analysing once is cheaper (the analyses would be the same: every limit counts work, not time).
    const single = await build(corpus, 'single');
    expect(single.code, single.log).toBe(0);
    for (const shard of [1, 2, 3])
      cpSync(path.join(work, 'cache-single/same-story'), path.join(work, `cache-shard-${shard}/same-story`), { recursive: true });
    const [first, second, third] = await Promise.all([
      build(corpus, 'shard-1', '1/3'),
      build(corpus, 'shard-2', '2/3'),
      build(corpus, 'shard-3', '3/3'),
    ]);
    for (const result of [first!, second!, third!]) {
      expect(result.code, result.log).toBe(0);
      expect(result.log).toContain('3 stories (0 analysed, 3 reused)');
    }
    // Every page on exactly one shard: the shards' counts add up to the whole site's.
    const counts = [first!, second!, third!].map((shard, index) => {
      const match = new RegExp(`shard ${index + 1}/3: (\\d+) of (\\d+) pages`).exec(shard.log);
      expect(match, shard.log).not.toBeNull();
      return { mine: Number(match![1]), all: Number(match![2]) };
    });
    expect(counts[0]!.mine + counts[1]!.mine + counts[2]!.mine).toBe(counts[0]!.all);
    expect(first!.log).toContain('(with the pages that list every story)');

    // Each story's pages on its shard; the pages over every story, the assets and public/ on shard 1.
    expect(storiesIn(first!.outDir)).toEqual(['strathmore-ferry-fine']);
    expect(storiesIn(second!.outDir)).toEqual(['right-to-left']);
    expect(storiesIn(third!.outDir)).toEqual(['harbourton-pier-closure']);
    expect(readdirSync(first!.outDir).sort()).toEqual(['_astro', 'api', 'favicon.svg', 'index.html', 'robots.txt', 'search', 'stories']);
    expect(readdirSync(path.join(first!.outDir, 'api')).sort()).toEqual(['schema.json', 'search', 'stories', 'stories.json']);
    for (const other of [second!, third!]) {
      expect(readdirSync(other.outDir).sort()).toEqual(['api', 'stories']);
      expect(readdirSync(path.join(other.outDir, 'api'))).toEqual(['stories']);
    }

    // Merging by copying, refusing to overwrite: no file was written by two shards.
    const merged = path.join(work, 'merged');
    for (const shard of [first!, second!, third!]) cpSync(shard.outDir, merged, { recursive: true, force: false, errorOnExist: true });
    const shardFileCount = [first!, second!, third!].reduce((sum, shard) => sum + Object.keys(siteFiles(shard.outDir)).length, 0);
    const singleFiles = siteFiles(single.outDir);
    expect(shardFileCount).toBe(Object.keys(singleFiles).length);
    expect(siteFiles(merged)).toEqual(singleFiles);
  }, 300_000);

  it('stops the build on a SAME_STORY_SHARD that is not i/n with 1 ≤ i ≤ n, naming the variable and the value', async () => {
    const corpus = path.join(projectRoot, 'tests/fixtures/stories');
    const values = ['0/3', '4/3', 'x'];
    const results = await Promise.all(values.map((value, index) => build(corpus, `bad-${index}`, value)));
    results.forEach((result, index) => {
      expect(result.code).not.toBe(0);
      const value = values[index]!;
      expect(result.log).toContain(`SAME_STORY_SHARD="${value}" is not a shard: expected "i/n" with 1 ≤ i ≤ n, e.g. SAME_STORY_SHARD=1/3`);
      expect(readdirSync(result.outDir)).toEqual([]);
    });
  }, 120_000);
});
