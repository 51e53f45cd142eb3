import { cleanPerThousandWords, type SeedFigures } from './analysis.ts';
import type { ScaleResult } from './scale.ts';

/** One of issue 6's targets, with the measured value it was judged on. */
export interface TargetCheck {
  target: string;
  measured: string;
  met: boolean;
}

/** Largest allowed cold-build time over the floor at 100 stories. */
export const MAX_COST_RATIO = 1.5;
export const MAX_SEED_ANALYSIS_MS = 50;
/** Issue 13: cleaning, rules and story-evidence pass together. */
export const MAX_CLEAN_MS_PER_1000_WORDS = 5;
/**
 * Growth is called linear while the cost of one more story at the largest size stays within this factor of its cost at the
 * smallest step.
 */
export const MAX_MARGINAL_GROWTH = 1.5;

export function checkTargets(
  scales: readonly ScaleResult[],
  seed: SeedFigures,
  failures: readonly { stories: number; reason: string }[] = [],
): TargetCheck[] {
  const checks: TargetCheck[] = failures.map((failure) => ({
    target: `the site builds at ${failure.stories} stories`,
    measured: `failed: ${failure.reason}`,
    met: false,
  }));
  const hundred = scales.find((scale) => scale.stories === 100);
  if (hundred) {
    // Judged on wall time, what an editor waits for: the loader analyses on every core, which CPU
    // time would not show. CPU time is printed beside it; run the benchmark on an idle machine.
    checks.push({
      target: `full build at most ${MAX_COST_RATIO}× the floor at 100 stories (wall time)`,
      measured:
        `wall ×${hundred.costRatio.toFixed(2)} (${s(hundred.cold.wallMs)} s vs floor ${s(hundred.floor.wallMs)} s); CPU ` +
        `×${hundred.cpuRatio.toFixed(2)} (${s(hundred.cold.cpuMs)} s vs ${s(hundred.floor.cpuMs)} s); ` +
        `${hundred.cold.pages} pages; without the page cache (SAME_STORY_INCREMENTAL=0) wall ` +
        `×${hundred.costRatioWithoutPageCache.toFixed(2)}; bare Astro writing the site's own pages again, with no work, ` +
        `takes ×${hundred.pageSizeRatio.toFixed(2)} the floor (${s(hundred.samePagesFloor.wallMs)} s), so the analysis and ` +
        `views cost ×${hundred.samePagesCostRatio.toFixed(2)} on top`,
      met: hundred.costRatio <= MAX_COST_RATIO,
    });
  }
  checks.push({
    target: `analysis of the seed story under ${MAX_SEED_ANALYSIS_MS} ms`,
    measured:
      `${seed.medianCpuMs.toFixed(1)} ms CPU, median of ${seed.runs} runs (wall: median ${seed.medianMs.toFixed(1)}, ` +
      `fastest ${seed.minMs.toFixed(1)}; first run in a fresh process ${seed.firstMs.toFixed(0)})`,
    met: seed.medianCpuMs < MAX_SEED_ANALYSIS_MS,
  });
  const marginal = marginalCosts(scales);
  if (marginal.length >= 2) {
    const first = marginal[0]!;
    const last = marginal.at(-1)!;
    checks.push({
      target: 'growth in stories linear (CPU cost of one more story roughly constant)',
      measured: marginal.map((step) => `${step.from}→${step.to}: ${step.msPerStory.toFixed(0)} ms CPU/story`).join(', '),
      met: last.msPerStory <= first.msPerStory * MAX_MARGINAL_GROWTH,
    });
  }
  const largest = scales.at(-1);
  if (largest) {
    const cleanMs = cleanPerThousandWords(largest.analysis);
    checks.push({
      target: `cleaning under ${MAX_CLEAN_MS_PER_1000_WORDS} ms per 1,000 captured words`,
      measured: `${cleanMs.toFixed(2)} ms at ${largest.stories} stories (${largest.analysis.words.toLocaleString('en-US')} words)`,
      met: cleanMs < MAX_CLEAN_MS_PER_1000_WORDS,
    });
  }
  checks.push({
    target: 'warm rebuild after one edit re-analyses only that story',
    measured: scales
      .map((scale) => `${scale.stories}: ${scale.warm.loader.analysed} analysed, ${scale.warm.loader.reused} reused`)
      .join('; '),
    met: scales.every((scale) => scale.warm.loader.analysed === 1 && scale.warm.loader.reused === scale.stories - 1),
  });
  return checks;
}

export interface MarginalCost {
  from: number;
  to: number;
  /** Extra cold-build CPU time per extra story between the two sizes. */
  msPerStory: number;
}

export function marginalCosts(scales: readonly ScaleResult[]): MarginalCost[] {
  const sorted = [...scales].sort((a, b) => a.stories - b.stories);
  return sorted.slice(1).map((scale, index) => {
    const previous = sorted[index]!;
    return {
      from: previous.stories,
      to: scale.stories,
      msPerStory: (scale.cold.cpuMs - previous.cold.cpuMs) / (scale.stories - previous.stories),
    };
  });
}

function s(ms: number): string {
  return (ms / 1000).toFixed(1);
}
