// How long the facts stage takes on a version far longer than any article (issue 14): a 5 MB version
// (tests/fixtures/facts/long-version.ts, the seed captures repeated with numbered spellings) beside one
// seed capture, with no alignment (the analysis refuses versions over 1 MB, so this times the stage
// alone). Thread CPU of buildFactIndexWithWork, the fastest and the median of N runs after a warm-up on
// 1.25 MB; the sizes below 5 MB show how the cost grows. `npm run bench` runs it after the builds;
// `node bench/facts-large.ts [--runs N] [--sizes 1.25,2.5,5]` runs it alone, in a minute or so.
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { buildFactIndexWithWork, type FactInputVersion } from '../src/lib/facts/index.ts';
import { longText, seedCaptures } from '../tests/fixtures/facts/long-version.ts';
import { sentencesOf } from '../tests/fixtures/facts/sentences.ts';
import { threadCpuNow } from './analysis.ts';

/** Issue 14: the facts stage on a 5 MB version, thread CPU. */
export const MAX_FACTS_5MB_MS = 2_000;

export interface FactsLargeRow {
  megabytes: number;
  sentences: number;
  facts: number;
  minMs: number;
  medianMs: number;
}

function versionsOf(megabytes: number): FactInputVersion[] {
  return [
    { id: 'bbc', sentences: sentencesOf(seedCaptures[0]!, 'bbc') },
    { id: 'long', sentences: sentencesOf(longText(megabytes * 1_000_000), 'long') },
  ];
}

export function runFactsLargeBenchmark(runs = 3, sizes: readonly number[] = [1.25, 2.5, 5]): FactsLargeRow[] {
  buildFactIndexWithWork(versionsOf(1.25), []);
  return sizes.map((megabytes) => {
    const versions = versionsOf(megabytes);
    const samples: number[] = [];
    let facts = 0;
    for (let i = 0; i < Math.max(1, runs); i++) {
      const started = threadCpuNow();
      facts = buildFactIndexWithWork(versions, []).facts.length;
      samples.push(threadCpuNow() - started);
    }
    samples.sort((a, b) => a - b);
    return {
      megabytes,
      sentences: versions[1]!.sentences.length,
      facts,
      minMs: samples[0]!,
      medianMs: samples[samples.length >> 1]!,
    };
  });
}

export function formatFactsLargeRows(rows: readonly FactsLargeRow[]): string {
  const lines = [`${'version'.padEnd(10)} ${'sentences'.padStart(9)} ${'facts'.padStart(7)} ${'min'.padStart(7)} ${'median'.padStart(7)}`];
  for (const row of rows) {
    lines.push(
      `${`${row.megabytes} MB`.padEnd(10)} ${String(row.sentences).padStart(9)} ${String(row.facts).padStart(7)} ` +
        `${row.minMs.toFixed(0).padStart(7)} ${row.medianMs.toFixed(0).padStart(7)}`,
    );
  }
  const five = rows.find((row) => row.megabytes === 5);
  if (five) {
    const met = five.medianMs <= MAX_FACTS_5MB_MS;
    lines.push(
      `  [${met ? 'met' : 'MISSED'}] facts stage on a 5 MB version within ${MAX_FACTS_5MB_MS} ms of thread CPU: ` +
        `median ${five.medianMs.toFixed(0)} ms (fastest ${five.minMs.toFixed(0)})`,
    );
  }
  return lines.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' }, sizes: { type: 'string', default: '1.25,2.5,5' } } });
  const sizes = values.sizes
    .split(',')
    .map(Number)
    .filter((size) => size > 0);
  console.log(`facts stage (buildFactIndexWithWork), ${Math.max(1, Number(values.runs))} runs each, thread CPU ms`);
  console.log(formatFactsLargeRows(runFactsLargeBenchmark(Number(values.runs), sizes)));
}
