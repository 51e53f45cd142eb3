import { mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { redirectFile, writeRedirectPages } from './redirect-pages.ts';

const work = mkdtempSync(path.join(tmpdir(), 'redirect-pages-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const redirects = [
  {
    from: '/stories/pier/compare/paper/wire/',
    params: { slug: 'pier', a: 'paper', b: 'wire' },
    to: '/stories/pier/compare/wire/paper/?lead=paper',
    title: 'Paper compared with Wire',
  },
  {
    from: '/stories/pier/alignment/paper/',
    params: { slug: 'pier', base: 'paper' },
    to: '/stories/pier/alignment/?base=paper',
    title: 'All versions aligned, against Paper',
  },
];

describe('writeRedirectPages', () => {
  it('writes each old URL as its folder index, and rewrites a kept file only when its bytes differ', () => {
    expect(redirects.map(redirectFile)).toEqual(['stories/pier/compare/paper/wire/index.html', 'stories/pier/alignment/paper/index.html']);
    expect(writeRedirectPages(work, redirects, undefined)).toBe(2);
    const [compare, alignment] = redirects.map((redirect) => path.join(work, redirectFile(redirect)));
    expect(readFileSync(compare!, 'utf8')).toContain(
      '<meta http-equiv="refresh" content="0; url=/stories/pier/compare/wire/paper/?lead=paper">',
    );
    // The last build left both; one has since been changed (as a renamed outlet would change its title).
    const past = new Date('2030-01-01T00:00:00Z');
    utimesSync(compare!, past, past);
    writeFileSync(alignment!, '<p>an older page</p>');
    expect(writeRedirectPages(work, redirects, undefined, new Set(redirects.map(redirectFile)))).toBe(1);
    expect(statSync(compare!).mtime).toEqual(past);
    expect(readFileSync(alignment!, 'utf8')).toContain('All versions aligned, against Paper · Same Story');
  });
});
