import type { APIRoute } from 'astro';
import { baseCells } from '../../../../site/alignment-view.ts';
import { loadStories, renderKey, storyAnalysis, type StoryOutline } from '../../../../site/stories.ts';

// One base's cells of the alignment table, fetched by the page's script when the reader chooses that
// base (src/scripts/alignment-base.ts): the diffs the analysis stored, never diffed again.
export async function getStaticPaths() {
  const stories = await loadStories();
  return stories.flatMap((story) =>
    story.versions.map((version) => ({
      params: { slug: story.slug, base: version.id },
      props: { outline: story },
      cacheKey: renderKey(story),
    })),
  );
}

export const GET: APIRoute = ({ params, props }) =>
  new Response(JSON.stringify(baseCells(storyAnalysis((props as { outline: StoryOutline }).outline), params.base!)), {
    headers: { 'Content-Type': 'application/json' },
  });
