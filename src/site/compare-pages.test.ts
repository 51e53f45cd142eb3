import { describe, expect, it } from 'vitest';
import type { StoryAnalysis } from '../lib/story-analysis.ts';
import { centralVersion, comparePages, nearestBuilt, prerenderedPairs } from './compare-pages.ts';
import { smallStory } from '../../tests/fixtures/site/small-story.ts';

describe('comparePages', () => {
  it('makes one page per unordered pair, the earlier version first (the reverse order is a redirect: redirects.ts)', () => {
    expect(comparePages(smallStory())).toEqual([{ kind: 'pair', a: 'wire', b: 'paper' }]);
  });
});

describe('the pairs built beyond ten versions', () => {
  // Twelve versions on a line: similarity falls with the distance between their numbers, so each
  // version's nearest are its neighbours, and the middle ones are the most central.
  const ids = Array.from({ length: 12 }, (_, index) => `v${index + 1}`);
  const pairs = ids.flatMap((a, i) => ids.slice(i + 1).map((b, k) => ({ a, b, similarity: 1 - (k + 1) / 12 })));
  const story = { slug: 'wide', versions: ids.map((id) => ({ id, outlet: id.toUpperCase() })), pairs } as unknown as StoryAnalysis;

  it('builds each version with its three nearest and with the central version, and nothing else', () => {
    expect(centralVersion(story)).toBe('v6');
    const built = prerenderedPairs(story);
    expect(built.has('v1\u0000v2') && built.has('v1\u0000v4') && built.has('v1\u0000v6')).toBe(true);
    expect(built.has('v1\u0000v5')).toBe(false);
    expect(built.size).toBeLessThanOrEqual(4 * ids.length);
    const pages = comparePages(story);
    expect(pages.filter((page) => page.kind === 'pair').length).toBe(built.size);
    expect(pages.filter((page) => page.kind === 'shell').length).toBe(66 - built.size);
    expect(pages.length).toBe(66);
  });

  it('sends a reader without JavaScript to the built pair nearest to one left to the browser', () => {
    const built = prerenderedPairs(story);
    // v1 and v12: of the versions built with either, v6 (built with both, as the central one) is the
    // nearest to the other end: like v1 at 0.58, more than like v12 at 0.5, so v6 stands in for v1.
    expect(nearestBuilt(story, built, 'v1', 'v12')).toEqual({ a: 'v6', b: 'v12' });
    expect(comparePages(story).find((page) => page.kind === 'shell' && page.a === 'v1' && page.b === 'v12')).toMatchObject({
      nearest: { a: 'v6', b: 'v12' },
    });
  });
});
