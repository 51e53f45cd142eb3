import type { APIRoute, GetStaticPaths } from 'astro';
import { exportFactsCsv } from '../../../../lib/export.ts';
import type { StoryAnalysis } from '../../../../lib/types.ts';
import { loadStories } from '../../../../site/stories.ts';

export const getStaticPaths = (async () => {
  const stories = await loadStories();
  return stories.map((story) => ({ params: { slug: story.slug }, props: { story } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(exportFactsCsv((props as { story: StoryAnalysis }).story), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
