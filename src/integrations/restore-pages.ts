import { constants, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { copyFile } from 'node:fs/promises';
import path from 'node:path';
import type { PathWithRoute } from 'astro';

/**
 * The pages of an incremental build that Astro will copy from its last build rather than render: kept
 * where the last build left them, or copied beforehand, many at a time.
 *
 * Astro's incremental build empties the output folder, then copies each unchanged page from its cache
 * when its turn comes, one file at a time, awaiting an existence check, a `mkdir` and a `copyFile` each
 * (at 1,000 stories, 51,948 pages, 1.7 GB: about 11 s of a warm rebuild, mostly waiting on the file
 * system). It copies nothing that is already in the output folder: a page whose file exists there is
 * kept as it is ("cached" in its log instead of "restored"). So, with Astro's emptying turned off:
 * - `prune`, before the build, removes from the output folder every file but the pages the last build
 *   wrote that are still as it left them (same size and modification time, recorded when it ended:
 *   `record`), so a file edited or added since is never kept;
 * - `restore`, once the pages are known, removes the kept pages that are not unchanged and copies the
 *   unchanged pages that are not kept (another output folder last time), several at once;
 * - Astro alone decides what to render, by its own checks (the page's code, the config, the
 *   lockfile). A page kept or copied here that Astro renders after all loses its file just before it
 *   renders (`forget`), so its file is the new render's, or none if the render writes none.
 * The output is file for file what Astro's emptying and copying leave.
 *
 * Files the build writes outside Astro (the redirect pages of old URLs: redirect-pages.ts) are kept
 * the same way: `record` takes them too, `restore` keeps those the build will write again (`extra`)
 * and `keptExtra` names them, so the writer leaves a kept file alone when its bytes are already right.
 */

/** The part of Astro's `incremental-build.json` (its version 1) read here: each route's pages, by pathname. */
interface PreviousBuild {
  version: number;
  routes: Record<string, { paths: Record<string, { cacheKey?: string; outputFile: string }> }>;
}

/** Each keyed page's file as the last build left it in its output folder: [size, modification time in ms]. */
interface OutputRecord {
  outDir: string;
  files: Record<string, [number, number]>;
}

/** The record's file in Astro's cache folder, beside Astro's own manifest. */
const RECORD_FILE = 'same-story-output.json';

/** The manifest version whose format this module reads; another version copies nothing (Astro renders every page anyway). */
const MANIFEST_VERSION = 1;

/** Copies in flight at once: enough to keep the thread pool's four threads busy on a fast disk. */
const CONCURRENCY = 16;

/** A page's address as a key: without its trailing slash, as Astro compares them. */
export function pageKey(pathname: string): string {
  return pathname.length > 1 && pathname.endsWith('/') ? pathname.slice(0, -1) : pathname;
}

/** The page a prerender request is for, as `getStaticPaths` named it: the URL's path less the site's `base`, decoded. */
export function requestedPage(url: string, base: string): string {
  const pathname = decodeURI(new URL(url).pathname);
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  return prefix !== '' && pathname.startsWith(`${prefix}/`) ? pathname.slice(prefix.length) : pathname;
}

/** The last build's record, or undefined when there is none Astro would use (missing, unreadable, another version). */
export function readPreviousBuild(manifestFile: string): PreviousBuild | undefined {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(manifestFile, 'utf8'));
  } catch {
    return undefined;
  }
  const build = data as Partial<PreviousBuild> | null;
  return build?.version === MANIFEST_VERSION && typeof build.routes === 'object' && build.routes !== null
    ? (build as PreviousBuild)
    : undefined;
}

/**
 * The output file (relative to the output folder) of each page keyed as it was in the last build,
 * by `pageKey`: the pages Astro will copy from its cache unless its own checks find a change.
 */
export function unchangedPages(pages: readonly PathWithRoute[], previous: PreviousBuild): Map<string, string> {
  const unchanged = new Map<string, string>();
  for (const { pathname, route, cacheKey } of pages) {
    if (cacheKey === undefined) continue;
    const last = previous.routes[route.component]?.paths[pathname];
    if (last?.cacheKey === cacheKey && typeof last.outputFile === 'string') unchanged.set(pageKey(pathname), last.outputFile);
  }
  return unchanged;
}

