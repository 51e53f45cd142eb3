// `npm run bench`: synthetic corpora of 10, 100 and 1,000 stories built cold and warm beside a bare
// Astro floor, analysis by stage in-process, growth with versions per story, and the seed story.
// Prints a table and writes bench/out/results.json. Not part of `npm test`: it takes minutes.
import { existsSync } from 'node:fs';
import { copyFile, mkdir, rm, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { analyseSeed, loadPipeline, versionGrowth } from './analysis.ts';
import { calibrate } from './calibrate.ts';
import { BuildFailure, PROJECT_ROOT } from './build/astro-build.ts';
import { floorSource, siteSource } from './build/snapshot.ts';
import { formatReport, type BenchResults } from './report.ts';
import { measureColdBuild, measureScale, type ScaleResult } from './scale.ts';
import { checkTargets } from './targets.ts';
import { formatHtmlRows, runHtmlExtractionBenchmark } from './html-extraction.ts';
import { formatFactsLargeRows, runFactsLargeBenchmark } from './facts-large.ts';
import { formatHardInputRows, runHardInputsBenchmark } from './hard-inputs.ts';

const { values } = parseArgs({
  allowNegative: true,
  options: {
    sizes: { type: 'string', default: '10,100,1000' },
    versions: { type: 'string', default: '6' },
    growth: { type: 'string', default: '2,4,8,16' },
    'growth-stories': { type: 'string', default: '10' },
    /** Also build the growth corpora (cold), not only analyse them; --no-growth-builds skips it. */
    'growth-builds': { type: 'boolean', default: true },
    seed: { type: 'string', default: '1' },
    /** A git ref to snapshot and measure (default HEAD), or "worktree" for the files as they are now. */
    source: { type: 'string', default: 'HEAD' },
    /**
     * Where the snapshot, corpora and built sites go. Default: a folder in /dev/shm (tmpfs) when
     * there is one and a commit is measured, else bench/out. On this kind's ext4 disk, creating
     * files right after deleting thousands (each build replaces the last one's pages) costs up to
     * five times more system time from one build to the next, which swamped what the builds differ in.
     * Not inside a node_modules folder: Node strips TypeScript types only outside one.
     */
    scratch: { type: 'string' },
    'keep-sites': { type: 'boolean', default: false },
    /** Also run bench/search-latency.ts when it exists; --no-search skips it. */
    search: { type: 'boolean', default: true },
    /** Also copy the results to bench/results.json (the committed copy). */
    save: { type: 'boolean', default: false },
  },
});

const numbers = (list: string): number[] =>
  list
    .split(',')
    .map((item) => Number(item.trim()))
    .filter((n) => Number.isInteger(n) && n > 0);
const seed = Number(values.seed);
const versions = Number(values.versions);
const outDir = path.join(PROJECT_ROOT, 'bench/out');
const log = (message: string): void => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

await mkdir(path.join(outDir, 'logs'), { recursive: true });
const scratchDir =
  values.scratch !== undefined
    ? path.resolve(values.scratch)
    : values.source !== 'worktree' && existsSync('/dev/shm')
      ? `/dev/shm/same-story-bench-${process.pid}`
      : outDir;
const scratchIsTmpfs = scratchDir.startsWith('/dev/shm/');
await mkdir(scratchDir, { recursive: true });
const source = await siteSource(PROJECT_ROOT, scratchDir, values.source);
const floor = await floorSource(PROJECT_ROOT, scratchDir);
const samePagesFloor = await floorSource(PROJECT_ROOT, scratchDir, 'floor-same-pages');
const cleanUp = async (): Promise<void> => {
  await source.dispose();
  await floor.dispose();
  await samePagesFloor.dispose();
  // Only the folder this run made: a folder named with --scratch keeps its corpora.
  if (values.scratch === undefined && scratchDir !== outDir) await rm(scratchDir, { recursive: true, force: true });
};
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void cleanUp().finally(() => process.exit(130)));
}
let results: BenchResults;
try {
  results = await measure(source.root, source.label);
} finally {
  await cleanUp();
}

if (values.search) {
  const searchModule = ['ts', 'mjs', 'js']
    .map((ext) => path.join(PROJECT_ROOT, `bench/search-latency.${ext}`))
    .find((file) => existsSync(file));
  if (searchModule) {
    log(`search latency (${path.relative(PROJECT_ROOT, searchModule)})`);
    const search = (await import(pathToFileURL(searchModule).href)) as { runSearchBenchmark?: () => unknown };
    if (typeof search.runSearchBenchmark === 'function') results.search = await search.runSearchBenchmark();
  }
}

