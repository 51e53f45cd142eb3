import type { SearchGroup, SearchHit, SearchStory } from './types.ts';

/**
 * Hits grouped by story: groups in the order of their best hit, hits best first. A story missing
 * from `stories` (an index file not loaded yet) still gets a group, titled by its slug.
 */
export function groupByStory(hits: readonly SearchHit[], stories: ReadonlyMap<string, SearchStory>): SearchGroup[] {
  const groups = new Map<string, SearchGroup>();
  const ordered = [...hits].sort((a, b) => a.score - b.score);
  for (const hit of ordered) {
    const slug = hit.document.story;
    let group = groups.get(slug);
    if (!group) {
      group = { story: stories.get(slug) ?? { slug, title: slug, url: `/stories/${slug}/` }, hits: [] };
      groups.set(slug, group);
    }
    group.hits.push(hit);
  }
  return [...groups.values()];
}
