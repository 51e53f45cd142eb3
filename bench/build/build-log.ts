import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { RESERVED_VERSION_IDS } from '../../src/lib/ingest/index.ts';

export interface RouteFigures {
  pages: number;
  /** Sum of the `(+N ms)` Astro prints after each page: the time spent rendering it. */
  ms: number;
}

/** What an `astro build` log says about the loader and the pages. */
export interface BuildLog {
  loader: {
    analysed: number;
    reused: number;
    /** The loader's own total, stories read, hashed, analysed and stored. */
    ms: number;
    /** Analysis time of each story it analysed, in log order. */
    analysedMs: number[];
  };
  /** "generating static routes … Completed in": rendering every page. */
  renderMs: number;
  /** Rendering time by page type (home, story, reading, compare, alignment, api, …). */
  routes: Record<string, RouteFigures>;
  /**
   * Pages copied from the previous build instead of rendered: Astro's incremental build logs "(restored)" for a page it
   * copies, "(cached)" for one already copied beforehand (src/integrations/restore-pages.ts).
   */
  restored: number;
  /**
   * The old URLs' redirect pages, written as plain files after the pages (src/integrations/redirect-pages.ts):
   * how many, how many the last build left in place, how many written, and the writer's wall time.
   */
  redirects: { pages: number; kept: number; written: number; ms: number };
}

const STORY_LINE = /story \d+ of \d+: \S+ — (?:analysed in (\d+) ms|unchanged, reused)/;
const LOADER_TOTAL = /\d+ stor(?:y|ies) \((\d+) analysed, (\d+) reused\) in (\d+) ms/;
/** Astro's durations: "738ms", "1.59s", "3m 4s". */
const DURATION = String.raw`(?:\d+m\s*)?\d+(?:\.\d+)?m?s`;
const ROUTE_LINE = new RegExp(String.raw`[├└]─ (\/\S*) \(\+(${DURATION})\)`);
const RESTORED_LINE = /[├└]─ \/\S* \((?:restored|cached)\)/;
const RENDER_DONE = new RegExp(String.raw`✓ Completed in (${DURATION})\.`);
const REDIRECTS_LINE = /(\d+) pages of old URLs \((\d+) kept from the last build, (\d+) written\) in (\d+) ms/;

export function parseBuildLog(log: string): BuildLog {
  const loader = { analysed: 0, reused: 0, ms: 0, analysedMs: [] as number[] };
  const routes: Record<string, RouteFigures> = {};
  let renderMs = 0;
  let restored = 0;
  let redirects = { pages: 0, kept: 0, written: 0, ms: 0 };
  let inRoutes = false;
  for (const line of log.split('\n')) {
    const written = REDIRECTS_LINE.exec(line);
    if (written) {
      const [pages, kept, files, ms] = written.slice(1).map(Number) as [number, number, number, number];
      redirects = { pages, kept, written: files, ms };
      continue;
    }
    const story = STORY_LINE.exec(line);
    if (story) {
      if (story[1] === undefined) loader.reused++;
      else {
        loader.analysed++;
        loader.analysedMs.push(Number(story[1]));
      }
      continue;
    }
    const total = LOADER_TOTAL.exec(line);
    if (total) loader.ms = Number(total[3]);
    if (line.includes('generating static routes')) inRoutes = true;
    const route = inRoutes ? ROUTE_LINE.exec(line) : null;
    if (route) {
      const figures = (routes[pageType(route[1]!)] ??= { pages: 0, ms: 0 });
      figures.pages++;
      figures.ms += toMs(route[2]!);
      continue;
    }
    if (inRoutes && RESTORED_LINE.test(line)) {
      restored++;
      continue;
    }
    const done = inRoutes ? RENDER_DONE.exec(line) : null;
    if (done) {
      renderMs = toMs(done[1]!);
      inRoutes = false;
    }
  }
  return { loader, renderMs, routes, restored, redirects };
}

/**
 * The page type of a built path: under /stories/<slug>/, a reserved page name (compare,
 * alignment, facts, …) names the type and any other segment is a version's reading page.
 */
export function pageType(route: string): string {
  const segments = route.split('/').filter((segment) => segment !== '' && segment !== 'index.html');
  const [first, , third] = segments;
  if (first === undefined) return 'home';
  if (first === 'api') return 'api';
  if (first === 'stories') {
    if (third === undefined) return 'story';
    return (RESERVED_VERSION_IDS as readonly string[]).includes(third) ? third : 'reading';
  }
  return /^\d+$/.test(first) ? 'plain' : first;
}

/** HTML pages and JSON files written: what the build produced, assets left out. */
export async function countPages(outDir: string): Promise<{ pages: number; bytes: number }> {
  const files = (await readdir(outDir, { recursive: true })).filter(
    (file) => (file.endsWith('.html') || file.endsWith('.json')) && !file.startsWith('_astro'),
  );
  const sizes = await Promise.all(files.map(async (file) => (await stat(path.join(outDir, file))).size));
  return { pages: files.length, bytes: sizes.reduce((sum, size) => sum + size, 0) };
}

export function toMs(duration: string): number {
  const [, minutes, amount, unit] = /^(?:(\d+)m\s*)?(\d+(?:\.\d+)?)(m?s)$/.exec(duration) ?? [];
  if (amount === undefined) return Number.NaN;
  return Number(minutes ?? 0) * 60_000 + Number(amount) * (unit === 'ms' ? 1 : 1000);
}
