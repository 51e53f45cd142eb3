import { describe, expect, it } from 'vitest';
import { smallStory } from '../../tests/fixtures/site/small-story.ts';
import { findVersion, sentenceOf } from './versions.ts';

describe('versions and sentences by id', () => {
  const story = smallStory();

  it('finds a version by id and a sentence by its number', () => {
    expect(findVersion(story, 'paper').outlet).toBe('Paper');
    expect(sentenceOf(findVersion(story, 'paper'), 3).id).toBe('paper/s-3');
  });

  it('fails loudly on what a page should never ask for', () => {
    expect(() => findVersion(story, 'blog')).toThrow('Story "pier" has no version "blog"');
    expect(() => sentenceOf(findVersion(story, 'wire'), 3)).toThrow('Version "wire" has no sentence 3');
  });
});
