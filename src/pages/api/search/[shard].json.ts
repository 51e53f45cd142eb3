import type { APIRoute, GetStaticPaths } from 'astro';
import type { SearchShard } from '../../../lib/search/index.ts';
import { searchPlan } from '../../../site/stories.ts';

export const getStaticPaths = (async () =>
  (await searchPlan()).shards.map(({ name, shard }) => ({
    params: { shard: name },
    props: { shard },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ shard: SearchShard }> = ({ props }) =>
  new Response(JSON.stringify(props.shard), { headers: { 'Content-Type': 'application/json' } });
