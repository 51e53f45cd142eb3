import { appendFile, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { analyseFolder, type AnalysisFigures, type Pipeline } from './analysis.ts';
import { runAstroBuild, siteCacheDir, type BuildFigures } from './build/astro-build.ts';
import { writeCorpus } from './generate-corpus.ts';

export interface ScaleOptions {
  stories: number;
  versions: number;
  seed: number;
  /** The site's project root: the snapshot, or the working tree. */
  siteRoot: string;
  /** The bare Astro floor's project root (a copy of bench/floor beside the snapshot). */
  floorRoot: string;
  /** The same-pages floor's project root (a copy of bench/floor-same-pages). */
  samePagesFloorRoot: string;
  pipeline: Pipeline;
  /** Where logs go (bench/out). */
  outDir: string;
  /** Where corpora and built sites go: tmpfs by default (see bench/run.ts). */
  scratchDir: string;
  /** Keep the built sites and caches instead of deleting them after measuring. */
  keepSites: boolean;
  log: (message: string) => void;
}

/** Every figure for one corpus size: the site cold and warm, the floor, and analysis in-process. */
export interface ScaleResult {
  stories: number;
  versions: number;
  cold: BuildFigures;
  warm: BuildFigures & { edited: string };
  /**
   * The cold build again with SAME_STORY_INCREMENTAL=0: without the second copy of every page that
   * Astro's incremental build keeps for the next build. What a one-off build costs.
   */
  coldWithoutPageCache: BuildFigures;
  floor: BuildFigures;
  /**
   * Bare Astro writing the site's own pages again, byte for byte, with no work behind them
   * (bench/floor-same-pages): what pages of this size cost before any analysis or view.
   */
  samePagesFloor: BuildFigures;
  /** Cold build time over the floor's, for the same number of pages: wall, and CPU. */
  costRatio: number;
  cpuRatio: number;
  /** The same for the cold build without the page cache. */
  costRatioWithoutPageCache: number;
  cpuRatioWithoutPageCache: number;
  /** Cold build over the same-pages floor (the cost of the analysis and the views): wall, and CPU. */
  samePagesCostRatio: number;
  samePagesCpuRatio: number;
  /** Same-pages floor over the floor (the cost of the pages' size alone): wall, and CPU. */
  pageSizeRatio: number;
  pageSizeCpuRatio: number;
  analysis: AnalysisFigures;
}

export async function measureScale(options: ScaleOptions): Promise<ScaleResult> {
  const { name, corpus, slugs, cold, build, siteDir } = await coldBuild(options);
  const edited = await editOneVersion(corpus, slugs[Math.floor(slugs.length / 2)]!);
  options.log(`${name}: warm build after editing ${edited}`);
  const warm = await build(false, 'warm');
  options.log(`${name}: warm ${seconds(warm.wallMs)} s, ${warm.loader.analysed} analysed, ${warm.loader.reused} reused`);

  options.log(`${name}: floor build of ${cold.pages} pages`);
  const floor = await runAstroBuild({
    root: options.floorRoot,
    outDir: path.join(options.scratchDir, 'site', `floor-${cold.pages}`),
    env: { FLOOR_PAGES: String(cold.pages) },
    cacheDir: path.join(options.floorRoot, 'node_modules/.astro-bench-floor'),
    cold: true,
    logFile: path.join(options.outDir, 'logs', `${name}-floor.log`),
  });
  options.log(`${name}: floor ${seconds(floor.wallMs)} s`);

  // The warm build's pages are a whole site (rendered and copied), the same count as the cold one's.
  // Its cache (analyses and the copy of every page: ~3.5 GB at 1,000 stories, on tmpfs) goes first,
  // to leave room for the floor's copy of the pages; the next build is cold anyway.
  await rm(siteCacheDir(options.siteRoot, corpus), { recursive: true, force: true });
  const samePagesDir = path.join(options.scratchDir, 'site', `floor-same-pages-${name}`);
  options.log(`${name}: same-pages floor (bare Astro writing the site's ${warm.pages} pages again)`);
  const samePagesFloor = await runAstroBuild({
    root: options.samePagesFloorRoot,
    outDir: samePagesDir,
    env: { FLOOR_SITE_DIR: siteDir },
    cacheDir: path.join(options.samePagesFloorRoot, 'node_modules/.astro-bench-floor'),
    cold: true,
    logFile: path.join(options.outDir, 'logs', `${name}-floor-same-pages.log`),
  });
  if (samePagesFloor.pages !== warm.pages || samePagesFloor.pageBytes !== warm.pageBytes) {
    throw new Error(
      `the same-pages floor wrote ${samePagesFloor.pages} pages of ${samePagesFloor.pageBytes} bytes, the site ${warm.pages} of ` +
        `${warm.pageBytes}: it no longer writes the site's pages as they are`,
    );
  }
  options.log(`${name}: same-pages floor ${seconds(samePagesFloor.wallMs)} s`);
  await rm(samePagesDir, { recursive: true, force: true });

  options.log(`${name}: cold build without the page cache (SAME_STORY_INCREMENTAL=0)`);
  const coldWithoutPageCache = await build(true, 'cold-without-page-cache', { SAME_STORY_INCREMENTAL: '0' });
  options.log(`${name}: cold without the page cache ${seconds(coldWithoutPageCache.wallMs)} s`);

  options.log(`${name}: analysis in-process`);
  const analysis = await analyseFolder(options.pipeline, corpus);
  await removeSites(options, corpus);
  return {
    stories: options.stories,
    versions: options.versions,
    cold,
    warm: { ...warm, edited },
    coldWithoutPageCache,
    floor,
    samePagesFloor,
    costRatio: cold.wallMs / floor.wallMs,
    cpuRatio: cold.cpuMs / floor.cpuMs,
    costRatioWithoutPageCache: coldWithoutPageCache.wallMs / floor.wallMs,
    cpuRatioWithoutPageCache: coldWithoutPageCache.cpuMs / floor.cpuMs,
    samePagesCostRatio: cold.wallMs / samePagesFloor.wallMs,
    samePagesCpuRatio: cold.cpuMs / samePagesFloor.cpuMs,
    pageSizeRatio: samePagesFloor.wallMs / floor.wallMs,
    pageSizeCpuRatio: samePagesFloor.cpuMs / floor.cpuMs,
    analysis,
  };
}

/** A cold build only: how build time and pages grow with versions per story. */
export async function measureColdBuild(options: ScaleOptions): Promise<BuildFigures> {
  const { cold, corpus } = await coldBuild(options);
  await removeSites(options, corpus);
  return cold;
}

async function coldBuild(options: ScaleOptions) {
  const name = `${options.stories}x${options.versions}`;
  const corpus = path.join(options.scratchDir, 'corpus', name);
  const slugs = await writeCorpus(corpus, { stories: options.stories, versions: options.versions, seed: options.seed });
  const siteDir = path.join(options.scratchDir, 'site', name);
  const build = (cold: boolean, kind: string, env: Record<string, string> = {}): Promise<BuildFigures> =>
    runAstroBuild({
      root: options.siteRoot,
      outDir: siteDir,
      env: { ...env, SAME_STORY_CONTENT: corpus },
      cacheDir: siteCacheDir(options.siteRoot, corpus),
      cold,
      logFile: path.join(options.outDir, 'logs', `${name}-${kind}.log`),
    });
  options.log(`${name}: cold build`);
  const cold = await build(true, 'cold');
  options.log(`${name}: cold ${seconds(cold.wallMs)} s, ${cold.pages} pages`);
  return { name, corpus, slugs, cold, build, siteDir };
}

/** Built sites and the corpus's Astro cache (its analyses: ~430 MB at 1,000 stories) go once measured. */
async function removeSites(options: ScaleOptions, corpus: string): Promise<void> {
  if (options.keepSites) return;
  await rm(path.join(options.scratchDir, 'site'), { recursive: true, force: true });
  await rm(siteCacheDir(options.siteRoot, corpus), { recursive: true, force: true });
}

/** Appends a sentence to the story's second version file: one changed file for the warm rebuild. */
async function editOneVersion(corpus: string, slug: string): Promise<string> {
  const files = (await readdir(path.join(corpus, slug))).filter((file) => file.endsWith('.txt')).sort();
  const file = files[1] ?? files[0]!;
  await appendFile(path.join(corpus, slug, file), '\n\nThis story was updated on Tuesday with a correction from the ministry.');
  return `${slug}/${file}`;
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(1);
}