/**
 * Copies `files` (relative paths) from `fromDir` to `toDir`, several at once; returns those copied
 * (a file missing from the cache is left for Astro, which renders its page). Copies are real copies
 * (a clone where the file system shares blocks copy-on-write), never links: Astro writes its cache
 * files in place, and an output folder linked to them would change with the next build.
 */
export async function copyFiles(files: Iterable<string>, fromDir: string, toDir: string): Promise<Set<string>> {
  const queue = [...files];
  const made = new Set<string>();
  for (const file of queue) {
    const dir = path.dirname(path.join(toDir, file));
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
  }
  const copied = new Set<string>();
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < queue.length) {
      const file = queue[next++]!;
      try {
        await copyFile(path.join(fromDir, file), path.join(toDir, file), constants.COPYFILE_FICLONE);
        copied.add(file);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, queue.length) }, worker));
  return copied;
}

/** Keeps or copies an incremental build's unchanged pages before they render, and undoes that for a page that renders after all. */
export class PageRestorer {
  readonly #cacheDir: string;
  readonly #outDir: string;
  /** Files (relative to the output folder) that `prune` kept. */
  #kept = new Set<string>();
  /** Kept and copied pages by `pageKey`: their files under the output folder. */
  #restored = new Map<string, string>();
  /** Files written outside Astro that `prune` kept and `restore` was told this build writes again. */
  #keptExtra = new Set<string>();
  /**
   * Files `prune` kept, with the [size, modification time] it read, while nothing has touched them since:
   * `record` takes these as they are instead of reading each file again (at 1,000 stories, 52,000 `lstat`s).
   */
  #untouched = new Map<string, [number, number]>();

  /** `cacheDir`: Astro's cache folder (its manifest and `dist/` copy); `outDir`: the build's output folder. */
  constructor(cacheDir: string, outDir: string) {
    this.#cacheDir = cacheDir;
    this.#outDir = outDir;
  }

