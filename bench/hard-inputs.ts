// The time of the hard inputs the tests feed the pipeline: inputs that once blew a stage up (a quadratic
// pass, regex backtracking, a deep tree) and the per-stage targets on the seed story. The tests assert
// what each stage makes of them, with explicit values and, where the stage reports one, its own work
// count; a clock in a test flakes on a loaded machine, so the time is measured here, against the target
// the test once asserted, on the clock it used: the median of N runs after a warm-up, wall time for the
// millisecond targets (the thread CPU clock only ticks every few milliseconds) and for the hostile site
// build, thread CPU for the large inputs (other work on the machine does not move it). `npm run bench` runs it after the builds;
// `node bench/hard-inputs.ts [--no-site]` runs it alone, in a minute or two (the site build adds one more).
import { rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { alignStory, alignStoryWithLimits } from '../src/lib/align/index.ts';
import { analyseStory } from '../src/lib/analyse.ts';
import { buildFactIndex } from '../src/lib/facts/index.ts';
import { spellingKey } from '../src/lib/language/spelling.ts';
import { analyseProvenance } from '../src/lib/provenance/index.ts';
import { tileRuns } from '../src/lib/provenance/shared-runs.ts';
import { sentenceRanges } from '../src/lib/segment/sentence-boundaries.ts';
import { segmentVersion } from '../src/lib/segment/segment-version.ts';
import { mapOriginal } from '../src/lib/text/mapped-text.ts';
import { readStoryFolder } from '../src/loader/read-story-folder.ts';
import {
  alignmentGrid,
  fiveMegabytesOfNews,
  longOurToken,
  periodicWords,
  unpunctuatedLine,
  withHugeVersion,
} from '../tests/fixtures/hard-inputs.ts';
import { buildSite, hostileContent, projectRoot } from '../tests/hostile/build-site.ts';
import {
  deepPage,
  heavyPage,
  hugeStory,
  overNestedPage,
  pageStory,
  twentyVersionsStory,
  twoLongVersionsStory,
  unpunctuatedStory,
} from '../tests/hostile/odd-stories.ts';
import { seedTexts } from '../tests/hostile/story-input.ts';
import { threadCpuNow } from './analysis.ts';

export interface HardCase {
  name: string;
  /** The test that asserts what the stage makes of this input. */
  test: string;
  targetMs: number;
  /** Default: thread CPU. */
  clock?: Clock;
  runs: number;
  run: () => unknown;
}

type Clock = 'thread CPU' | 'wall';

export interface HardInputRow {
  name: string;
  test: string;
  targetMs: number;
  clock: Clock;
  runs: number;
  minMs: number;
  medianMs: number;
}

function refused(run: () => unknown): () => void {
  return () => {
    try {
      run();
    } catch {
      return;
    }
    throw new Error('expected the input to be refused');
  };
}

export async function hardCases(): Promise<HardCase[]> {
  const seedDir = path.join(projectRoot, 'content/stories/rwanda-us-migrant-talks');
  const seed = analyseStory(await readStoryFolder(seedDir, 'rwanda-us-migrant-talks', 'rwanda-us-migrant-talks'));
  const seedAlignment = alignStory(seed.versions);
  const seeds = seedTexts();
  const hugeVersions = withHugeVersion(seed.versions);
  const grid = alignmentGrid();
  const line = unpunctuatedLine();
  const news = fiveMegabytesOfNews().text;
  const token = longOurToken();
  const periodic = periodicWords();
  const huge = hugeStory(seeds);
  const twoLong = twoLongVersionsStory(seeds);
  const twenty = twentyVersionsStory(seeds);
  const noPunctuation = unpunctuatedStory();
  const deep = pageStory('deep', deepPage());
  const nested = pageStory('nested', overNestedPage());
  const heavy = pageStory('heavy', heavyPage());
  return [
    {
      name: 'facts stage on the seed story',
      test: 'src/lib/facts/gold.test.ts',
      targetMs: 200,
      clock: 'wall',
      runs: 9,
      run: () => buildFactIndex(seed.versions, seedAlignment),
    },
    {
      name: 'provenance on the seed story',
      test: 'src/lib/provenance/seeds.test.ts',
      targetMs: 25,
      clock: 'wall',
      runs: 9,
      run: () => analyseProvenance(seed.versions, seed.alignment),
    },
    {
      name: 'provenance, seed + a 5 MB version',
      test: 'src/lib/provenance/seeds.test.ts',
      targetMs: 10_000,
      runs: 1,
      run: () => analyseProvenance(hugeVersions, seed.alignment),
    },
    {
      name: 'align 20 versions × 30 sentences',
      test: 'src/lib/align/index.test.ts',
      targetMs: 10_000,
      runs: 3,
      run: () => alignStoryWithLimits(grid),
    },
    {
      name: 'sentences of a 5,000-word line',
      test: 'src/lib/segment/sentence-boundaries.test.ts',
      targetMs: 200,
      clock: 'wall',
      runs: 9,
      run: () => sentenceRanges(line),
    },
    {
      name: 'segment 5 MB of news text',
      test: 'src/lib/segment/segment-version.test.ts',
      targetMs: 5_000,
      runs: 3,
      run: () => segmentVersion(mapOriginal(news), 'big'),
    },
    {
      name: 'spelling key, 40,000-letter token',
      test: 'src/lib/language/spelling.test.ts',
      targetMs: 50,
      clock: 'wall',
      runs: 9,
      run: () => spellingKey(token),
    },
    {
      name: 'tiling 200,000 periodic words',
      test: 'src/lib/provenance/shared-runs.test.ts',
      targetMs: 5_000,
      runs: 3,
      run: () => tileRuns(periodic, periodic, { minRun: 5, maxSeedOccurrences: 64, workPerWord: 64 }),
    },
    {
      name: 'a 5 MB version refused',
      test: 'tests/hostile/odd-input.test.ts',
      targetMs: 2_000,
      runs: 3,
      run: refused(() => analyseStory(huge)),
    },
    {
      name: 'two 0.9 MB versions analysed',
      test: 'tests/hostile/odd-input.test.ts',
      targetMs: 60_000,
      runs: 1,
      run: () => analyseStory(twoLong),
    },
    {
      name: 'twenty versions analysed',
      test: 'tests/hostile/odd-input.test.ts',
      targetMs: 20_000,
      runs: 1,
      run: () => analyseStory(twenty),
    },
    {
      name: 'two unpunctuated versions',
      test: 'tests/hostile/odd-input.test.ts',
      targetMs: 5_000,
      runs: 3,
      run: () => analyseStory(noPunctuation),
    },
    { name: 'page nested 4,000 deep', test: 'tests/hostile/html-capture.test.ts', targetMs: 5_000, runs: 3, run: () => analyseStory(deep) },
    {
      name: 'page nested past 5,000 refused',
      test: 'tests/hostile/html-capture.test.ts',
      targetMs: 1_000,
      runs: 3,
      run: refused(() => analyseStory(nested)),
    },
    {
      name: 'page of 1 MB of markup',
      test: 'tests/hostile/html-capture.test.ts',
      targetMs: 5_000,
      runs: 3,
      run: () => analyseStory(heavy),
    },
  ];
}

function timeCase(hard: HardCase): HardInputRow {
  const { name, test, targetMs, clock = 'thread CPU', runs } = hard;
  const now = clock === 'wall' ? () => performance.now() : threadCpuNow;
  if (runs > 1) hard.run();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = now();
    hard.run();
    samples.push(now() - started);
  }
  samples.sort((a, b) => a - b);
  return { name, test, targetMs, clock, runs, minMs: samples[0]!, medianMs: samples[samples.length >> 1]! };
}

