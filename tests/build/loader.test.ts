import { execFile, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
const astro = path.join(root, 'node_modules/astro/bin/astro.mjs');
const work = mkdtempSync(path.join(tmpdir(), 'same-story-loader-'));

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Vitest's own variables (NODE_ENV=test, VITEST*) would make the child's Vite believe it runs under test. */
function childEnv(stories: string): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST') && key !== 'NODE_ENV' && key !== 'TEST'));
  return { ...env, SAME_STORY_CONTENT: stories, FORCE_COLOR: '0', NO_COLOR: '1' };
}

/** Runs a real `astro build` of a stories folder; resolves with its exit code and output. */
async function build(stories: string, outDir: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [astro, 'build', '--outDir', outDir], {
      cwd: root,
      env: childEnv(stories),
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}

describe('the content-layer loader in a real build', () => {
  const stories = path.join(work, 'stories');
  const outDir = path.join(work, 'dist');
  cpSync(path.join(root, 'tests/fixtures/stories/harbourton-pier-closure'), path.join(stories, 'harbourton-pier-closure'), { recursive: true });

  it('analyses every story on a cold build, then reuses unchanged ones and re-analyses only an edited one', async () => {
    const cold = await build(stories, outDir);
    expect(cold.code, cold.output).toBe(0);
    expect(cold.output).toMatch(/story 1 of 1: harbourton-pier-closure — analysed in \d+ ms/);
    expect(existsSync(path.join(outDir, 'stories/harbourton-pier-closure/index.html'))).toBe(true);

    const warm = await build(stories, outDir);
    expect(warm.output).toMatch(/story 1 of 1: harbourton-pier-closure — unchanged, reused/);

    const manifest = path.join(stories, 'harbourton-pier-closure/story.yaml');
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace(/^title: .*$/m, 'title: Harbourton pier closes after storm damage (edited)'));
    const edited = await build(stories, outDir);
    expect(edited.output).toMatch(/story 1 of 1: harbourton-pier-closure — analysed in \d+ ms/);
    expect(readFileSync(path.join(outDir, 'index.html'), 'utf8')).toContain('(edited)');
  }, 180_000);

  it('stops the build on bad input, naming file, line and field, and writes no site', async () => {
    const bad = path.join(work, 'bad');
    cpSync(path.join(root, 'tests/fixtures/stories/harbourton-pier-closure'), path.join(bad, 'broken-story'), { recursive: true });
    const manifest = path.join(bad, 'broken-story/story.yaml');
    const lines = readFileSync(manifest, 'utf8').split('\n');
    const outletLine = lines.findIndex((line) => /^\s+outlet:/.test(line));
    lines[outletLine] = lines[outletLine]!.replace(/outlet:.*/, 'outlet: [not, a, string]');
    writeFileSync(manifest, lines.join('\n'));
    const badOut = path.join(work, 'bad-dist');
    const result = await build(bad, badOut);
    expect(result.code).not.toBe(0);
    expect(result.output).toContain(`broken-story/story.yaml:${outletLine + 1} versions[0].outlet: expected string, got a list`);
    expect(existsSync(badOut)).toBe(false);
  }, 120_000);

  it('under `astro dev`, saving a story file changes the pages', async () => {
    const live = path.join(work, 'live');
    cpSync(path.join(root, 'tests/fixtures/stories/harbourton-pier-closure'), path.join(live, 'harbourton-pier-closure'), { recursive: true });
    const port = 4700 + Math.floor(Math.random() * 200);
    const server = spawn(process.execPath, [astro, 'dev', '--host', '127.0.0.1', '--port', String(port)], {
      cwd: root,
      env: childEnv(live),
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
    }
  }, 240_000);
});
