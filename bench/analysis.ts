import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { analyseStory } from '../src/lib/analyse.ts';
import type { StoryInput } from '../src/lib/types.ts';
import type { readStoryFolder } from '../src/loader/read-story-folder.ts';
import { generateStory } from './generate-corpus.ts';

/** The pipeline under test, imported from the measured project root (see build/snapshot.ts). */
export interface Pipeline {
  analyseStory: typeof analyseStory;
  readStoryFolder: typeof readStoryFolder;
}

export async function loadPipeline(root: string): Promise<Pipeline> {
  const load = async <T>(file: string): Promise<T> => (await import(pathToFileURL(path.join(root, file)).href)) as T;
  const [{ analyseStory: analyse }, { readStoryFolder: read }] = await Promise.all([
    load<{ analyseStory: typeof analyseStory }>('src/lib/analyse.ts'),
    load<{ readStoryFolder: typeof readStoryFolder }>('src/loader/read-story-folder.ts'),
  ]);
  return { analyseStory: analyse, readStoryFolder: read };
}

/** Milliseconds per stage, keyed by whatever stages analyseStory reports (facts joins later). */
export type Stages = Record<string, number>;

export interface AnalysisFigures {
  stories: number;
  totalMs: number;
  /** CPU time of the analysing thread (user + system): steadier than wall time on a shared machine. */
  cpuMs: number;
  /** Summed over every story, in CPU milliseconds of the analysing thread. */
  stages: Stages;
  meanMs: number;
  maxMs: number;
  /** Whitespace-separated words in the version files as captured, junk and all: what cleaning reads. */
  words: number;
}

