import type { APIRoute } from 'astro';
import { planShards } from '../../../lib/search/index.ts';
import { loadStories } from '../../../site/stories.ts';

/** The search manifest: which shard files to fetch. Compact JSON: only the search client reads it. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(planShards(await loadStories()).manifest), { headers: { 'Content-Type': 'application/json' } });
