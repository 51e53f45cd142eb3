import type { APIRoute, GetStaticPaths } from 'astro';
import { exportFactsCsv } from '../../../../lib/export/index.ts';
import { storyAnalysis, storyPaths, type StoryOutline } from '../../../../site/stories.ts';

export const getStaticPaths = storyPaths satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(exportFactsCsv(storyAnalysis((props as { outline: StoryOutline }).outline)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
