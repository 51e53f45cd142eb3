import type { StoryAnalysis } from '../story-analysis.ts';
import type { AnalysedVersion, Sentence } from '../types.ts';
import { urls } from '../urls.ts';
import type { SearchDocument, SearchStory } from './types.ts';

/** The few fields search reads of a fact (a `Fact` of `src/lib/facts/` has them all). */
export interface SearchableFact {
  id: string;
  kind: string;
  label: string;
  variants?: readonly { text: string }[] | undefined;
  disagreement?: boolean | undefined;
}

/**
 * What search reads of a story: an analysis has it all; the site's build keeps only this much of
 * each story (the loader's `AnalysisHead`, src/loader/analysis-files.ts).
 */
export interface SearchableStory {
  slug: string;
  title: string;
  versions: readonly (Pick<AnalysedVersion, 'id' | 'outlet' | 'title' | 'published'> & {
    sentences: readonly Pick<Sentence, 'n' | 'text'>[];
  })[];
  facts: readonly SearchableFact[];
}

/** Permalinks: the site's URL map, which the search client follows as the pages link. */
export { urls as permalinks };

export function searchStory(story: Pick<SearchableStory, 'slug' | 'title'>): SearchStory {
  return { slug: story.slug, title: story.title, url: urls.story(story.slug) };
}

/**
 * Every searchable thing of one story, in a fixed order (outlets, facts, then sentences in
 * reading order per version) so the index files only change when the story does.
 */
export function storyDocuments(story: SearchableStory): SearchDocument[] {
  const slug = story.slug;
  const outlets = story.versions.map((version): SearchDocument => ({
    kind: 'outlet',
    story: slug,
    text: version.outlet,
    ...(version.title ? { extra: version.title } : {}),
    detail: ['Outlet', `version ${version.id}`, version.published].filter(Boolean).join(' · '),
    url: urls.version(slug, version.id),
  }));
  // `?? []`: an analysis cached before the facts stage existed has none.
  const facts = ((story.facts as readonly SearchableFact[] | undefined) ?? []).map((fact): SearchDocument => {
    const variants = [...new Set((fact.variants ?? []).map((variant) => variant.text))].filter((text) => text !== fact.label);
    return {
      kind: 'fact',
      story: slug,
      text: fact.label,
      ...(variants.length > 0 ? { extra: variants.join(' · ') } : {}),
      detail: fact.disagreement ? `Fact · ${fact.kind} · outlets disagree` : `Fact · ${fact.kind}`,
      url: urls.fact(slug, fact.id),
    };
  });
  const sentences = story.versions.flatMap((version) =>
    version.sentences.map((sentence): SearchDocument => ({
      kind: 'sentence',
      story: slug,
      text: sentence.text,
      detail: `${version.outlet} · sentence ${sentence.n}`,
      url: urls.sentence(slug, version.id, sentence.n),
    })),
  );
  return [...outlets, ...facts, ...sentences];
}

/** Documents of every story, stories in slug order. */
export function buildSearchDocuments(stories: readonly StoryAnalysis[]): SearchDocument[] {
  return [...stories].sort((a, b) => compareSlugs(a.slug, b.slug)).flatMap(storyDocuments);
}

export function compareSlugs(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