/** Analyses every story folder under `dir` in this process, stage by stage. */
export async function analyseFolder(pipeline: Pipeline, dir: string): Promise<AnalysisFigures> {
  const slugs = (await readdir(dir, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .sort();
  const inputs = await Promise.all(slugs.map((slug) => pipeline.readStoryFolder(path.join(dir, slug), slug, slug)));
  return analyseInputs(pipeline, inputs);
}

export function analyseInputs(pipeline: Pipeline, inputs: readonly StoryInput[]): AnalysisFigures {
  const stages: Stages = {};
  const times: number[] = [];
  const cpu = threadCpu();
  // Stages are timed on the thread's CPU clock (analyseStory reads performance.now), so other work on a
  // shared machine does not inflate them; each story's total stays on the wall clock.
  const wallNow = performance.now.bind(performance);
  performance.now = threadCpuNow;
  try {
    for (const input of inputs) {
      const started = wallNow();
      pipeline.analyseStory(input, { onTimings: (timings) => addInto(stages, timings) });
      times.push(wallNow() - started);
    }
  } finally {
    performance.now = wallNow;
  }
  const used = threadCpu(cpu);
  const totalMs = times.reduce((sum, ms) => sum + ms, 0);
  return {
    stories: inputs.length,
    totalMs,
    cpuMs: (used.user + used.system) / 1000,
    stages,
    meanMs: totalMs / Math.max(1, times.length),
    maxMs: Math.max(0, ...times),
    words: inputs.reduce((sum, input) => sum + capturedWords(input), 0),
  };
}

function capturedWords(input: StoryInput): number {
  const decoder = new TextDecoder();
  return Object.values(input.files).reduce((sum, bytes) => sum + (decoder.decode(bytes).match(/\S+/gu)?.length ?? 0), 0);
}

export interface SeedFigures {
  slug: string;
  /** The first analysis in a fresh process, JIT warm-up included (what a one-story build pays). */
  firstMs: number;
  /** Median wall time of the later runs. */
  medianMs: number;
  /** Fastest later run: the figure least disturbed by other work on a busy machine. */
  minMs: number;
  /** Median CPU time of the analysing thread over the later runs: what the analysis itself costs. */
  medianCpuMs: number;
  /** Stage timings of the median run. */
  stages: Stages;
  runs: number;
}

export async function analyseSeed(pipeline: Pipeline, dir: string, runs = 25): Promise<SeedFigures> {
  const slug = path.basename(dir);
  const input = await pipeline.readStoryFolder(dir, slug, slug);
  let firstMs = 0;
  const samples: { ms: number; cpuMs: number; stages: Stages }[] = [];
  for (let run = 0; run <= runs; run++) {
    const cpu = threadCpu();
    const started = performance.now();
    let stages: Stages = {};
    pipeline.analyseStory(input, { onTimings: (timings) => (stages = { ...timings }) });
    const ms = performance.now() - started;
    const used = threadCpu(cpu);
    if (run === 0) firstMs = ms;
    else samples.push({ ms, cpuMs: (used.user + used.system) / 1000, stages });
  }
  const byWall = [...samples].sort((a, b) => a.ms - b.ms);
  const median = byWall[Math.floor(byWall.length / 2)]!;
  const cpuTimes = samples.map((sample) => sample.cpuMs).sort((a, b) => a - b);
  return {
    slug,
    firstMs,
    medianMs: median.ms,
    minMs: byWall[0]!.ms,
    medianCpuMs: cpuTimes[Math.floor(cpuTimes.length / 2)]!,
    stages: median.stages,
    runs,
  };
}

export interface GrowthRow {
  versions: number;
  stories: number;
  /** Mean analysis time per story: wall, and CPU. */
  meanMs: number;
  meanCpuMs: number;
  stages: Stages;
  pairs: number;
}

/**
 * How analysis grows with versions per story: `stories` generated stories of each size, analysed
 * in memory after one warm-up story so JIT compilation is not charged to the first size.
 */
export function versionGrowth(pipeline: Pipeline, seed: number, sizes: readonly number[], stories: number): GrowthRow[] {
  analyseInputs(pipeline, [toInput(generateStory(seed, 999_999, 3))]);
  return sizes.map((versions) => {
    const inputs = Array.from({ length: stories }, (_, index) => toInput(generateStory(seed, index, versions)));
    const figures = analyseInputs(pipeline, inputs);
    const stages = Object.fromEntries(Object.entries(figures.stages).map(([stage, ms]) => [stage, ms / stories]));
    return {
      versions,
      stories,
      meanMs: figures.meanMs,
      meanCpuMs: figures.cpuMs / stories,
      stages,
      pairs: (versions * (versions - 1)) / 2,
    };
  });
}

function toInput(story: ReturnType<typeof generateStory>): StoryInput {
  const { 'story.yaml': manifestText = '', ...versions } = story.files;
  const encoder = new TextEncoder();
  return {
    slug: story.slug,
    dir: story.slug,
    manifestText,
    files: Object.fromEntries(Object.entries(versions).map(([name, text]) => [name, encoder.encode(text)])),
  };
}

function addInto(total: Stages, timings: object): void {
  for (const [stage, ms] of Object.entries(timings)) if (typeof ms === 'number') total[stage] = (total[stage] ?? 0) + ms;
}

/**
 * CPU time of this thread only: the process figure would add V8's helper threads (concurrent GC,
 * background compilation), which run beside the analysis rather than in it.
 */
/** Milliseconds of CPU the current thread has used: a clock other work on the machine does not move. */
export function threadCpuNow(): number {
  const used = process.threadCpuUsage();
  return (used.user + used.system) / 1000;
}

function threadCpu(previous?: NodeJS.CpuUsage): NodeJS.CpuUsage {
  return process.threadCpuUsage(previous);
}

/** Milliseconds the clean stage (rules and story-evidence pass) spends on each 1,000 words as captured. */
export function cleanPerThousandWords(analysis: { stages: Stages; words: number }): number {
  return analysis.words === 0 ? 0 : (analysis.stages['clean'] ?? 0) / (analysis.words / 1000);
}
