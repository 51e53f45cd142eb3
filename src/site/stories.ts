import { getCollection } from 'astro:content';
import type { StoryAnalysis } from '../lib/story-analysis.ts';
import { readAnalyses, type StoredAnalysis } from '../loader/analysis-files.ts';

/** Every analysed story, newest first (by the latest known publication date, then title). */
export async function loadStories(): Promise<StoryAnalysis[]> {
  const entries = await getCollection('stories');
  const stories = readAnalyses(entries.map((entry) => (entry.data as StoredAnalysis).analysisFile));
  stories.forEach((story, index) => {
    const { id, digest } = entries[index]!;
    // The loader always sets one; without it a page could be copied from a build of other content.
    if (digest === undefined) throw new Error(`story entry "${id}" has no digest, so its pages cannot be keyed for the incremental build`);
    renderKeys.set(story, String(digest));
  });
  return stories.sort((a, b) => latestDate(b).localeCompare(latestDate(a)) || a.title.localeCompare(b.title));
}

export function latestDate(story: StoryAnalysis): string {
  return story.versions.reduce((latest, version) => (version.published && version.published > latest ? version.published : latest), '');
}

export function disagreementCount(story: StoryAnalysis): number {
  return story.facts.filter((fact) => fact.disagreement).length;
}

const renderKeys = new WeakMap<StoryAnalysis, string>();

/**
 * The `cacheKey` of a story's pages (Astro's incremental build): the loader's digest of the story's
 * files and the pipeline, so a page is rendered again exactly when its analysis can differ (Astro
 * adds the page's own code). Every page that takes one story uses it; pages over all stories
 * (home, search, the listing) take none and are always rendered.
 */
export function renderKey(story: StoryAnalysis): string {
  const key = renderKeys.get(story);
  if (key === undefined) throw new Error(`story "${story.slug}" did not come from loadStories(), so its pages have no cache key`);
  return key;
}

/** getStaticPaths of the pages that exist once per story. */
export async function storyPaths(): Promise<{ params: { slug: string }; props: { story: StoryAnalysis }; cacheKey: string }[]> {
  return (await loadStories()).map((story) => ({ params: { slug: story.slug }, props: { story }, cacheKey: renderKey(story) }));
}