  /**
   * Before the build, in place of Astro's emptying: removes every file of the output folder (but a
   * top-level `.git`, as Astro spares it) except those the last build recorded and that are as it left
   * them, and every folder left empty. Returns how many files were kept.
   */
  prune(): number {
    const record = readRecord(path.join(this.#cacheDir, RECORD_FILE));
    // Used once: a build that stops half-way, or one without the page cache, leaves no record behind.
    rmSync(path.join(this.#cacheDir, RECORD_FILE), { force: true });
    const files = record?.outDir === this.#outDir ? record.files : {};
    this.#kept = new Set();
    this.#untouched = new Map();
    const walk = (dir: string, relative: string): number => {
      let left = 0;
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (relative === '' && entry.name === '.git') {
          left++;
          continue;
        }
        const file = relative === '' ? entry.name : `${relative}/${entry.name}`;
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) {
          if (walk(full, file) > 0) left++;
          else rmdirSync(full);
          continue;
        }
        const was = files[file];
        const stat = entry.isFile() && was !== undefined ? lstatSync(full) : undefined;
        if (stat !== undefined && stat.size === was![0] && stat.mtimeMs === was![1]) {
          this.#kept.add(file);
          this.#untouched.set(file, was!);
          left++;
        } else rmSync(full, { force: true });
      }
      return left;
    };
    if (existsSync(this.#outDir)) walk(this.#outDir, '');
    return this.#kept.size;
  }

  /**
   * Once the pages are known: the kept files of pages that are not unchanged go, and the unchanged
   * pages that were not kept are copied from Astro's cache. Kept files among `extra` (files this build
   * writes outside Astro, relative to the output folder) stay for their writer (`keptExtra`). Returns
   * how many pages were kept and copied.
   */
  async restore(pages: readonly PathWithRoute[], extra: ReadonlySet<string> = new Set()): Promise<{ kept: number; copied: number }> {
    const previous = readPreviousBuild(path.join(this.#cacheDir, 'incremental-build.json'));
    const unchanged = previous ? unchangedPages(pages, previous) : new Map<string, string>();
    const wanted = new Set(unchanged.values());
    this.#keptExtra = new Set();
    for (const file of this.#kept) {
      if (extra.has(file) && !wanted.has(file)) this.#keptExtra.add(file);
      else if (!wanted.has(file)) {
        this.#remove(file);
        this.#untouched.delete(file);
      }
    }
    const kept = [...wanted].filter((file) => this.#kept.has(file));
    const copied = await copyFiles(
      [...wanted].filter((file) => !this.#kept.has(file)),
      path.join(this.#cacheDir, 'dist'),
      this.#outDir,
    );
    for (const [key, file] of unchanged)
      if (this.#kept.has(file) || copied.has(file)) this.#restored.set(key, path.join(this.#outDir, file));
    this.#kept = new Set();
    return { kept: kept.length, copied: copied.size };
  }

  /** The files among `restore`'s `extra` that the last build left as they were. */
  get keptExtra(): ReadonlySet<string> {
    return this.#keptExtra;
  }

  /** Before a page renders: its kept or copied file, if any, goes, so the output holds what the render writes. */
  forget(pathname: string): void {
    const key = pageKey(pathname);
    const file = this.#restored.get(key);
    if (file === undefined) return;
    this.#restored.delete(key);
    this.#untouched.delete(path.relative(this.#outDir, file).split(path.sep).join('/'));
    rmSync(file, { force: true });
  }

  /**
   * After the build: each keyed page's file, and each of `extra` (files the build wrote outside Astro),
   * as this build leaves it, for the next build's `prune`. A file kept by `prune` and not touched since
   * (never forgotten, not among `rewritten`, the files of `extra` written again) keeps the size and time
   * `prune` read; every other file is read.
   */
  record(extra: readonly string[] = [], rewritten: Iterable<string> = []): void {
    for (const file of rewritten) this.#untouched.delete(file);
    const manifest = readPreviousBuild(path.join(this.#cacheDir, 'incremental-build.json'));
    if (!manifest) return;
    const files: OutputRecord['files'] = {};
    const outputs = Object.values(manifest.routes).flatMap((route) => Object.values(route.paths).map(({ outputFile }) => outputFile));
    for (const outputFile of [...outputs, ...extra]) {
      const untouched = this.#untouched.get(outputFile);
      if (untouched !== undefined) {
        files[outputFile] = untouched;
        continue;
      }
      try {
        const stat = lstatSync(path.join(this.#outDir, outputFile));
        if (stat.isFile()) files[outputFile] = [stat.size, stat.mtimeMs];
      } catch {
        // Not written by this build (a shard's other pages): nothing to keep.
      }
    }
    const record: OutputRecord = { outDir: this.#outDir, files };
    writeFileSync(path.join(this.#cacheDir, RECORD_FILE), JSON.stringify(record));
    this.#untouched = new Map();
  }

  /** Removes a file of the output folder, and the folders it leaves empty. */
  #remove(file: string): void {
    rmSync(path.join(this.#outDir, file), { force: true });
    for (let dir = path.dirname(file); dir !== '.' && dir !== ''; dir = path.dirname(dir)) {
      try {
        rmdirSync(path.join(this.#outDir, dir));
      } catch {
        return;
      }
    }
  }
}

/** Forgets the output a build left: a build without the page cache (or `--force`) leaves a folder no record describes. */
export function forgetOutput(cacheDir: string): void {
  rmSync(path.join(cacheDir, RECORD_FILE), { force: true });
}

function readRecord(file: string): OutputRecord | undefined {
  try {
    const record = JSON.parse(readFileSync(file, 'utf8')) as Partial<OutputRecord> | null;
    return typeof record?.outDir === 'string' && typeof record.files === 'object' && record.files !== null
      ? (record as OutputRecord)
      : undefined;
  } catch {
    return undefined;
  }
}
