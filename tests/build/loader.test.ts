import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite, projectRoot, siteFiles } from '../hostile/build-site.ts';

const root = projectRoot;
const astro = path.join(root, 'node_modules/astro/bin/astro.mjs');
// Inside the project, like the hostile-site builds: see tests/hostile/build-site.ts for why.
const scratch = path.join(root, 'node_modules/.cache/same-story-loader-tests');
mkdirSync(scratch, { recursive: true });
const work = mkdtempSync(path.join(scratch, 'run-'));

const usedContent: string[] = [];
/** The sites these tests built (in tests/hostile/build-site.ts's folder): removed with the rest. */
const builtSites = new Set<string>();

/** The Astro cache folder astro.config.mjs gives a stories folder. */
function cacheDirOf(content: string): string {
  return path.join(root, `node_modules/.astro-${createHash('sha256').update(content).digest('hex').slice(0, 12)}`);
}

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  for (const site of builtSites) rmSync(site, { recursive: true, force: true });
  // Each stories folder gets its own content cache (astro.config.mjs): drop the ones these tests made.
  for (const content of usedContent) rmSync(cacheDirOf(content), { recursive: true, force: true });
});

/** Vitest's own variables (NODE_ENV=test, VITEST*) would make the child's Vite believe it runs under test. */
function childEnv(stories: string): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST') && key !== 'NODE_ENV' && key !== 'TEST'),
  );
  return { ...env, SAME_STORY_CONTENT: stories, FORCE_COLOR: '0', NO_COLOR: '1' };
}

/** Two worker threads whenever two or more stories need analysis, whatever this machine's core count. */
async function build(stories: string, into?: string): Promise<{ code: number | null; output: string; outDir: string }> {
  usedContent.push(stories);
  const result = await buildSite(stories, 'loader-', { SAME_STORY_WORKERS: '2' }, into);
  builtSites.add(result.outDir);
  return { code: result.code, output: result.log, outDir: result.outDir };
}