/** The hostile site (tests/fixtures/hostile-site) built once from the working tree, as its test builds it. */
async function hostileSiteBuild(): Promise<HardInputRow> {
  const build = await buildSite(hostileContent, 'bench-hostile-');
  rmSync(build.outDir, { recursive: true, force: true });
  if (build.code !== 0) throw new Error(`the hostile site did not build (exit ${build.code}):\n${build.log.slice(-2000)}`);
  return {
    name: 'hostile site build',
    test: 'tests/hostile/hostile-build.test.ts',
    targetMs: 120_000,
    clock: 'wall',
    runs: 1,
    minMs: build.wallMs,
    medianMs: build.wallMs,
  };
}

export async function runHardInputsBenchmark(options: { site?: boolean } = {}): Promise<HardInputRow[]> {
  const rows = (await hardCases()).map(timeCase);
  if (options.site ?? true) rows.push(await hostileSiteBuild());
  return rows;
}

export function formatHardInputRows(rows: readonly HardInputRow[]): string {
  const lines = [`${'input'.padEnd(36)} ${'target'.padStart(8)} ${'median'.padStart(9)} ${'fastest'.padStart(9)} ${'runs'.padStart(4)}`];
  for (const row of rows) {
    const met = row.medianMs <= row.targetMs;
    lines.push(
      `${row.name.padEnd(36)} ${row.targetMs.toFixed(0).padStart(8)} ${row.medianMs.toFixed(1).padStart(9)} ` +
        `${row.minMs.toFixed(1).padStart(9)} ${String(row.runs).padStart(4)}  [${met ? 'met' : 'MISSED'}] ${row.clock}, ${row.test}`,
    );
  }
  return lines.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ allowNegative: true, options: { site: { type: 'boolean', default: true } } });
  console.log('hard inputs, ms (target: what the test once asserted)');
  console.log(formatHardInputRows(await runHardInputsBenchmark({ site: values.site })));
}
