import type { APIRoute, GetStaticPaths } from 'astro';
import { exportStory } from '../../../lib/export/index.ts';
import type { StoryAnalysis } from '../../../lib/story-analysis.ts';
import { storyPaths } from '../../../site/stories.ts';

export const getStaticPaths = storyPaths satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(exportStory((props as { story: StoryAnalysis }).story), null, 2), {
    headers: { 'Content-Type': 'application/json' },
  });
