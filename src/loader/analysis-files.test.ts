import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { StoryAnalysis } from '../lib/story-analysis.ts';
import {
  analysisHead,
  HEAD_FORMAT,
  headFile,
  indexedVersions,
  readAnalysisHead,
  readStoriesIndex,
  removeStaleAnalyses,
  writeAnalysis,
  writeStoriesIndex,
} from './analysis-files.ts';

const work = mkdtempSync(path.join(tmpdir(), 'same-story-analyses-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('removeStaleAnalyses', () => {
  it("keeps each listed story's current analysis and head, and removes older analyses, other stories and partial writes", async () => {
    const files = [
      'harbour-fire.0123456789abcdef.json',
      'harbour-fire.0123456789abcdef.head1.json',
      'harbour-fire.00000000000000aa.json',
      'harbour-fire.00000000000000aa.head1.json',
      'harbour-fire-2.fedcba9876543210.json',
      'old-story.0123456789abcdef.json',
      'old-story.0123456789abcdef.json.42.partial',
      'harbour-fire.0123456789abcdef.json.42.partial',
    ];
    for (const file of files) writeFileSync(path.join(work, file), '{}');
    mkdirSync(path.join(work, 'vectors'));
    await removeStaleAnalyses(
      work,
      new Map([
        ['harbour-fire', path.join(work, 'harbour-fire.0123456789abcdef.json')],
        ['harbour-fire-2', path.join(work, 'harbour-fire-2.fedcba9876543210.json')],
      ]),
    );
    expect(readdirSync(work).sort()).toEqual([
      'harbour-fire-2.fedcba9876543210.json',
      'harbour-fire.0123456789abcdef.head1.json',
      'harbour-fire.0123456789abcdef.json',
      'vectors',
    ]);
    rmSync(path.join(work, 'vectors'), { recursive: true });
  });

  it('does nothing when no analysis was ever written', async () => {
    await expect(removeStaleAnalyses(path.join(work, 'missing'), new Map())).resolves.toBeUndefined();
  });
});

// An analysis cut down to what the head reads, plus fields it must leave out (text, tokens, diffs).
const analysis = {
  slug: 'quarry-lake',
  title: 'Quarry lake closed',
  versions: [
    {
      id: 'bay-post-1',
      outlet: 'Bay Post',
      published: '2031-04-02',
      text: 'The lake closed. Divers left.',
      sentences: [
        { id: 'bay-post-1/s-1', n: 1, text: 'The lake closed.', tokens: [{ text: 'The', start: 0, end: 3 }] },
        { id: 'bay-post-1/s-2', n: 2, text: 'Divers left.', tokens: [] },
      ],
    },
    {
      id: 'hill-news-2',
      outlet: 'Hill News',
      title: 'Lake shut',
      text: 'Shut.',
      sentences: [{ id: 'hill-news-2/s-1', n: 1, text: 'Shut.' }],
    },
  ],
  pairs: [{ a: 'bay-post-1', b: 'hill-news-2', similarity: 0.25, degraded: false, changed: 3 }],
  facts: [
    {
      id: 'f-1',
      kind: 'number',
      label: 'four divers',
      variants: [{ text: 'four divers', versions: ['bay-post-1'] }],
      disagreement: true,
      mentions: [],
    },
  ],
  comparisons: [{ a: 'bay-post-1', b: 'hill-news-2', rows: [] }],
} as unknown as StoryAnalysis;

describe('the analysis head', () => {
  // The head's fields are a format (HEAD_FORMAT): when this expectation changes, raise HEAD_FORMAT.
  it('keeps the slug, title, versions with their sentences, pair similarities and facts, and nothing else', () => {
    expect(HEAD_FORMAT).toBe(1);
    expect(JSON.parse(JSON.stringify(analysisHead(analysis)))).toEqual({
      slug: 'quarry-lake',
      title: 'Quarry lake closed',
      versions: [
        {
          id: 'bay-post-1',
          outlet: 'Bay Post',
          published: '2031-04-02',
          sentences: [
            { n: 1, text: 'The lake closed.' },
            { n: 2, text: 'Divers left.' },
          ],
        },
        { id: 'hill-news-2', outlet: 'Hill News', title: 'Lake shut', sentences: [{ n: 1, text: 'Shut.' }] },
      ],
      pairs: [{ a: 'bay-post-1', b: 'hill-news-2', similarity: 0.25 }],
      facts: [{ id: 'f-1', kind: 'number', label: 'four divers', variants: [{ text: 'four divers' }], disagreement: true }],
    });
  });

  it('is written beside the analysis, leaves older files to the loader, and is made from the analysis when missing', async () => {
    const dir = path.join(work, 'heads');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'quarry-lake.00000000000000aa.json'), '{}');
    writeFileSync(path.join(dir, 'quarry-lake.00000000000000aa.head1.json'), '{}');
    const file = path.join(dir, 'quarry-lake.00000000000000bb.json');
    await writeAnalysis(file, analysis);
    expect(readdirSync(dir).sort()).toEqual([
      'quarry-lake.00000000000000aa.head1.json',
      'quarry-lake.00000000000000aa.json',
      'quarry-lake.00000000000000bb.head1.json',
      'quarry-lake.00000000000000bb.json',
    ]);
    await removeStaleAnalyses(dir, new Map([['quarry-lake', file]]));
    expect(readdirSync(dir).sort()).toEqual(['quarry-lake.00000000000000bb.head1.json', 'quarry-lake.00000000000000bb.json']);
    expect(readAnalysisHead(file)).toEqual(JSON.parse(JSON.stringify(analysisHead(analysis))));
    rmSync(headFile(file));
    expect(readAnalysisHead(file)).toEqual(analysisHead(JSON.parse(JSON.stringify(analysis)) as StoryAnalysis));
  });
});

describe('the stories index', () => {
  it("keeps each story's versions, taken from the last index for the same analysis file and from the head otherwise", async () => {
    const dir = path.join(work, 'index');
    const file = path.join(dir, 'same-story', 'quarry-lake.00000000000000cc.json');
    await writeAnalysis(file, analysis);
    const fromHead = [
      { id: 'bay-post-1', outlet: 'Bay Post' },
      { id: 'hill-news-2', outlet: 'Hill News' },
    ];
    expect(indexedVersions(file, undefined)).toEqual(fromHead);
    // The last index names this file: its versions are taken as they are, with no head read.
    const kept = [{ id: 'kept', outlet: 'Kept Outlet' }];
    expect(indexedVersions(file, { slug: 'quarry-lake', file, versions: kept })).toBe(kept);
    // Another file (the story analysed again), or an index from before versions were kept: the head.
    expect(indexedVersions(file, { slug: 'quarry-lake', file: `${file}.older`, versions: kept })).toEqual(fromHead);
    expect(indexedVersions(file, { slug: 'quarry-lake', file })).toEqual(fromHead);
    const cache = pathToFileURL(`${dir}/`);
    expect(readStoriesIndex(dir)).toBeUndefined();
    await writeStoriesIndex(cache, [{ slug: 'quarry-lake', file, versions: fromHead }]);
    expect(readStoriesIndex(dir)).toEqual([{ slug: 'quarry-lake', file, versions: fromHead }]);
  });
});
