import type { PathWithRoute } from 'astro';
import { describe, expect, it } from 'vitest';
import { pageShard, parseShard, storyShard } from './shard.ts';

describe('SAME_STORY_SHARD', () => {
  it('reads i/n, and unset or empty as the whole site', () => {
    expect(parseShard('1/3')).toEqual({ index: 1, count: 3 });
    expect(parseShard(' 3/3 ')).toEqual({ index: 3, count: 3 });
    expect(parseShard('1/1')).toEqual({ index: 1, count: 1 });
    expect(parseShard(undefined)).toBeUndefined();
    expect(parseShard('')).toBeUndefined();
  });

  it('refuses a shard outside 1..n or not of the form i/n, naming the variable and the value', () => {
    const message = (value: string): string => `SAME_STORY_SHARD="${value}" is not a shard: expected "i/n" with 1 ≤ i ≤ n`;
    for (const value of ['0/3', '4/3', 'x', '1/0', '2', '1/3/5', '-1/3', '1.5/3', '1 / 3'])
      expect(() => parseShard(value), value).toThrow(message(value));
  });
});

describe('which shard builds a page', () => {
  it('puts a story on the shard its slug hashes to, whatever other stories exist', () => {
    expect(storyShard('strathmore-ferry-fine', 3)).toBe(1);
    expect(storyShard('right-to-left', 3)).toBe(2);
    expect(storyShard('harbourton-pier-closure', 3)).toBe(3);
    expect(storyShard('solvane-chip-layoffs', 2)).toBe(2);
    expect(storyShard('harbourton-pier-closure', 1)).toBe(1);
  });

  it('spreads many stories evenly', () => {
    const counts = [0, 0, 0, 0];
    for (let story = 0; story < 4000; story++) counts[storyShard(`story-${story}`, 4) - 1]!++;
    for (const count of counts) expect(Math.abs(count - 1000)).toBeLessThan(100);
  });

  // Routes as Astro gives them (trailingSlash: 'always'; an endpoint with an extension has none).
  type Route = PathWithRoute['route'];
  const route = (pattern: RegExp, params: string[]): Route => ({ pattern, params, route: String(pattern) }) as Route;
  const comparePage = route(/^\/stories\/([^/]+?)\/compare\/([^/]+?)\/([^/]+?)\/$/, ['slug', 'a', 'b']);
  const storyJson = route(/^\/api\/stories\/([^/]+?)\.json$/, ['slug']);
  const searchShard = route(/^\/api\/search\/([^/]+?)\.json$/, ['shard']);
  const home = route(/^\/$/, []);

  it("builds a story's pages on its story's shard, whichever parameter comes first", () => {
    expect(pageShard({ pathname: '/stories/right-to-left/compare/a/b/', route: comparePage }, 3)).toBe(2);
    expect(pageShard({ pathname: '/api/stories/harbourton-pier-closure.json', route: storyJson }, 3)).toBe(3);
    const slugSecond = route(/^\/x\/([^/]+?)\/([^/]+?)\/$/, ['lang', 'slug']);
    expect(pageShard({ pathname: '/x/en/right-to-left/', route: slugSecond }, 3)).toBe(2);
  });

  it('builds every page that belongs to no one story (home, search shards) on shard 1', () => {
    expect(pageShard({ pathname: '/', route: home }, 3)).toBe(1);
    expect(pageShard({ pathname: '/api/search/s-7.json', route: searchShard }, 3)).toBe(1);
  });

  it("stops when a page's URL does not match its route", () => {
    expect(() => pageShard({ pathname: '/elsewhere/', route: storyJson }, 3)).toThrow(
      "SAME_STORY_SHARD: cannot read the story's slug from /elsewhere/",
    );
  });
});
