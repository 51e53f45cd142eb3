import type { APIRoute, GetStaticPaths } from 'astro';
import { exportStory } from '../../../lib/export/index.ts';
import { storyAnalysis, storyPaths, type StoryOutline } from '../../../site/stories.ts';

export const getStaticPaths = storyPaths satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(exportStory(storyAnalysis((props as { outline: StoryOutline }).outline)), null, 2), {
    headers: { 'Content-Type': 'application/json' },
  });
