import { beforeAll, describe, expect, it } from 'vitest';
import { analyseFolder, pierFolder, seedFolder } from '../../../tests/fixtures/search/stories.ts';
import { SearchEngine } from './engine.ts';
import { planShards } from './shards.ts';
import type { StoryAnalysis } from '../story-analysis.ts';
import type { SearchHit, SearchResults } from './types.ts';

let engine: SearchEngine;
let seed: StoryAnalysis;
let nameSentences: string[];
beforeAll(async () => {
  seed = await analyseFolder(seedFolder);
  // The minister, spelt "Nduhungirehe" by most outlets and "Nduhungireh" by the BBC.
  nameSentences = seedSentencesMatching(/\bNduhungirehe?\b/);
  const plan = planShards([seed, await analyseFolder(pierFolder)], { targetDocuments: 30 });
  engine = new SearchEngine();
  for (const { shard } of plan.shards) engine.addShard(shard);
});

const hitsOf = (results: SearchResults): SearchHit[] => results.groups.flatMap((group) => group.hits);
/** Sentence permalinks only: fact documents come from the facts stage, tested on its own. */
const urls = (results: SearchResults): string[] =>
  hitsOf(results)
    .filter((hit) => hit.document.kind === 'sentence')
    .map((hit) => hit.document.url)
    .sort();
const marked = (hit: SearchHit): string[] => hit.highlights.map((range) => hit.document.text.slice(range.start, range.end));
const seedSentences = (ids: string[]): string[] => ids.map((id) => `/stories/rwanda-us-migrant-talks/${id.replace('/', '/#')}`).sort();

/** Seed sentences whose text matches `pattern`: an oracle independent of the index. */
const seedSentencesMatching = (pattern: RegExp): string[] =>
  seed.versions
    .flatMap((version) =>
      version.sentences
        .filter((sentence) => pattern.test(sentence.text))
        .map((sentence) => `/stories/${seed.slug}/${version.id}/#s-${sentence.n}`),
    )
    .sort();

describe('SearchEngine on the seed and pier stories', () => {
  it('finds a surname with a letter dropped, in both spellings the outlets use', () => {
    const results = engine.search('Nduhungirhe');
    expect(nameSentences).toHaveLength(14);
    expect(urls(results)).toEqual(nameSentences);
    const bbc = hitsOf(results).find((hit) => hit.document.url.endsWith('/bbc/#s-3'))!;
    expect(marked(bbc)).toEqual(['Nduhungireh']);
    for (const fact of hitsOf(results).filter((hit) => hit.document.kind === 'fact'))
      expect(fact.document.url).toMatch(/^\/stories\/rwanda-us-migrant-talks\/facts\/#/);
  });

  it('finds the name from its first letters while the reader is still typing', () => {
    expect(urls(engine.search('Nduhu'))).toEqual(nameSentences);
    expect(engine.search('Nduhu ').total).toBe(0);
  });

  it('finds a word with two letters swapped', () => {
    const results = engine.search('Rwnada');
    expect(urls(results)).toEqual(seedSentencesMatching(/\bRwanda\b/));
    expect(new Set(hitsOf(results).flatMap(marked))).toEqual(new Set(['Rwanda']));
  });

  it('narrows to sentences holding every word, and highlights each', () => {
    const results = engine.search('Nduhungirhe chance');
    expect(urls(results)).toEqual(seedSentences(['bbc/s-5', 'republisher/s-5', 'blog/s-4']));
    const blog = hitsOf(results).find((hit) => hit.document.url.endsWith('/blog/#s-4'))!;
    expect(marked(blog)).toEqual(['chance', 'Nduhungirehe']);
  });

  it('finds an outlet by name, first', () => {
    const hit = hitsOf(engine.search('coast gazete'))[0]!;
    expect(hit.document).toMatchObject({ kind: 'outlet', text: 'Coast Gazette', url: '/stories/harbourton-pier-closure/coast-gazette/' });
  });

  it('groups hits by story, best story first, best hit first', () => {
    const results = engine.search('said');
    expect(results.groups.map((group) => group.story).sort((a, b) => a.slug.localeCompare(b.slug))).toEqual([
      {
        slug: 'harbourton-pier-closure',
        title: 'Harbourton votes to close storm-damaged Victoria Pier',
        url: '/stories/harbourton-pier-closure/',
      },
      {
        slug: 'rwanda-us-migrant-talks',
        title: 'Rwanda in talks with the US over taking in deported migrants',
        url: '/stories/rwanda-us-migrant-talks/',
      },
    ]);
    for (const group of results.groups) {
      expect(group.hits.every((hit) => hit.document.story === group.story.slug)).toBe(true);
      const scores = group.hits.map((hit) => hit.score);
      expect(scores).toEqual([...scores].sort((a, b) => a - b));
    }
    expect(results.groups[0]!.hits[0]!.score).toBeLessThanOrEqual(results.groups[1]!.hits[0]!.score);
    expect(results.total).toBe(results.groups.reduce((sum, group) => sum + group.hits.length, 0));
  });

  it('hands Fuse at most `candidates` documents and returns at most `limit` hits', () => {
    const results = engine.search('said', { candidates: 5, limit: 3 });
    expect(results.candidates).toBe(5);
    expect(results.total).toBe(3);
  });

  it('ignores queries of fewer than two letters and words matching nothing', () => {
    expect(engine.search('N').total).toBe(0);
    expect(engine.search('  ').total).toBe(0);
    expect(engine.search('zzxqj').total).toBe(0);
    expect(urls(engine.search('Nduhungirhe zzxqj chance'))).toEqual(seedSentences(['bbc/s-5', 'republisher/s-5', 'blog/s-4']));
  });
});