log('reading saved pages (bench/html-extraction.ts)');
const htmlRows = runHtmlExtractionBenchmark();
log('facts stage on long versions (bench/facts-large.ts)');
const factsRows = runFactsLargeBenchmark();
log('hard inputs the tests use, and the hostile site build (bench/hard-inputs.ts)');
const hardRows = await runHardInputsBenchmark();
const report =
  formatReport(results) +
  (results.search === undefined ? '' : `\n\nSearch latency (bench/search-latency.ts):\n${keyValues(results.search)}`) +
  `\n\nReading saved pages, ms (bench/html-extraction.ts):\n${formatHtmlRows(htmlRows)}` +
  `\n\nFacts stage on long versions, thread CPU ms (bench/facts-large.ts):\n${formatFactsLargeRows(factsRows)}` +
  `\n\nHard inputs of the tests, ms against the target the test once asserted (bench/hard-inputs.ts):\n` +
  formatHardInputRows(hardRows);
console.log(report);
await writeFile(path.join(outDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
await writeFile(path.join(outDir, 'results.txt'), `${report}\n`);
if (values.save) {
  await copyFile(path.join(outDir, 'results.json'), path.join(PROJECT_ROOT, 'bench/results.json'));
  await copyFile(path.join(outDir, 'results.txt'), path.join(PROJECT_ROOT, 'bench/results.txt'));
}
log(`written bench/out/results.json${values.save ? ', bench/results.json and bench/results.txt' : ''}`);

async function measure(root: string, label: string): Promise<BenchResults> {
  const startedAt = new Date().toISOString();
  const calibrationBefore = calibrate();
  log(`calibration: ${calibrationBefore.toFixed(0)} ms for the fixed work (bench/calibrate.ts)`);
  const pipeline = await loadPipeline(root);
  log(`measuring ${label}`);
  // The seed story first, while this process is fresh, so "first run" includes JIT warm-up honestly.
  const seedStory = await analyseSeed(pipeline, path.join(root, 'content/stories/rwanda-us-migrant-talks'));
  log(`seed story: ${seedStory.medianCpuMs.toFixed(1)} ms CPU median, first run ${seedStory.firstMs.toFixed(0)} ms`);
  const growth = versionGrowth(pipeline, seed, numbers(values.growth), Number(values['growth-stories']));
  log(`versions growth: ${growth.map((row) => `${row.versions}v ${row.meanMs.toFixed(0)} ms`).join(', ')}`);
  log(`scratch folder (snapshot, corpora, sites): ${scratchDir}${scratchIsTmpfs ? ' (tmpfs)' : ''}`);
  const common = {
    seed,
    siteRoot: root,
    floorRoot: floor.root,
    samePagesFloorRoot: samePagesFloor.root,
    pipeline,
    outDir,
    scratchDir,
    keepSites: values['keep-sites'],
    log,
  };
  const growthBuilds: BenchResults['growthBuilds'] = [];
  if (values['growth-builds']) {
    for (const row of growth)
      growthBuilds.push({
        versions: row.versions,
        stories: row.stories,
        build: await measureColdBuild({ ...common, stories: row.stories, versions: row.versions }),
      });
  }
  const scales: ScaleResult[] = [];
  const failures: BenchResults['failures'] = [];
  for (const stories of numbers(values.sizes)) {
    try {
      scales.push(await measureScale({ ...common, stories, versions }));
    } catch (error) {
      if (!(error instanceof BuildFailure)) throw error;
      log(`${stories} stories: ${error.message}`);
      failures.push({ stories, versions, reason: error.reason, wallMs: error.wallMs, log: path.relative(PROJECT_ROOT, error.logFile) });
    }
  }
  return {
    command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
    startedAt,
    finishedAt: new Date().toISOString(),
    source: label,
    scratch: `${scratchDir}${scratchIsTmpfs ? ' (tmpfs)' : ''}`,
    machine: {
      node: process.version,
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
      memoryGb: Math.round(totalmem() / 2 ** 30),
    },
    seed,
    versions,
    seedStory,
    growth,
    growthBuilds,
    scales,
    failures,
    targets: checkTargets(scales, seedStory, failures),
    calibrationMs: { start: calibrationBefore, end: calibrate() },
  };
}

function keyValues(value: unknown): string {
  if (typeof value !== 'object' || value === null) return `  ${String(value)}`;
  return Object.entries(value)
    .map(([key, item]) => `  ${key}: ${typeof item === 'object' ? JSON.stringify(item) : String(item)}`)
    .join('\n');
}
