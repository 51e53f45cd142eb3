import type { APIRoute, GetStaticPaths } from 'astro';
import { planShards, type SearchShard } from '../../../lib/search/index.ts';
import { loadStories } from '../../../site/stories.ts';

export const getStaticPaths = (async () =>
  planShards(await loadStories()).shards.map(({ name, shard }) => ({
    params: { shard: name },
    props: { shard },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ shard: SearchShard }> = ({ props }) =>
  new Response(JSON.stringify(props.shard), { headers: { 'Content-Type': 'application/json' } });
