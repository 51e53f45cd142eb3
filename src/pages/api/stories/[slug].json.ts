import type { APIRoute, GetStaticPaths } from 'astro';
import { exportStory } from '../../../lib/export.ts';
import type { StoryAnalysis } from '../../../lib/types.ts';
import { loadStories } from '../../../site/stories.ts';

export const getStaticPaths = (async () => {
  const stories = await loadStories();
  return stories.map((story) => ({ params: { slug: story.slug }, props: { story } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify(exportStory((props as { story: StoryAnalysis }).story), null, 2), { headers: { 'Content-Type': 'application/json' } });
