// How long reading a saved page takes (src/lib/ingest/html: htmlparser2 scan, linkedom + Readability,
// mapping back, metadata), on generated heavy news pages of 50, 100 and 200 kB and on the saved-page
// fixtures: the minimum and the median wall time of N runs after a warm-up, per page. The target is 20 ms
// for a page of about 100 kB. `npm run bench` runs it after the builds; `node bench/html-extraction.ts
// [--runs N]` runs it alone, in seconds.
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { readHtml } from '../src/lib/ingest/html/index.ts';
import { captureFixtures, largePage } from '../tests/support/html-captures.ts';

/** Issue 18: reading a saved page of about 100 kB. */
export const MAX_HTML_READ_MS = 20;

export interface HtmlReadRow {
  page: string;
  kB: number;
  minMs: number;
  medianMs: number;
}

function time(html: string, runs: number): { min: number; median: number } {
  for (let i = 0; i < 5; i++) readHtml(html);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    readHtml(html);
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return { min: samples[0]!, median: samples[samples.length >> 1]! };
}

export function runHtmlExtractionBenchmark(runs = 40): HtmlReadRow[] {
  const pages: [string, string][] = [
    ...[50_000, 100_000, 200_000].map((bytes): [string, string] => [`generated ${bytes / 1000} kB`, largePage(bytes)]),
    ...captureFixtures().map((fixture): [string, string] => [fixture.name, fixture.original]),
  ];
  return pages.map(([page, html]) => {
    const { min, median } = time(html, Math.max(5, runs));
    return { page, kB: html.length / 1000, minMs: min, medianMs: median };
  });
}

export function formatHtmlRows(rows: readonly HtmlReadRow[]): string {
  const lines = [`${'page'.padEnd(24)} ${'size'.padStart(8)} ${'min'.padStart(7)} ${'median'.padStart(7)}`];
  for (const row of rows) {
    lines.push(
      `${row.page.padEnd(24)} ${`${row.kB.toFixed(1)} kB`.padStart(8)} ` +
        `${row.minMs.toFixed(1).padStart(7)} ${row.medianMs.toFixed(1).padStart(7)}`,
    );
  }
  const hundred = rows.find((row) => row.page === 'generated 100 kB');
  if (hundred) {
    const met = hundred.medianMs <= MAX_HTML_READ_MS;
    lines.push(
      `  [${met ? 'met' : 'MISSED'}] reading a ~100 kB saved page within ${MAX_HTML_READ_MS} ms: ` +
        `median ${hundred.medianMs.toFixed(1)} ms (fastest ${hundred.minMs.toFixed(1)})`,
    );
  }
  return lines.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '40' } } });
  console.log(`readHtml, ${Math.max(5, Number(values.runs))} runs each (ms)`);
  console.log(formatHtmlRows(runHtmlExtractionBenchmark(Number(values.runs))));
}
