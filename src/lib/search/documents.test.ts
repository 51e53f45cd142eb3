import { beforeAll, describe, expect, it } from 'vitest';
import { analyseFolder, seedFolder } from '../../../tests/fixtures/search/stories.ts';
import type { StoryAnalysis } from '../story-analysis.ts';
import { buildSearchDocuments, storyDocuments, type SearchableFact } from './documents.ts';

let seed: StoryAnalysis;
beforeAll(async () => {
  seed = await analyseFolder(seedFolder);
});

describe('search documents of the seed story', () => {
  it('has one document per outlet and per sentence, plus one per fact', () => {
    const documents = storyDocuments(seed);
    const facts = seed.facts.length;
    expect(documents.filter((document) => document.kind === 'outlet')).toHaveLength(5);
    expect(documents.filter((document) => document.kind === 'sentence')).toHaveLength(15 + 14 + 14 + 16 + 17);
    expect(documents.filter((document) => document.kind === 'fact')).toHaveLength(facts);
  });

  it('links a sentence to its reading-view anchor and names its outlet', () => {
    const document = storyDocuments(seed).find((candidate) => candidate.url === '/stories/rwanda-us-migrant-talks/bbc/#s-3');
    expect(document).toEqual({
      kind: 'sentence',
      story: 'rwanda-us-migrant-talks',
      text: 'Nduhungireh said the talks were "not new to us" as Rwanda had previously agreed to accept migrants deported by the UK.',
      detail: 'BBC News · sentence 3',
      url: '/stories/rwanda-us-migrant-talks/bbc/#s-3',
    });
  });

  it('links an outlet to its version', () => {
    expect(storyDocuments(seed)[0]).toEqual({
      kind: 'outlet',
      story: 'rwanda-us-migrant-talks',
      text: 'BBC News',
      extra: 'Rwanda confirms talks with US about taking in migrants',
      detail: 'Outlet · version bbc',
      url: '/stories/rwanda-us-migrant-talks/bbc/',
    });
  });

  it('indexes facts, when the analysis has them, with their variants as extra text', () => {
    const fact: SearchableFact = {
      id: 'date-iraqi-deportee',
      kind: 'date',
      label: 'Iraqi deportee received',
      variants: [{ text: 'in March' }, { text: 'April' }, { text: 'in March' }],
      disagreement: true,
    };
    const documents = storyDocuments({ ...seed, facts: [fact] } as unknown as StoryAnalysis);
    expect(documents.filter((document) => document.kind === 'fact')).toEqual([
      {
        kind: 'fact',
        story: 'rwanda-us-migrant-talks',
        text: 'Iraqi deportee received',
        extra: 'in March · April',
        detail: 'Fact · date · outlets disagree',
        url: '/stories/rwanda-us-migrant-talks/facts/#date-iraqi-deportee',
      },
    ]);
  });

  it('orders stories by slug whatever order they come in', () => {
    const renamed = { ...seed, slug: 'a-story' };
    const urls = buildSearchDocuments([seed, renamed]).map((document) => document.url.split('/')[2]);
    expect(urls.indexOf('rwanda-us-migrant-talks')).toBe(urls.lastIndexOf('a-story') + 1);
  });
});
