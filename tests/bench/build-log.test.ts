import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { countPages, pageType, parseBuildLog, toMs } from '../../bench/build/build-log.ts';

const LOG = `14:09:05 [content] Syncing content
14:09:06 [same-story-loader] story 1 of 3: 0001-a — analysed in 120 ms
14:09:06 [same-story-loader] story 2 of 3: 0002-b — unchanged, reused
14:09:07 [same-story-loader] story 3 of 3: 0003-c — analysed in 80 ms
14:09:08 [same-story-loader] 3 stories (2 analysed, 1 reused) in 1487 ms

 generating static routes 
14:09:10   ├─ /api/stories/0001-a.json (+38ms) 
14:09:10   ├─ /stories/0001-a/alignment/b/index.html (+85ms) 
14:09:10   ├─ /stories/0001-a/compare/x/y/index.html (+17ms) 
14:09:10   ├─ /stories/0001-a/compare/y/x/index.html (+5ms) 
14:09:10   ├─ /stories/0002-b/compare/x/y/index.html (restored)
14:09:10   ├─ /stories/0002-b/index.html (restored)
14:09:10   ├─ /stories/0002-b/facts/index.html (cached)
14:09:10   ├─ /stories/0001-a/x/index.html (+4ms) 
14:09:10   ├─ /stories/0001-a/index.html (+3ms) 
14:09:10   └─ /index.html (+1.5s) 
14:09:11 ✓ Completed in 1.93s.

14:09:11 [build] ✓ Completed in 2.87s.
14:09:11 [same-story:shard] 18 pages of old URLs (12 kept from the last build, 6 written) in 4 ms (src/integrations/redirect-pages.ts)
`;

describe('parseBuildLog', () => {
  it('counts analysed and reused stories, sums render time by page type, and counts pages copied from the last build', () => {
    expect(parseBuildLog(LOG)).toEqual({
      loader: { analysed: 2, reused: 1, ms: 1487, analysedMs: [120, 80] },
      renderMs: 1930,
      routes: {
        api: { pages: 1, ms: 38 },
        alignment: { pages: 1, ms: 85 },
        compare: { pages: 2, ms: 22 },
        reading: { pages: 1, ms: 4 },
        story: { pages: 1, ms: 3 },
        home: { pages: 1, ms: 1500 },
      },
      restored: 3,
      redirects: { pages: 18, kept: 12, written: 6, ms: 4 },
    });
  });
});

describe('parseBuildLog on a one-story site', () => {
  it('reads the loader total in the singular', () => {
    expect(parseBuildLog('14:09:08 [same-story-loader] 1 story (1 analysed, 0 reused) in 212 ms\n').loader.ms).toBe(212);
  });
});

describe('pageType', () => {
  it('names reserved page segments and treats other segments as versions', () => {
    expect(pageType('/stories/s/facts/index.html')).toBe('facts');
    expect(pageType('/stories/s/bbc/index.html')).toBe('reading');
    expect(pageType('/api/stories.json')).toBe('api');
    expect(pageType('/12/index.html')).toBe('plain');
  });
});

describe('toMs', () => {
  it('reads every form of duration Astro prints', () => {
    expect(['738ms', '1.59s', '3m 4s', '12m 27s', '45.91s', 'soon'].map(toMs)).toEqual([738, 1590, 184_000, 747_000, 45_910, Number.NaN]);
  });
});

describe('countPages', () => {
  it('counts the HTML and JSON pages of a built site and their bytes, leaving out bundled assets and other files', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'count-pages-'));
    try {
      const files: Record<string, string> = {
        'index.html': '<p>home</p>',
        'stories/a/index.html': '<p>ünïcode</p>',
        'api/stories.json': '[]',
        'api/stories/a/facts.csv': 'id\n',
        '_astro/page.js': 'console.log(1)',
        'robots.txt': 'User-agent: *',
      };
      for (const [file, text] of Object.entries(files)) {
        await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
        await writeFile(path.join(dir, file), text);
      }
      expect(await countPages(dir)).toEqual({ pages: 3, bytes: Buffer.byteLength('<p>home</p><p>ünïcode</p>[]') });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
