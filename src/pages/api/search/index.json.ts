import type { APIRoute } from 'astro';
import { searchPlan } from '../../../site/stories.ts';

/** The search manifest: which shard files to fetch. Compact JSON: only the search client reads it. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify((await searchPlan()).manifest), { headers: { 'Content-Type': 'application/json' } });
