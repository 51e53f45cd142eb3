import { cleanPerThousandWords, type GrowthRow, type SeedFigures, type Stages } from './analysis.ts';
import type { BuildFigures } from './build/astro-build.ts';
import type { ScaleResult } from './scale.ts';
import type { TargetCheck } from './targets.ts';

/** Everything one `npm run bench` measured; written as bench/out/results.json. */
export interface BenchResults {
  command: string;
  startedAt: string;
  finishedAt: string;
  /** What was measured: "commit <sha>" or the working tree. */
  source: string;
  /** Where the snapshot, corpora and built sites were written (tmpfs or disk). */
  scratch?: string;
  machine: { node: string; cpus: number; cpuModel: string; memoryGb: number };
  seed: number;
  versions: number;
  seedStory: SeedFigures;
  growth: GrowthRow[];
  /** Cold builds of the growth corpora (same stories, more versions each). */
  growthBuilds: { versions: number; stories: number; build: BuildFigures }[];
  scales: ScaleResult[];
  /** Sizes whose build failed (out of memory, say): what it said, and after how long. */
  failures: { stories: number; versions: number; reason: string; wallMs: number; log: string }[];
  targets: TargetCheck[];
  /** bench/calibrate.ts's fixed work, ms, when the run started and ended: how fast the machine was. */
  calibrationMs?: { start: number; end: number };
  /** From bench/search-latency.ts's runSearchBenchmark(), when that file exists. */
  search?: unknown;
}

