import { describe, expect, it } from 'vitest';
import { comparePageParams, comparePages } from './compare-pages.ts';
import { smallStory } from '../../tests/fixtures/site/small-story.ts';

describe('comparePages', () => {
  it('makes one page per unordered pair and a redirect from the reverse order to it, the later version leading', () => {
    const story = smallStory();
    const pages = comparePages(story);
    expect(pages).toEqual([
      { kind: 'pair', a: 'wire', b: 'paper' },
      {
        kind: 'redirect',
        first: 'paper',
        second: 'wire',
        to: '/stories/pier/compare/wire/paper/?lead=paper',
        title: 'Paper compared with Wire',
      },
    ]);
    expect(pages.map(comparePageParams)).toEqual([
      { a: 'wire', b: 'paper' },
      { a: 'paper', b: 'wire' },
    ]);
  });
});