describe('the content-layer loader in a real build', () => {
  const stories = path.join(work, 'stories');
  for (const slug of ['harbourton-pier-closure', 'strathmore-ferry-fine']) {
    cpSync(path.join(root, 'tests/fixtures/stories', slug), path.join(stories, slug), { recursive: true });
  }

  it('analyses every story cold (on worker threads), then reuses unchanged ones and re-analyses only an edited one', async () => {
    const cold = await build(stories);
    expect(cold.code, cold.output).toBe(0);
    expect(cold.output).toContain('analysing 2 stories on 2 worker threads');
    expect(cold.output).toMatch(/story 1 of 2: harbourton-pier-closure — analysed in \d+ ms/);
    expect(cold.output).toMatch(/story 2 of 2: strathmore-ferry-fine — analysed in \d+ ms/);
    expect(existsSync(path.join(cold.outDir, 'stories/harbourton-pier-closure/index.html'))).toBe(true);
    expect(existsSync(path.join(cold.outDir, 'stories/strathmore-ferry-fine/index.html'))).toBe(true);

    const warm = await build(stories);
    expect(warm.output).toMatch(/story 1 of 2: harbourton-pier-closure — unchanged, reused/);
    expect(warm.output).toMatch(/story 2 of 2: strathmore-ferry-fine — unchanged, reused/);
    expect(warm.output).not.toContain('worker threads');
    // Into a fresh folder, every page is copied from the cache (src/integrations/restore-pages.ts).
    const copiedLines = warm.output.split('\n').filter((line) => line.includes('(cached)')).length;
    expect(copiedLines).toBeGreaterThan(20);
    expect(warm.output).toContain(`pages from the last build (0 kept in place, ${copiedLines} copied)`);

    const manifest = path.join(stories, 'harbourton-pier-closure/story.yaml');
    writeFileSync(
      manifest,
      readFileSync(manifest, 'utf8').replace(/^title: .*$/m, 'title: Harbourton pier closes after storm damage (edited)'),
    );
    // Into the same folder: the unchanged story's pages stay where the last build left them.
    writeFileSync(path.join(warm.outDir, 'stray.html'), 'not written by the build');
    const edited = await build(stories, warm.outDir);
    expect(edited.output).toMatch(/story 1 of 2: harbourton-pier-closure — analysed in \d+ ms/);
    expect(edited.output).toMatch(/story 2 of 2: strathmore-ferry-fine — unchanged, reused/);
    // One story to analyse: in this thread, as starting a worker would cost more than it saves.
    expect(edited.output).not.toContain('worker threads');
    expect(readFileSync(path.join(edited.outDir, 'index.html'), 'utf8')).toContain('(edited)');

    // Pages: the unchanged story's are the last build's (Astro's incremental build; kept in place or
    // copied beforehand, src/integrations/restore-pages.ts, so Astro finds them there: "cached"), the
    // edited story's are rendered again, and the site is byte for byte what a cold build makes.
    const pageLines = (output: string, slug: string): string[] => output.split('\n').filter((line) => line.includes(`/stories/${slug}/`));
    const unchangedPages = pageLines(edited.output, 'strathmore-ferry-fine');
    const editedPages = pageLines(edited.output, 'harbourton-pier-closure');
    expect(unchangedPages.length).toBeGreaterThan(10);
    expect(unchangedPages.filter((line) => !line.includes('(cached)'))).toEqual([]);
    const cachedPages = edited.output.split('\n').filter((line) => line.includes('(cached)')).length;
    expect(edited.output).toContain(`pages from the last build (${cachedPages} kept in place, 0 copied)`);
    expect(editedPages.length).toBeGreaterThan(10);
    expect(editedPages.filter((line) => /\((?:restored|cached)\)/.test(line))).toEqual([]);
    expect(readFileSync(path.join(edited.outDir, 'stories/harbourton-pier-closure/facts/index.html'), 'utf8')).toContain('(edited)');
    // The old URLs' files (src/integrations/redirect-pages.ts): listed from the loader's index, which keeps each story's
    // versions, and all kept in place, their bytes known from the last build's digests.
    const index = JSON.parse(readFileSync(path.join(cacheDirOf(stories), 'same-story-stories.json'), 'utf8')) as { versions: unknown[] }[];
    expect(index.map((story) => story.versions.length)).toEqual([4, 4]);
    expect(edited.output).toMatch(/ (\d+) pages of old URLs \(\1 kept from the last build, 0 written\)/);

    const fresh = path.join(work, 'stories-copy');
    cpSync(stories, fresh, { recursive: true });
    const cold2 = await build(fresh);
    expect(cold2.code, cold2.output).toBe(0);
    expect(cold2.output).not.toMatch(/\((?:restored|cached)\)|pages from the last build/);
    expect(siteFiles(edited.outDir)).toEqual(siteFiles(cold2.outDir));

    // Astro clears its content store after any change to astro.config.mjs; the analyses, kept
    // under their digests beside it, are reused all the same.
    rmSync(path.join(cacheDirOf(fresh), 'data-store.json'));
    const cleared = await build(fresh);
    expect(cleared.code, cleared.output).toBe(0);
    expect(cleared.output).toContain('2 stories (0 analysed, 2 reused)');
    expect(siteFiles(cleared.outDir)).toEqual(siteFiles(cold2.outDir));

    // A story deleted while the store was cleared: nothing names it any more, yet its analysis goes.
    rmSync(path.join(fresh, 'strathmore-ferry-fine'), { recursive: true });
    rmSync(path.join(cacheDirOf(fresh), 'data-store.json'));
    const removed = await build(fresh);
    expect(removed.code, removed.output).toBe(0);
    expect(removed.output).toContain('1 story (0 analysed, 1 reused)');
    // What is left is the kept story's analysis and its head (the outline pages read), nothing of the deleted one.
    const left = readdirSync(path.join(cacheDirOf(fresh), 'same-story')).sort();
    expect(left.map((file) => file.replace(/\.[0-9a-f]+\./u, '.<digest>.'))).toEqual([
      'harbourton-pier-closure.<digest>.head1.json',
      'harbourton-pier-closure.<digest>.json',
    ]);
  }, 300_000);

  it('stops the build on bad input found in a worker thread, naming file, line and field, and writes no site', async () => {
    const bad = path.join(work, 'bad');
    cpSync(path.join(root, 'tests/fixtures/stories/harbourton-pier-closure'), path.join(bad, 'broken-story'), { recursive: true });
    cpSync(path.join(root, 'tests/fixtures/stories/strathmore-ferry-fine'), path.join(bad, 'good-story'), { recursive: true });
    const manifest = path.join(bad, 'broken-story/story.yaml');
    const lines = readFileSync(manifest, 'utf8').split('\n');
    const outletLine = lines.findIndex((line) => /^\s+outlet:/.test(line));
    lines[outletLine] = lines[outletLine]!.replace(/outlet:.*/, 'outlet: [not, a, string]');
    writeFileSync(manifest, lines.join('\n'));
    const result = await build(bad);
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('analysing 2 stories on 2 worker threads');
    expect(result.output).toContain(`broken-story/story.yaml:${outletLine + 1} versions[0].outlet: expected string, got a list`);
    expect(existsSync(path.join(result.outDir, 'index.html'))).toBe(false);
  }, 120_000);

  it('under `astro dev`, saving a story file changes the pages', async () => {
    // Outside node_modules, which the dev server's watcher ignores.
    const live = mkdtempSync(path.join(tmpdir(), 'same-story-live-'));
    cpSync(path.join(root, 'tests/fixtures/stories/harbourton-pier-closure'), path.join(live, 'harbourton-pier-closure'), {
      recursive: true,
    });
    const port = 4700 + Math.floor(Math.random() * 200);
    const server = spawn(process.execPath, [astro, 'dev', '--host', '127.0.0.1', '--port', String(port)], {
      cwd: root,
      env: (usedContent.push(live), childEnv(live)),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    server.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
    server.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
    const home = async (): Promise<string> => {
      try {
        return await (await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(20_000) })).text();
      } catch (error) {
        log += `\n(fetch failed: ${String((error as Error).cause ?? error)})`;
        return '';
      }
    };
    const waitFor = async (check: (html: string) => boolean, what: string): Promise<void> => {
      for (let tries = 0; tries < 120; tries++) {
        const html = await home();
        if (check(html)) return;
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
      throw new Error(`timed out waiting for ${what}\n${log}`);
    };
    try {
      await waitFor((html) => html.includes('/stories/harbourton-pier-closure/'), 'the dev server');
      const manifest = path.join(live, 'harbourton-pier-closure/story.yaml');
      writeFileSync(manifest, readFileSync(manifest, 'utf8').replace(/^title: .*$/m, 'title: Saved while the dev server runs'));
      await waitFor((html) => html.includes('Saved while the dev server runs'), 'the edited title');
      expect(log).toMatch(/harbourton-pier-closure: re-analysed in \d+ ms/);
    } finally {
      server.kill();
      rmSync(live, { recursive: true, force: true });
    }
  }, 240_000);
});
