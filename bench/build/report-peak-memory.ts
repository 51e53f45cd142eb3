// Preloaded into a build (`node --import`): on exit, writes the process's peak resident memory to
// the file named by BENCH_PEAK_MEMORY_FILE, so the benchmark needs no platform `time` tool.
import { writeFileSync } from 'node:fs';

const target = process.env['BENCH_PEAK_MEMORY_FILE'];
if (target) {
  process.on('exit', () => writeFileSync(target, JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS })));
}
