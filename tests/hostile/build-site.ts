import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
 * Builds a stories folder into a fresh temporary directory, as an editor's CI would:
 * `SAME_STORY_CONTENT=<content> astro build --outDir <tmp>`. The folder path is passed as given, so
 * each fixture site keeps one cache (astro.config.mjs keys the cache on it).
 */
export function buildSite(content: string, prefix = 'same-story-site-'): Promise<SiteBuild> {
  const outDir = mkdtempSync(path.join(tmpdir(), prefix));
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['astro', 'build', '--outDir', outDir], {
      cwd: projectRoot,
      env: { ...process.env, SAME_STORY_CONTENT: content, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const chunks: string[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ outDir, code, log: chunks.join(''), wallMs: performance.now() - started }));
  });
}
