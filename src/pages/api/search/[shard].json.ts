import type { APIRoute, GetStaticPaths } from 'astro';
import { searchPlan } from '../../../site/stories.ts';

export const getStaticPaths = (async () =>
  (await searchPlan()).shards.map(({ name, json }) => ({
    params: { shard: name },
    props: { json },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ json: string }> = ({ props }) => new Response(props.json, { headers: { 'Content-Type': 'application/json' } });
