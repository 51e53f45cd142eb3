import type { APIRoute } from 'astro';
import { exportStoryListing } from '../../lib/export/index.ts';
import { loadStories } from '../../site/stories.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(exportStoryListing(await loadStories()), null, 2), { headers: { 'Content-Type': 'application/json' } });
