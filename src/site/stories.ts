import { getCollection } from 'astro:content';
import { searchStory, storyDocuments } from '../lib/search/documents.ts';
import { planShardsOf, type ShardPlan } from '../lib/search/shards.ts';
import type { SearchDocument, SearchStory } from '../lib/search/types.ts';
import type { StoryAnalysis } from '../lib/story-analysis.ts';
import { readAnalysis, readAnalysisHead, type AnalysisHead, type StoredAnalysis } from '../loader/analysis-files.ts';
import { comparePages, type ComparePage } from './compare-pages.ts';

/**
 * What the pages that list every story, and every page's `getStaticPaths`, read of a story: a few
 * kilobytes, kept for every story, while the whole analysis (about 1 MB in memory) is read only to
 * render that story's own pages (`storyAnalysis`). Holding every analysis at once made the build's
 * memory and its garbage collection grow with the corpus (2.4 GB at 1,000 stories, a quarter of the
 * rendering time spent collecting); src/integrations/page-order.ts renders a story's pages together, so
 * each analysis is read once.
 */
export interface StoryOutline {
  slug: string;
  title: string;
  summary?: string | undefined;
  /** The analysis file, read by `storyAnalysis`. */
  file: string;
  /** The `cacheKey` of the story's pages (Astro's incremental build): see `renderKey`. */
  key: string;
  versions: Pick<AnalysisHead['versions'][number], 'id' | 'outlet'>[];
  /** Facts on which the outlets disagree. */
  disagreements: number;
  /** The latest known publication date, or ''. */
  latest: string;
  /** The story's compare pages (compare-pages.ts). */
  comparePages: ComparePage[];
  /** What the story adds to the search index. */
  search: { story: SearchStory; documents: SearchDocument[] };
}

const outlined = new Map<string, StoryOutline>();

/**
 * Every analysed story's outline, newest first (by the latest known publication date, then title).
 * Each story's outline is made once per process from its analysis's head (a tenth of the analysis,
 * written beside it by the loader); files no longer listed (a story edited in dev) are let go.
 */
export async function loadStories(): Promise<StoryOutline[]> {
  const entries = await getCollection('stories');
  const outlines = entries.map(({ id, data, digest }) => {
    // The loader always sets one; without it a page could be copied from a build of other content.
    if (digest === undefined) throw new Error(`story entry "${id}" has no digest, so its pages cannot be keyed for the incremental build`);
    const file = (data as StoredAnalysis).analysisFile;
    let outline = outlined.get(file);
    if (!outline) {
      outline = outlineOf(readAnalysisHead(file), file, String(digest));
      outlined.set(file, outline);
    }
    return outline;
  });
  const current = new Set(outlines.map((outline) => outline.file));
  for (const file of outlined.keys()) if (!current.has(file)) outlined.delete(file);
  return outlines.sort((a, b) => b.latest.localeCompare(a.latest) || a.title.localeCompare(b.title));
}

function outlineOf(story: AnalysisHead, file: string, key: string): StoryOutline {
  return {
    slug: story.slug,
    title: story.title,
    summary: story.summary,
    file,
    key,
    versions: story.versions.map(({ id, outlet }) => ({ id, outlet })),
    disagreements: disagreementCount(story),
    latest: latestDate(story),
    comparePages: comparePages(story),
    search: { story: searchStory(story), documents: storyDocuments(story) },
  };
}

let current: { file: string; story: StoryAnalysis } | undefined;

/**
 * The whole analysis of an outlined story. Only the last one read is kept: a build renders one
 * story's pages after another (src/integrations/page-order.ts), so each is read once, and the
 * view models' per-story caches (story-cache.ts), keyed on this object, hold across its pages.
 */
export function storyAnalysis(outline: StoryOutline): StoryAnalysis {
  if (current?.file !== outline.file) current = { file: outline.file, story: readAnalysis(outline.file) };
  return current.story;
}

let plan: { stories: readonly StoryOutline[]; plan: ShardPlan } | undefined;

/** The search index's files (src/lib/search/shards.ts), planned once for the two routes that write them. */
export async function searchPlan(): Promise<ShardPlan> {
  const stories = await loadStories();
  if (plan?.stories.length !== stories.length || plan.stories.some((story, index) => story !== stories[index]))
    plan = { stories, plan: planShardsOf(stories.map((story) => story.search)) };
  return plan.plan;
}

export function latestDate(story: { versions: readonly { published?: string | undefined }[] }): string {
  return story.versions.reduce((latest, version) => (version.published && version.published > latest ? version.published : latest), '');
}

export function disagreementCount(story: { facts: readonly { disagreement?: unknown }[] }): number {
  return story.facts.filter((fact) => fact.disagreement).length;
}

/**
 * The `cacheKey` of a story's pages (Astro's incremental build): the loader's digest of the story's
 * files and the pipeline, so a page is rendered again exactly when its analysis can differ (Astro
 * adds the page's own code). Every page that takes one story uses it; pages over all stories
 * (home, search, the listing) take none and are always rendered.
 */
export function renderKey(story: StoryOutline): string {
  return story.key;
}

/** getStaticPaths of the pages that exist once per story. */
export async function storyPaths(): Promise<{ params: { slug: string }; props: { outline: StoryOutline }; cacheKey: string }[]> {
  return (await loadStories()).map((outline) => ({ params: { slug: outline.slug }, props: { outline }, cacheKey: renderKey(outline) }));
}
