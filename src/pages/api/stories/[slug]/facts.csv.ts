import type { APIRoute, GetStaticPaths } from 'astro';
import { exportFactsCsv } from '../../../../lib/export/index.ts';
import type { StoryAnalysis } from '../../../../lib/story-analysis.ts';
import { storyPaths } from '../../../../site/stories.ts';

export const getStaticPaths = storyPaths satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(exportFactsCsv((props as { story: StoryAnalysis }).story), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
