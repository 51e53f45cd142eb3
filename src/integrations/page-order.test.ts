import type { PathWithRoute } from 'astro';
import { describe, expect, it } from 'vitest';
import { byStory, pageSlug } from './page-order.ts';

// Routes as Astro gives them (trailingSlash: 'always'; an endpoint with an extension has none).
type Route = PathWithRoute['route'];
const route = (pattern: RegExp, params: string[]): Route => ({ pattern, params, route: String(pattern) }) as Route;
const storyPage = route(/^\/stories\/([^/]+?)\/$/, ['slug']);
const readingPage = route(/^\/stories\/([^/]+?)\/([^/]+?)\/$/, ['slug', 'version']);
const storyJson = route(/^\/api\/stories\/([^/]+?)\.json$/, ['slug']);
const searchShard = route(/^\/api\/search\/([^/]+?)\.json$/, ['shard']);
const home = route(/^\/$/, []);
const page = (pathname: string, of: Route): PathWithRoute => ({ pathname, route: of });

describe('the order pages are rendered in', () => {
  it("reads a page's story from its route's slug parameter, and none for a site-wide page", () => {
    expect(pageSlug(page('/stories/quarry-lake/bay-post-2/', readingPage))).toBe('quarry-lake');
    expect(pageSlug(page('/api/stories/quarry-lake.json', storyJson))).toBe('quarry-lake');
    expect(pageSlug(page('/', home))).toBeUndefined();
    expect(pageSlug(page('/api/search/shard-1.json', searchShard))).toBeUndefined();
    expect(() => pageSlug(page('/elsewhere/', storyJson))).toThrow("cannot read the story's slug from /elsewhere/");
  });

  it("puts the site-wide pages first, then each story's pages together, keeping the order within each", () => {
    // As Astro lists them: route after route.
    const routeByRoute = [
      page('/api/stories/quarry-lake.json', storyJson),
      page('/api/stories/marsh-fire.json', storyJson),
      page('/', home),
      page('/stories/quarry-lake/', storyPage),
      page('/stories/marsh-fire/', storyPage),
      page('/api/search/shard-0.json', searchShard),
      page('/stories/quarry-lake/bay-post-1/', readingPage),
      page('/stories/quarry-lake/bay-post-2/', readingPage),
      page('/stories/marsh-fire/hill-news-1/', readingPage),
    ];
    expect(byStory(routeByRoute).map((entry) => entry.pathname)).toEqual([
      '/',
      '/api/search/shard-0.json',
      '/api/stories/quarry-lake.json',
      '/stories/quarry-lake/',
      '/stories/quarry-lake/bay-post-1/',
      '/stories/quarry-lake/bay-post-2/',
      '/api/stories/marsh-fire.json',
      '/stories/marsh-fire/',
      '/stories/marsh-fire/hill-news-1/',
    ]);
  });
});