/** The printed report: the scale table, analysis growth with versions, the seed story and the targets. */
export function formatReport(results: BenchResults): string {
  const { scales } = results;
  const col = (pick: (scale: ScaleResult) => string): string[] => scales.map(pick);
  const stageNames = unique(scales.flatMap((scale) => Object.keys(scale.analysis.stages)));
  const largest = scales.at(-1);
  const pageTypes = unique(scales.flatMap((scale) => Object.keys(scale.cold.routes))).sort((a, b) =>
    largest ? perPage(largest, b) - perPage(largest, a) : 0,
  );
  const rows: string[][] = [
    ['', ...col((scale) => `${scale.stories} stories`)],
    ['pages built', ...col((scale) => String(scale.cold.pages))],
    ['cold build, s', ...col((scale) => s(scale.cold.wallMs))],
    ['  loader (read, hash, analyse, store), s', ...col((scale) => s(scale.cold.loader.ms))],
    ['  render pages, s', ...col((scale) => s(scale.cold.renderMs))],
    [
      '  redirect files of old URLs (written after the pages): files, s',
      ...col((scale) => `${scale.cold.redirects?.pages ?? 0}, ${s(scale.cold.redirects?.ms ?? 0)}`),
    ],
    ['  rest (start-up, Vite, sync, write), s', ...col((scale) => s(scale.cold.wallMs - scale.cold.loader.ms - scale.cold.renderMs))],
    ['  CPU time, s', ...col((scale) => s(scale.cold.cpuMs))],
    ['floor build (bare Astro, same pages), s', ...col((scale) => s(scale.floor.wallMs))],
    ['  CPU time, s', ...col((scale) => s(scale.floor.cpuMs))],
    ['cost vs floor: wall | CPU', ...col((scale) => `×${scale.costRatio.toFixed(2)} | ×${scale.cpuRatio.toFixed(2)}`)],
    ["floor writing the site's own pages again, no work, s", ...col((scale) => s(scale.samePagesFloor.wallMs))],
    ['  CPU time, s', ...col((scale) => s(scale.samePagesFloor.cpuMs))],
    ['mean page, kB: site | floor', ...col((scale) => `${kB(scale.cold)} | ${kB(scale.floor)}`)],
    [
      '  page size alone (same pages vs floor): wall | CPU',
      ...col((scale) => `×${scale.pageSizeRatio.toFixed(2)} | ×${scale.pageSizeCpuRatio.toFixed(2)}`),
    ],
    [
      '  analysis and views (cold vs same pages): wall | CPU',
      ...col((scale) => `×${scale.samePagesCostRatio.toFixed(2)} | ×${scale.samePagesCpuRatio.toFixed(2)}`),
    ],
    ['pages/s: site | floor', ...col((scale) => `${scale.cold.pagesPerSecond.toFixed(0)} | ${scale.floor.pagesPerSecond.toFixed(0)}`)],
    ['peak RSS, MB: site | floor', ...col((scale) => `${scale.cold.peakRssMb.toFixed(0)} | ${scale.floor.peakRssMb.toFixed(0)}`)],
    ['cold build without page cache (SAME_STORY_INCREMENTAL=0), s', ...col((scale) => s(scale.coldWithoutPageCache.wallMs))],
    [
      '  cost vs floor: wall | CPU',
      ...col((scale) => `×${scale.costRatioWithoutPageCache.toFixed(2)} | ×${scale.cpuRatioWithoutPageCache.toFixed(2)}`),
    ],
    ['warm rebuild, 1 version edited, s', ...col((scale) => s(scale.warm.wallMs))],
    ['  stories analysed | reused', ...col((scale) => `${scale.warm.loader.analysed} | ${scale.warm.loader.reused}`)],
    ['  loader | render, s', ...col((scale) => `${s(scale.warm.loader.ms)} | ${s(scale.warm.renderMs)}`)],
    [
      '  redirect files of old URLs: kept | written',
      ...col((scale) => `${scale.warm.redirects?.kept ?? 0} | ${scale.warm.redirects?.written ?? 0}`),
    ],
    [
      '  pages rendered | copied from last build',
      ...col((scale) => `${Object.values(scale.warm.routes).reduce((sum, route) => sum + route.pages, 0)} | ${scale.warm.restored}`),
    ],
    ['analysis in-process, s: wall | CPU', ...col((scale) => `${s(scale.analysis.totalMs)} | ${s(scale.analysis.cpuMs)}`)],
    ...stageNames.map((stage) => [`  ${stage}, s CPU`, ...col((scale) => s(scale.analysis.stages[stage] ?? 0))]),
    ['  mean | slowest story, ms', ...col((scale) => `${scale.analysis.meanMs.toFixed(0)} | ${scale.analysis.maxMs.toFixed(0)}`)],
    ['  clean per 1,000 captured words, ms CPU', ...col((scale) => cleanPerThousandWords(scale.analysis).toFixed(2))],
    ['render by page type, ms/page (pages)', ...col(() => '')],
    ...pageTypes.map((type) => [
      `  ${type}`,
      ...col((scale) => (scale.cold.routes[type] ? `${perPage(scale, type).toFixed(1)} (${scale.cold.routes[type]!.pages})` : '-')),
    ]),
    [
      'load avg (1 min) cold | warm | floor | same pages',
      ...col((scale) => [scale.cold, scale.warm, scale.floor, scale.samePagesFloor].map((build) => build.load[0].toFixed(1)).join(' | ')),
    ],
  ];
  const growthStages = unique(results.growth.flatMap((row) => Object.keys(row.stages)));
  const buildOf = (versions: number): BuildFigures | undefined => results.growthBuilds.find((entry) => entry.versions === versions)?.build;
  const growth: string[][] = [
    ['versions per story', 'pairs', 'analysis ms/story', 'CPU ms/story', ...growthStages, 'pages', 'cold build s', 'CPU s', 'CPU ms/page'],
    ...results.growth.map((row) => {
      const build = buildOf(row.versions);
      return [
        String(row.versions),
        String(row.pairs),
        row.meanMs.toFixed(1),
        row.meanCpuMs.toFixed(1),
        ...growthStages.map((stage) => (row.stages[stage] ?? 0).toFixed(1)),
        build ? String(build.pages) : '-',
        build ? s(build.wallMs) : '-',
        build ? s(build.cpuMs) : '-',
        build ? (build.cpuMs / build.pages).toFixed(1) : '-',
      ];
    }),
  ];
  const seed = results.seedStory;
  return [
    `Same Story benchmark — seed ${results.seed}, ${results.versions} versions per story, Node ${results.machine.node}, ` +
      `${results.machine.cpus} CPUs (${results.machine.cpuModel}); measured: ${results.source}`,
    `Command: ${results.command}`,
    ...(results.scratch === undefined ? [] : [`Pages, caches and corpora written to: ${results.scratch}`]),
    ...(results.calibrationMs === undefined
      ? []
      : [
          `Machine speed (bench/calibrate.ts, fixed work; lower is faster): ${results.calibrationMs.start.toFixed(0)} ms at the ` +
            `start, ${results.calibrationMs.end.toFixed(0)} ms at the end`,
        ]),
    '',
    ...(scales.length > 0 ? [table(rows)] : []),
    ...results.failures.map(
      (failure) =>
        `${failure.stories} stories of ${failure.versions} versions: the build FAILED after ${s(failure.wallMs)} s: ` +
        `${failure.reason} (log: ${failure.log})`,
    ),
    '',
    `Growth with versions per story (${results.growth[0]?.stories ?? 0} stories of ~500-word versions at each size; analysis ` +
      `in-process, ms per story by stage; cold build of the same corpus):`,
    table(growth),
    '',
    `Seed story ${seed.slug}: ${seed.medianCpuMs.toFixed(1)} ms CPU (median of ${seed.runs} runs); wall median ` +
      `${seed.medianMs.toFixed(1)} ms (${stagesText(seed.stages)}), fastest ${seed.minMs.toFixed(1)} ms; first run in a fresh ` +
      `process ${seed.firstMs.toFixed(0)} ms.`,
    '',
    'Targets:',
    ...results.targets.map((check) => `  [${check.met ? 'met' : 'MISSED'}] ${check.target}: ${check.measured}`),
  ].join('\n');
}

function perPage(scale: ScaleResult, type: string): number {
  const route = scale.cold.routes[type];
  return route ? route.ms / route.pages : 0;
}

function stagesText(stages: Stages): string {
  return Object.entries(stages)
    .map(([stage, ms]) => `${stage} ${ms.toFixed(1)}`)
    .join(', ');
}

function table(rows: readonly string[][]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  return rows
    .map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  '))
    .join('\n');
}

function unique(items: readonly string[]): string[] {
  return [...new Set(items)];
}

function s(ms: number): string {
  return (ms / 1000).toFixed(1);
}

function kB(build: BuildFigures): string {
  return (build.pageBytes / Math.max(1, build.pages) / 1000).toFixed(1);
}
