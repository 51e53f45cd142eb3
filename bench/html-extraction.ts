// `node bench/html-extraction.ts [--runs N]`: how long reading a saved page takes (src/lib/ingest/html:
// htmlparser2 scan, linkedom + Readability, mapping back, metadata), on generated heavy news pages of
// 50, 100 and 200 kB and on the five saved-page fixtures. Prints the minimum and the median wall time
// of N runs after a warm-up, per page; the target is 20 ms for a page of about 100 kB. Not part of
// `npm run bench`, which builds whole sites: this one takes seconds.
import { parseArgs } from 'node:util';
import { readHtml } from '../src/lib/ingest/html/index.ts';
import { captureFixtures, largePage } from '../tests/support/html-captures.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '40' } } });
const runs = Math.max(5, Number(values.runs));

function time(html: string): { min: number; median: number } {
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

const pages: [string, string][] = [
  ...[50_000, 100_000, 200_000].map((bytes): [string, string] => [`generated ${bytes / 1000} kB`, largePage(bytes)]),
  ...captureFixtures().map((fixture): [string, string] => [fixture.name, fixture.original]),
];
console.log(`readHtml, ${runs} runs each (ms)`);
console.log(`${'page'.padEnd(24)} ${'size'.padStart(8)} ${'min'.padStart(7)} ${'median'.padStart(7)}`);
for (const [name, html] of pages) {
  const { min, median } = time(html);
  console.log(
    `${name.padEnd(24)} ${`${(html.length / 1000).toFixed(1)} kB`.padStart(8)} ` +
      `${min.toFixed(1).padStart(7)} ${median.toFixed(1).padStart(7)}`,
  );
}
