import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const projectRoot = path.resolve(import.meta.dirname, '../..');
export const hostileContent = 'tests/fixtures/hostile-site';

export interface SiteBuild {
  outDir: string;
  /** Exit code of `astro build`. */
  code: number | null;
  /** stdout and stderr, interleaved. */
  log: string;
  wallMs: number;
}

/**
 * Where test builds go. Inside the project on purpose: for an --outDir outside the working
 * directory Astro stages prerendered chunks in the shared `.astro/.prerender`, so two such builds
 * at once (a test and someone's manual build) break each other; inside, each build stages in its own
 * `<outDir>/.prerender`.
 */
const buildsDir = path.join(projectRoot, 'node_modules/.cache/same-story-test-sites');

/**
 * Builds a stories folder into a fresh directory (or `into`, an earlier build's, as an editor's rebuild
 * would), as an editor's CI would: `SAME_STORY_CONTENT=<content> astro build --outDir <dir>`. The folder
 * path is passed as given, so each fixture site keeps one cache (astro.config.mjs keys the cache on it).
 */
export function buildSite(content: string, prefix = 'site-', env: NodeJS.ProcessEnv = {}, into?: string): Promise<SiteBuild> {
  mkdirSync(buildsDir, { recursive: true });
  const outDir = into ?? mkdtempSync(path.join(buildsDir, prefix));
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['astro', 'build', '--outDir', outDir], {
      cwd: projectRoot,
      env: { ...process.env, ...env, SAME_STORY_CONTENT: content, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const chunks: string[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ outDir, code, log: chunks.join(''), wallMs: performance.now() - started }));
  });
}

/** Every file of a built site, by path, as a digest of its bytes. */
export function siteFiles(outDir: string): Record<string, string> {
  const files = readdirSync(outDir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return Object.fromEntries(
    files
      .map((entry) => path.relative(outDir, path.join(entry.parentPath, entry.name)))
      .sort()
      .map((file) => [
        file,
        createHash('sha256')
          .update(readFileSync(path.join(outDir, file)))
          .digest('hex'),
      ]),
  );
}
