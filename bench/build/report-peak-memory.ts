// Preloaded into a build (`node --import`): on exit, writes the process's peak resident memory and
// CPU time to the file named by BENCH_PEAK_MEMORY_FILE, so the benchmark needs no platform `time`
// tool. CPU time is the figure to trust on a shared machine: other work stretches wall time, not it.
import { writeFileSync } from 'node:fs';

const target = process.env['BENCH_PEAK_MEMORY_FILE'];
if (target) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(target, JSON.stringify({ maxRssKb: usage.maxRSS, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 }));
  });
}
