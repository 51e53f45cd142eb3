import { describe, expect, it } from 'vitest';
import type { StoryAnalysis } from '../lib/story-analysis.ts';
import { perStory } from './story-cache.ts';

const story = (slug: string) => ({ slug }) as StoryAnalysis;

describe('perStory', () => {
  it('computes each key once while the same story is asked for', () => {
    const calls: string[] = [];
    const lengthOf = perStory((s, key: string) => {
      calls.push(`${s.slug}:${key}`);
      return key.length;
    });
    const first = story('one');
    expect([lengthOf(first, 'ab'), lengthOf(first, 'abc'), lengthOf(first, 'ab')]).toEqual([2, 3, 2]);
    expect(calls).toEqual(['one:ab', 'one:abc']);
  });

  it('forgets the previous story, even one with the same slug (re-analysed in dev)', () => {
    const calls: string[] = [];
    const slugOf = perStory((s, _key: undefined) => {
      calls.push(s.slug);
      return s.slug;
    });
    const before = story('one');
    const after = story('one');
    slugOf(before, undefined);
    slugOf(story('two'), undefined);
    slugOf(before, undefined);
    slugOf(after, undefined);
    expect(calls).toEqual(['one', 'two', 'one', 'one']);
  });
});
