import { constants, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { copyFile } from 'node:fs/promises';
import path from 'node:path';
import type { PathWithRoute } from 'astro';

/**
 * The pages of an incremental build that Astro will copy from its last build rather than render,
 * copied beforehand, many at a time.
 *
 * Astro's incremental build copies each unchanged page from its cache when its turn comes, one file
 * at a time, awaiting an existence check, a `mkdir` and a `copyFile` each (at 1,000 stories, 51,948
 * pages: about 11 s of a warm rebuild, nearly all of it waiting on the file system). It copies
 * nothing that is already in the output folder: a page whose file exists there is kept as it is
 * ("cached" in its log instead of "restored"). So the pages whose `cacheKey` the last build recorded
 * unchanged are copied here first, several at once, before any page renders.
 *
 * What Astro decides is unchanged: Astro alone decides what to render, by its own checks (the page's code, the
 * config, the lockfile). A page copied here that Astro renders after all is removed just before it
 * renders (`forget`), so its file is the new render's, or none if the render writes none: the output is
 * file for file what Astro's own copying would leave.
 */

/** The part of Astro's `incremental-build.json` (its version 1) read here: each route's pages, by pathname. */
interface PreviousBuild {
  version: number;
  routes: Record<string, { paths: Record<string, { cacheKey?: string; outputFile: string }> }>;
}

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

/** Copies an incremental build's unchanged pages before they render, and undoes a copy whose page renders after all. */
export class PageRestorer {
  readonly #cacheDir: string;
  readonly #outDir: string;
  /** Copied pages by `pageKey`: their files under the output folder. */
  #copied = new Map<string, string>();

  /** `cacheDir`: Astro's cache folder (its manifest and `dist/` copy); `outDir`: the build's output folder. */
  constructor(cacheDir: string, outDir: string) {
    this.#cacheDir = cacheDir;
    this.#outDir = outDir;
  }

  /** Copies the pages among `pages` that the last build recorded with the same `cacheKey`; returns how many. */
  async restore(pages: readonly PathWithRoute[]): Promise<number> {
    const previous = readPreviousBuild(path.join(this.#cacheDir, 'incremental-build.json'));
    if (!previous) return 0;
    const unchanged = unchangedPages(pages, previous);
    const copied = await copyFiles(unchanged.values(), path.join(this.#cacheDir, 'dist'), this.#outDir);
    for (const [key, file] of unchanged) if (copied.has(file)) this.#copied.set(key, path.join(this.#outDir, file));
    return copied.size;
  }

  /** Before a page renders: its copied file, if any, goes, so the output holds what the render writes. */
  forget(pathname: string): void {
    const key = pageKey(pathname);
    const file = this.#copied.get(key);
    if (file === undefined) return;
    this.#copied.delete(key);
    rmSync(file, { force: true });
  }
}
