import { describe, expect, it } from 'vitest';
import { alignmentRedirects, compareRedirects, storyRedirects } from './redirects.ts';

const story = {
  slug: 'pier',
  versions: [
    { id: 'wire', outlet: 'Wire Service (agency copy)' },
    { id: 'paper', outlet: 'Harbour Paper' },
    { id: 'blog', outlet: 'Quay Blog' },
  ],
};

describe('the kept old URLs of a story', () => {
  it('sends each reverse-order comparison to its pair with the later version leading', () => {
    expect(compareRedirects(story)).toEqual([
      {
        from: '/stories/pier/compare/paper/wire/',
        params: { slug: 'pier', a: 'paper', b: 'wire' },
        to: '/stories/pier/compare/wire/paper/?lead=paper',
        title: 'Harbour Paper compared with Wire Service',
      },
      {
        from: '/stories/pier/compare/blog/wire/',
        params: { slug: 'pier', a: 'blog', b: 'wire' },
        to: '/stories/pier/compare/wire/blog/?lead=blog',
        title: 'Quay Blog compared with Wire Service',
      },
      {
        from: '/stories/pier/compare/blog/paper/',
        params: { slug: 'pier', a: 'blog', b: 'paper' },
        to: '/stories/pier/compare/paper/blog/?lead=blog',
        title: 'Quay Blog compared with Harbour Paper',
      },
    ]);
  });

  it('sends each per-base alignment page but the first base to the one table with that base chosen', () => {
    expect(alignmentRedirects(story)).toEqual([
      {
        from: '/stories/pier/alignment/paper/',
        params: { slug: 'pier', base: 'paper' },
        to: '/stories/pier/alignment/?base=paper',
        title: 'All versions aligned, against Harbour Paper',
      },
      {
        from: '/stories/pier/alignment/blog/',
        params: { slug: 'pier', base: 'blog' },
        to: '/stories/pier/alignment/?base=blog',
        title: 'All versions aligned, against Quay Blog',
      },
    ]);
  });

  it('lists N(N-1)/2 + N-1 old URLs for N versions, each once, none of them a page of the story', () => {
    const froms = storyRedirects(story).map((redirect) => redirect.from);
    expect(froms).toHaveLength(3 + 2);
    expect(new Set(froms).size).toBe(froms.length);
    expect(froms).not.toContain('/stories/pier/compare/wire/paper/');
    expect(froms).not.toContain('/stories/pier/alignment/');
  });
});
