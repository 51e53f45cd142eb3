import { mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readWrittenRedirects, redirectFile, writeRedirectPages, writeWrittenRedirects } from './redirect-pages.ts';

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
    expect(writeRedirectPages(work, redirects, undefined).written).toBe(2);
    const [compare, alignment] = redirects.map((redirect) => path.join(work, redirectFile(redirect)));
    expect(readFileSync(compare!, 'utf8')).toContain(
      '<meta http-equiv="refresh" content="0; url=/stories/pier/compare/wire/paper/?lead=paper">',
    );
    // The last build left both; one has since been changed (as a renamed outlet would change its title).
    const past = new Date('2030-01-01T00:00:00Z');
    utimesSync(compare!, past, past);
    writeFileSync(alignment!, '<p>an older page</p>');
    expect(writeRedirectPages(work, redirects, undefined, new Set(redirects.map(redirectFile))).written).toBe(1);
    expect(statSync(compare!).mtime).toEqual(past);
    expect(readFileSync(alignment!, 'utf8')).toContain('All versions aligned, against Paper · Same Story');
  });

  it("trusts the last build's digests for the kept files of the same folder, and reads no file", () => {
    const dir = path.join(work, 'digests');
    const files = redirects.map(redirectFile);
    const first = writeRedirectPages(dir, redirects, undefined);
    expect(first.written).toBe(2);
    expect(first.writtenFiles).toEqual(files);
    expect(Object.keys(first.digests)).toEqual(files);
    expect(new Set(Object.values(first.digests)).size).toBe(2);
    const [compare, alignment] = files.map((file) => path.join(dir, file));
    // Both kept: the compare page's digest is the last build's, so its file is not read (these bytes stay,
    // which the page record never lets happen: a kept file is as the last build left it); the alignment
    // page's digest differs (its title changed), so it is written.
    writeFileSync(compare!, '<p>not read</p>');
    const last = { outDir: dir, digests: { [files[0]!]: first.digests[files[0]!]!, [files[1]!]: 'an older page' } };
    const second = writeRedirectPages(dir, redirects, undefined, new Set(files), last);
    expect(second).toEqual({ written: 1, digests: first.digests, writtenFiles: [files[1]] });
    expect(readFileSync(compare!, 'utf8')).toBe('<p>not read</p>');
    expect(readFileSync(alignment!, 'utf8')).toContain('All versions aligned, against Paper · Same Story');
    // Digests of another output folder are not this folder's: the kept files are read and compared.
    const elsewhere = { outDir: path.join(work, 'elsewhere'), digests: first.digests };
    expect(writeRedirectPages(dir, redirects, undefined, new Set(files), elsewhere).written).toBe(1);
    expect(readFileSync(compare!, 'utf8')).toContain('Paper compared with Wire · Same Story');
  });

  it('keeps the digests in the cache folder for the next build', () => {
    const cache = path.join(work, 'cache');
    expect(readWrittenRedirects(cache)).toBeUndefined();
    writeWrittenRedirects(cache, { outDir: '/site', digests: { 'a/index.html': 'x1' } });
    expect(readWrittenRedirects(cache)).toEqual({ outDir: '/site', digests: { 'a/index.html': 'x1' } });
    writeFileSync(path.join(cache, 'same-story-redirects.json'), '{"outDir": 3}');
    expect(readWrittenRedirects(cache)).toBeUndefined();
  });
});
