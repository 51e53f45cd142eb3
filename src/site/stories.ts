import { getCollection } from 'astro:content';
import type { StoryAnalysis } from '../lib/types.ts';
import { readAnalyses, type StoredAnalysis } from '../loader/analysis-files.ts';

/** Every analysed story, newest first (by the latest known publication date, then title). */
export async function loadStories(): Promise<StoryAnalysis[]> {
  const entries = await getCollection('stories');
  const stories = readAnalyses(entries.map((entry) => (entry.data as StoredAnalysis).analysisFile));
  return stories.sort((a, b) => latestDate(b).localeCompare(latestDate(a)) || a.title.localeCompare(b.title));
}

export function latestDate(story: StoryAnalysis): string {
  return story.versions.reduce((latest, version) => (version.published && version.published > latest ? version.published : latest), '');
}

export function disagreementCount(story: StoryAnalysis): number {
  return story.facts.filter((fact) => fact.disagreement).length;
}

/** getStaticPaths of the pages that exist once per story. */
export async function storyPaths(): Promise<{ params: { slug: string }; props: { story: StoryAnalysis } }[]> {
  return (await loadStories()).map((story) => ({ params: { slug: story.slug }, props: { story } }));
}
