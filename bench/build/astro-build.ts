import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { countPages, parseBuildLog, type BuildLog } from './build-log.ts';

const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ASTRO_CLI = path.join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs');
const PEAK_MEMORY_PRELOAD = pathToFileURL(fileURLToPath(new URL('./report-peak-memory.ts', import.meta.url))).href;

export interface BuildRequest {
  /** Astro project root (the main site, or the floor). */
  root: string;
  outDir: string;
  env: Record<string, string>;
  /**
   * Astro's cache folder for this build, and the output folder: both removed first when `cold`. A warm
   * build writes over the last build's output, as an editor's rebuild into dist/ does.
   */
  cacheDir: string;
  cold: boolean;
  /** Where the raw build log is kept. */
  logFile: string;
}

export interface BuildFigures extends BuildLog {
  wallMs: number;
  /** CPU time of the build process (user + system, all its threads): steadier than wall time under load. */
  cpuMs: number;
  peakRssMb: number;
  pages: number;
  /** Bytes of those pages (HTML and JSON, as written): what Astro had to produce. */
  pageBytes: number;
  pagesPerSecond: number;
  /** 1-minute load average when the build started and ended (2 cores: 2 = fully busy). */
  load: [number, number];
}

/** A build that exited with an error: the line that says why, and how long it ran. */
export class BuildFailure extends Error {
  readonly reason: string;
  readonly wallMs: number;
  readonly logFile: string;

  constructor(reason: string, wallMs: number, logFile: string) {
    super(`astro build failed after ${(wallMs / 1000).toFixed(0)} s: ${reason} (log: ${logFile})`);
    this.reason = reason;
    this.wallMs = wallMs;
    this.logFile = logFile;
  }
}

/** One `astro build` in a child Node process: wall time, peak memory, pages written, and what its log says. */
export async function runAstroBuild(request: BuildRequest): Promise<BuildFigures> {
  if (request.cold) {
    await rm(request.cacheDir, { recursive: true, force: true });
    await rm(request.outDir, { recursive: true, force: true });
  }
  const memoryFile = `${request.logFile}.memory.json`;
  await rm(memoryFile, { force: true });
  const loadBefore = loadavg()[0]!;
  const started = performance.now();
  // Run from the site's root: Astro stages pages in `<cwd>/.astro/.prerender` and moves them into
  // outDir by renaming, which needs both on one file system (the scratch folder may be tmpfs).
  const { code, log } = await run(
    request.root,
    process.execPath,
    ['--import', PEAK_MEMORY_PRELOAD, ASTRO_CLI, 'build', '--root', request.root, '--outDir', request.outDir],
    {
      ...request.env,
      BENCH_PEAK_MEMORY_FILE: memoryFile,
    },
    request.logFile,
  );
  const wallMs = performance.now() - started;
  if (code !== 0) throw new BuildFailure(failureReason(log, code), wallMs, request.logFile);
  const { maxRssKb, cpuMs } = JSON.parse(await readFile(memoryFile, 'utf8')) as { maxRssKb: number; cpuMs: number };
  const { pages, bytes: pageBytes } = await countPages(request.outDir);
  return {
    ...parseBuildLog(log),
    wallMs,
    cpuMs,
    peakRssMb: maxRssKb / 1024,
    pages,
    pageBytes,
    pagesPerSecond: pages / (wallMs / 1000),
    load: [loadBefore, loadavg()[0]!],
  };
}

/** The cache folder astro.config.mjs picks for a SAME_STORY_CONTENT value in a site rooted at `root` (kept in step with it). */
export function siteCacheDir(root: string, content: string): string {
  return path.join(root, `node_modules/.astro-${createHash('sha256').update(content).digest('hex').slice(0, 12)}`);
}

export { PROJECT_ROOT };

/** The first line that says what went wrong: a fatal V8 error, Astro's [ERROR], or the exit code. */
function failureReason(log: string, code: number | null): string {
  const lines = log.split('\n');
  const line =
    lines.find((text) => text.includes('FATAL ERROR')) ??
    lines.find((text) => text.includes('[ERROR]')) ??
    lines.find((text) => /\bError\b/.test(text));
  return line?.trim() ?? `exit code ${code}`;
}

/** Runs the build, streaming its output to `logFile` as it comes (a long build can be watched there). */
function run(
  cwd: string,
  command: string,
  args: string[],
  env: Record<string, string>,
  logFile: string,
): Promise<{ code: number | null; log: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, ...env, FORCE_COLOR: '0', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const file = createWriteStream(logFile);
    const chunks: Buffer[] = [];
    const keep = (chunk: Buffer): void => {
      chunks.push(chunk);
      file.write(chunk);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', reject);
    child.on('close', (code) => {
      file.end();
      resolve({ code, log: Buffer.concat(chunks).toString('utf8') });
    });
  });
}
