import { describe, expect, it } from 'vitest';
import { alignmentUrl, compareUrl, formatCount, formatDate, formatPercent, urls } from './urls.ts';

describe('the URL map', () => {
  it('spells every page and export path of DESIGN.md', () => {
    expect([
      urls.home(),
      urls.story('pier'),
      urls.version('pier', 'wire'),
      urls.sentence('pier', 'wire', 3),
      urls.sentenceById('pier', 'wire/s-3'),
      urls.compare('pier', 'wire', 'paper'),
      urls.alignment('pier'),
      urls.alignment('pier', 'paper'),
      urls.alignmentBase('pier', 'paper'),
      urls.alignmentCells('pier', 'paper'),
      urls.facts('pier'),
      urls.fact('pier', 'date-pier-closed'),
      urls.search(),
      urls.apiIndex(),
      urls.apiStory('pier'),
      urls.apiFactsCsv('pier'),
      urls.apiSchema(),
    ]).toEqual([
      '/',
      '/stories/pier/',
      '/stories/pier/wire/',
      '/stories/pier/wire/#s-3',
      '/stories/pier/wire/#s-3',
      '/stories/pier/compare/wire/paper/',
      '/stories/pier/alignment/',
      '/stories/pier/alignment/?base=paper',
      '/stories/pier/alignment/paper/',
      '/stories/pier/alignment/paper.json',
      '/stories/pier/facts/',
      '/stories/pier/facts/#date-pier-closed',
      '/search/',
      '/api/stories.json',
      '/api/stories/pier.json',
      '/api/stories/pier/facts.csv',
      '/api/schema.json',
    ]);
  });

  it('writes a fact id in any script as the facts page writes its anchor', () => {
    expect(urls.fact('rtl', 'claim-مبكرة-جدا')).toBe('/stories/rtl/facts/#claim-مبكرة-جدا');
  });

  it('links a pair to its one page, a before b in story.yaml, with ?lead= when the later version leads', () => {
    const story = { slug: 'pier', versions: [{ id: 'wire' }, { id: 'paper' }, { id: 'blog' }] };
    expect([compareUrl(story, 'wire', 'blog'), compareUrl(story, 'blog', 'wire'), compareUrl(story, 'blog', 'paper')]).toEqual([
      '/stories/pier/compare/wire/blog/',
      '/stories/pier/compare/wire/blog/?lead=blog',
      '/stories/pier/compare/paper/blog/?lead=blog',
    ]);
    expect(urls.compareReverse('pier', 'wire', 'blog')).toBe('/stories/pier/compare/blog/wire/');
  });

  it('gives the first version the plain alignment URL', () => {
    expect([alignmentUrl('pier', 'wire', true), alignmentUrl('pier', 'paper', false)]).toEqual([
      '/stories/pier/alignment/',
      '/stories/pier/alignment/?base=paper',
    ]);
  });
});

describe('formats', () => {
  it('writes dates in UTC, counts with separators and percentages rounded', () => {
    expect([formatDate('2025-05-04'), formatDate(undefined), formatDate('2025-12-31')]).toEqual(['4 May 2025', '', '31 December 2025']);
    expect([formatCount(1234567), formatCount(0)]).toEqual(['1,234,567', '0']);
    expect([formatPercent(1, 3), formatPercent(2, 3), formatPercent(0, 0)]).toEqual(['33%', '67%', '0%']);
  });
});
