import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { PathWithRoute } from 'astro';
import { afterAll, describe, expect, it } from 'vitest';
import { copyFiles, forgetOutput, PageRestorer, pageKey, readPreviousBuild, requestedPage, unchangedPages } from './restore-pages.ts';

const work = mkdtempSync(path.join(tmpdir(), 'restore-pages-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

type Route = PathWithRoute['route'];
const route = (component: string): Route => ({ component }) as Route;
const storyPage = route('src/pages/stories/[slug]/index.astro');
const storyJson = route('src/pages/api/stories/[slug].json.ts');
const home = route('src/pages/index.astro');

/** Astro's incremental-build.json, as its version 1 writes it (fields not read here left out). */
const previousBuild = {
  version: 1,
  configHash: 'c',
  routes: {
    [storyPage.component]: {
      dependencyHash: 'd',
      paths: {
        '/stories/quarry-lake/': { cacheKey: 'key-q', outputFile: 'stories/quarry-lake/index.html' },
        '/stories/marsh-fire/': { cacheKey: 'key-m-old', outputFile: 'stories/marsh-fire/index.html' },
        '/stories/gone-story/': { cacheKey: 'key-g', outputFile: 'stories/gone-story/index.html' },
      },
    },
    [storyJson.component]: {
      dependencyHash: 'e',
      paths: { '/api/stories/quarry-lake.json': { cacheKey: 'key-q', outputFile: 'api/stories/quarry-lake.json' } },
    },
  },
};

const pages: PathWithRoute[] = [
  { pathname: '/', route: home },
  { pathname: '/stories/quarry-lake/', route: storyPage, cacheKey: 'key-q' },
  { pathname: '/stories/marsh-fire/', route: storyPage, cacheKey: 'key-m-new' },
  { pathname: '/api/stories/quarry-lake.json', route: storyJson, cacheKey: 'key-q' },
  { pathname: '/stories/new-story/', route: storyPage, cacheKey: 'key-n' },
];

function writeTree(root: string, files: Record<string, string>): void {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
}

/** A cache folder holding the last build's manifest and its copies of two pages, and an output folder beside it. */
function lastBuild(name: string): { cacheDir: string; outDir: string } {
  const cacheDir = path.join(work, `${name}-cache`);
  const outDir = path.join(work, `${name}-out`);
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(path.join(cacheDir, 'incremental-build.json'), JSON.stringify(previousBuild));
  writeTree(path.join(cacheDir, 'dist'), {
    'stories/quarry-lake/index.html': '<h1>Quarry</h1>',
    'stories/marsh-fire/index.html': '<h1>Marsh, old</h1>',
    'api/stories/quarry-lake.json': '{"slug":"quarry-lake"}',
  });
  return { cacheDir, outDir };
}

function treeOf(root: string): Record<string, string> {
  const files = readdirSync(root, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return Object.fromEntries(
    files.map((entry) => {
      const file = path.join(entry.parentPath, entry.name);
      return [path.relative(root, file), readFileSync(file, 'utf8')];
    }),
  );
}

describe('pages an incremental build will copy', () => {
  it("keys a page by its address without the trailing slash, and reads a request's page without the site's base", () => {
    expect(pageKey('/stories/quarry-lake/')).toBe('/stories/quarry-lake');
    expect(pageKey('/api/stories/quarry-lake.json')).toBe('/api/stories/quarry-lake.json');
    expect(pageKey('/')).toBe('/');
    expect(requestedPage('http://localhost/stories/quarry-lake/', '/')).toBe('/stories/quarry-lake/');
    expect(requestedPage('http://localhost/news/stories/quarry-lake/', '/news/')).toBe('/stories/quarry-lake/');
    expect(requestedPage('http://localhost/news/', '/news')).toBe('/');
    expect(requestedPage('http://localhost/stories/caf%C3%A9/', '/')).toBe('/stories/café/');
  });

  it('reads the last build of the manifest version it knows, and nothing from a missing, broken or other file', () => {
    const file = path.join(work, 'manifest.json');
    writeFileSync(file, JSON.stringify(previousBuild));
    expect(readPreviousBuild(file)?.routes[storyJson.component]?.paths['/api/stories/quarry-lake.json']?.cacheKey).toBe('key-q');
    expect(readPreviousBuild(path.join(work, 'missing.json'))).toBeUndefined();
    writeFileSync(file, '{ "version": 1, "rou');
    expect(readPreviousBuild(file)).toBeUndefined();
    writeFileSync(file, JSON.stringify({ ...previousBuild, version: 2 }));
    expect(readPreviousBuild(file)).toBeUndefined();
  });

  it('takes the pages keyed as in the last build: not one without a key, a changed key, or a page the last build had not', () => {
    expect([...unchangedPages(pages, previousBuild)]).toEqual([
      ['/stories/quarry-lake', 'stories/quarry-lake/index.html'],
      ['/api/stories/quarry-lake.json', 'api/stories/quarry-lake.json'],
    ]);
  });
});

describe('copying them', () => {
  it('copies each file into its folder, and leaves out one missing from the cache', async () => {
    const from = path.join(work, 'copy-from');
    const to = path.join(work, 'copy-to');
    writeTree(from, { 'a/index.html': '<p>a</p>', 'b/c/index.html': '<p>c</p>', 'd.json': '{}' });
    const copied = await copyFiles(['a/index.html', 'b/c/index.html', 'd.json', 'gone/index.html'], from, to);
    expect([...copied].sort()).toEqual(['a/index.html', 'b/c/index.html', 'd.json']);
    expect(treeOf(to)).toEqual({ 'a/index.html': '<p>a</p>', 'b/c/index.html': '<p>c</p>', 'd.json': '{}' });
  });

  it('copies, never links: writing the copy in place leaves the cached file as it was', async () => {
    const from = path.join(work, 'own-from');
    const to = path.join(work, 'own-to');
    writeTree(from, { 'page.html': 'cached' });
    await copyFiles(['page.html'], from, to);
    writeFileSync(path.join(to, 'page.html'), 'edited after the build');
    expect(readFileSync(path.join(from, 'page.html'), 'utf8')).toBe('cached');
  });

  it('copies the unchanged pages before rendering, and removes the copy of a page that renders after all', async () => {
    const { cacheDir, outDir } = lastBuild('copy');
    const restorer = new PageRestorer(cacheDir, outDir);
    expect(restorer.prune()).toBe(0);
    expect(await restorer.restore(pages)).toEqual({ kept: 0, copied: 2 });
    expect(treeOf(outDir)).toEqual({
      'stories/quarry-lake/index.html': '<h1>Quarry</h1>',
      'api/stories/quarry-lake.json': '{"slug":"quarry-lake"}',
    });
    // Astro renders the story page after all (say its code changed): the render writes the file, or none.
    restorer.forget(requestedPage('http://localhost/stories/quarry-lake/', '/'));
    restorer.forget(requestedPage('http://localhost/stories/marsh-fire/', '/'));
    expect(treeOf(outDir)).toEqual({ 'api/stories/quarry-lake.json': '{"slug":"quarry-lake"}' });
  });

  it("keeps the pages the last build left as they were, and removes every other file and folder (but .git) in Astro's stead", async () => {
    const { cacheDir, outDir } = lastBuild('keep');
    writeTree(outDir, {
      'stories/quarry-lake/index.html': '<h1>Quarry</h1>',
      'api/stories/quarry-lake.json': '{"slug":"quarry-lake"}',
      'stories/gone-story/index.html': '<h1>Gone</h1>',
      'stories/marsh-fire/index.html': '<h1>Marsh, old</h1>',
      '_astro/site.css': 'body{}',
      'notes/draft.txt': 'not a page',
      '.git/HEAD': 'ref: refs/heads/main',
    });
    new PageRestorer(cacheDir, outDir).record();
    // Since that build: a page edited in place, and a file added.
    writeFileSync(path.join(outDir, 'stories/marsh-fire/index.html'), '<h1>Marsh, edited by hand</h1>');
    writeFileSync(path.join(outDir, 'stories/quarry-lake/extra.html'), 'added');

    const restorer = new PageRestorer(cacheDir, outDir);
    expect(restorer.prune()).toBe(3);
    expect(Object.keys(treeOf(outDir)).sort()).toEqual([
      '.git/HEAD',
      'api/stories/quarry-lake.json',
      'stories/gone-story/index.html',
      'stories/quarry-lake/index.html',
    ]);
    // The story gone from the site loses its kept page and its folder; the unchanged ones stay in place.
    expect(await restorer.restore(pages)).toEqual({ kept: 2, copied: 0 });
    expect(treeOf(outDir)).toEqual({
      '.git/HEAD': 'ref: refs/heads/main',
      'api/stories/quarry-lake.json': '{"slug":"quarry-lake"}',
      'stories/quarry-lake/index.html': '<h1>Quarry</h1>',
    });
    expect(readdirSync(path.join(outDir, 'stories'))).toEqual(['quarry-lake']);
    restorer.forget(requestedPage('http://localhost/api/stories/quarry-lake.json', '/'));
    expect(Object.keys(treeOf(outDir)).sort()).toEqual(['.git/HEAD', 'stories/quarry-lake/index.html']);
  });

  it('keeps the files written outside Astro that this build writes again, left as they were, and removes the others', async () => {
    const { cacheDir, outDir } = lastBuild('extra');
    const extra = [
      'stories/quarry-lake/compare/b/a/index.html',
      'stories/gone-story/compare/b/a/index.html',
      'stories/marsh-fire/alignment/b/index.html',
    ];
    writeTree(outDir, Object.fromEntries(extra.map((file) => [file, `<p>${file}</p>`])));
    writeTree(outDir, { 'stories/quarry-lake/index.html': '<h1>Quarry</h1>' });
    new PageRestorer(cacheDir, outDir).record(extra);
    writeFileSync(path.join(outDir, extra[2]!), '<p>edited by hand</p>');

    const restorer = new PageRestorer(cacheDir, outDir);
    expect(restorer.prune()).toBe(3);
    const again = new Set([extra[0]!, extra[2]!, 'stories/new-story/compare/b/a/index.html']);
    expect(await restorer.restore(pages, again)).toEqual({ kept: 1, copied: 1 });
    // The one written again and left as it was stays for its writer; the gone story's and the edited one are not kept.
    expect([...restorer.keptExtra]).toEqual([extra[0]]);
    expect(Object.keys(treeOf(outDir)).sort()).toEqual([
      'api/stories/quarry-lake.json',
      'stories/quarry-lake/compare/b/a/index.html',
      'stories/quarry-lake/index.html',
    ]);
  });

  it('records a kept file as prune read it, and a file rendered or written again as the build leaves it', async () => {
    const { cacheDir, outDir } = lastBuild('again');
    const extra = ['stories/quarry-lake/compare/b/a/index.html', 'stories/quarry-lake/alignment/b/index.html'];
    writeTree(outDir, {
      'stories/quarry-lake/index.html': '<h1>Quarry</h1>',
      'api/stories/quarry-lake.json': '{"slug":"quarry-lake"}',
      ...Object.fromEntries(extra.map((file) => [file, `<p>${file}</p>`])),
    });
    new PageRestorer(cacheDir, outDir).record(extra);

    const restorer = new PageRestorer(cacheDir, outDir);
    expect(restorer.prune()).toBe(4);
    expect(await restorer.restore(pages, new Set(extra))).toEqual({ kept: 2, copied: 0 });
    // The build renders the story's JSON after all and writes one old URL's file again, both longer than before.
    restorer.forget('/api/stories/quarry-lake.json');
    writeTree(outDir, {
      'api/stories/quarry-lake.json': '{"slug":"quarry-lake","edited":true}',
      [extra[1]!]: '<p>written again, longer</p>',
    });
    restorer.record(extra, [extra[1]!]);

    // The next build keeps all four: the record has the sizes of the files as this build left them.
    const next = new PageRestorer(cacheDir, outDir);
    expect(next.prune()).toBe(4);
    expect(treeOf(outDir)).toEqual({
      'stories/quarry-lake/index.html': '<h1>Quarry</h1>',
      'api/stories/quarry-lake.json': '{"slug":"quarry-lake","edited":true}',
      [extra[0]!]: `<p>${extra[0]}</p>`,
      [extra[1]!]: '<p>written again, longer</p>',
    });
  });

  it('keeps nothing for another output folder, and uses a record once', () => {
    const { cacheDir, outDir } = lastBuild('other');
    writeTree(outDir, { 'stories/quarry-lake/index.html': '<h1>Quarry</h1>' });
    new PageRestorer(cacheDir, path.join(work, 'other-out-elsewhere')).record();
    expect(new PageRestorer(cacheDir, outDir).prune()).toBe(0);
    expect(treeOf(outDir)).toEqual({});

    writeTree(outDir, { 'stories/quarry-lake/index.html': '<h1>Quarry</h1>' });
    new PageRestorer(cacheDir, outDir).record();
    forgetOutput(cacheDir);
    expect(new PageRestorer(cacheDir, outDir).prune()).toBe(0);
    writeTree(outDir, { 'stories/quarry-lake/index.html': '<h1>Quarry</h1>' });
    new PageRestorer(cacheDir, outDir).record();
    expect(new PageRestorer(cacheDir, outDir).prune()).toBe(1);
    expect(new PageRestorer(cacheDir, outDir).prune()).toBe(0);
  });

  it('keeps and copies nothing without a last build', async () => {
    const restorer = new PageRestorer(path.join(work, 'no-cache'), path.join(work, 'no-out'));
    expect(restorer.prune()).toBe(0);
    expect(await restorer.restore(pages)).toEqual({ kept: 0, copied: 0 });
  });
});
