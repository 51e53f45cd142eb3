import { SearchEngine, type SearchManifest, type SearchResults, type SearchShard } from '../lib/search/index.ts';
import { fetchJson } from './fetch-json.ts';
import { listOnce } from './search-render.ts';

/** Where the build writes the index (see src/pages/api/search/). */
export const MANIFEST_URL = '/api/search/index.json';

let loading: Promise<SearchEngine> | undefined;

/**
 * The engine, loaded once per page: the manifest, then every shard in parallel, indexed in
 * manifest order so that ties rank the same on every load. A failed load is forgotten, so the next
 * attempt (the next focus) tries again.
 */
export function loadSearchEngine(manifestUrl: string = MANIFEST_URL): Promise<SearchEngine> {
  loading ??= (async () => {
    const manifest = await fetchJson<SearchManifest>(manifestUrl);
    const shards = await Promise.all(
      manifest.shards.map((entry) => fetchJson<SearchShard>(new URL(entry.url, new URL(manifestUrl, location.href)).href)),
    );
    const engine = new SearchEngine();
    for (const shard of shards) {
      engine.addShard(shard);
      // Indexing 2,000 documents takes tens of milliseconds: let the page answer keys in between.
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    return engine;
  })().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

/** Results as listed, identical sentences of several outlets counting once. */
export function listedTotal(results: SearchResults): number {
  return results.groups.reduce((sum, group) => sum + listOnce(group.hits).length, 0);
}

/** Tells the benchmark and tests that results for `query` are in the DOM. */
export function announceRendered(results: SearchResults): void {
  document.dispatchEvent(
    new CustomEvent('search:rendered', { detail: { query: results.query, total: results.total, candidates: results.candidates } }),
  );
}

export function resultsSummary(results: SearchResults): string {
  if (results.total === 0) return `No results for “${results.query}”.`;
  const stories = results.groups.length;
  const total = listedTotal(results);
  const found = `${total} ${total === 1 ? 'result' : 'results'}`;
  return `${found} in ${stories} ${stories === 1 ? 'story' : 'stories'} for “${results.query}”.`;
}
