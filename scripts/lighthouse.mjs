// Lighthouse on one page of each type of the built site (dist/, or SAME_STORY_DIST), served on
// 127.0.0.1 and opened in Debian's Chromium with the browser tests' flags. Writes a summary
// (reports/lighthouse/summary.json and .md, or --out <dir>) and the full reports under
// reports/tmp/lighthouse/, and exits non-zero when a page misses its target:
// performance ≥ 95, accessibility 100, best practices 100, SEO ≥ 95 (Lighthouse's default mobile run).
//
// Usage: npm run build && npm run lighthouse        (run through npm: it imports TypeScript helpers,
//        which needs the project's Node 24)
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumFlags, distDir } from '../tests/browser/browser.ts';
import { serveStatic } from '../tests/browser/static-server.ts';
import { htmlPages, pageType } from '../tests/support/site-files.ts';

const root = path.resolve(import.meta.dirname, '..');
const { values: options } = parseArgs({ options: { out: { type: 'string', default: 'reports/lighthouse' } } });
const outDir = path.resolve(root, options.out);
const fullDir = path.resolve(root, 'reports/tmp/lighthouse');

/** The page types the issue names; facts only once the site has it. */
const PAGE_TYPES = ['home', 'story', 'reading', 'compare', 'alignment', 'facts'];
const TARGETS = { performance: 0.95, accessibility: 1, 'best-practices': 1, seo: 0.95 };
const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];

if (!existsSync(path.join(distDir, 'index.html'))) {
  console.error(`No built site in ${distDir}: run "npm run build" first.`);
  process.exit(1);
}

const pages = new Map();
for (const page of htmlPages(distDir)) {
  const type = pageType(page.url, page.file);
  if (PAGE_TYPES.includes(type) && !pages.has(type)) pages.set(type, page.url);
}

const { server, origin } = await serveStatic(distDir);
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: chromiumFlags,
});
const results = [];
try {
  mkdirSync(fullDir, { recursive: true });
  for (const type of PAGE_TYPES.filter((name) => pages.has(name))) {
    const url = pages.get(type);
    const started = performance.now();
    const run = await lighthouse(origin + url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: Object.keys(TARGETS),
    });
    if (!run) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = run;
    if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    writeFileSync(path.join(fullDir, `${type}.json`), JSON.stringify(lhr));
    const scores = Object.fromEntries(Object.keys(TARGETS).map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]));
    const metrics = Object.fromEntries(METRICS.map((id) => [id, lhr.audits[id]?.displayValue ?? '']));
    const failed = Object.keys(TARGETS).flatMap((id) =>
      (lhr.categories[id]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score !== null && lhr.audits[ref.id].score < 1)
        .map((ref) => `${id}: ${ref.id} (${Math.round(lhr.audits[ref.id].score * 100)}) ${lhr.audits[ref.id].title}`),
    );
    const misses = Object.entries(TARGETS)
      .filter(([id, target]) => scores[id] < target * 100)
      .map(([id]) => id);
    results.push({ type, url, scores, metrics, failed, misses });
    console.log(
      `${type.padEnd(10)} ${Object.values(scores).join(' / ').padEnd(18)} ${((performance.now() - started) / 1000).toFixed(1)} s  ` +
        `${url}${misses.length ? `  MISSES ${misses.join(', ')}` : ''}`,
    );
  }
} finally {
  chrome.kill();
  server.close();
}

const summary = {
  lighthouse: (await import('lighthouse/package.json', { with: { type: 'json' } })).default.version,
  mode: 'default mobile run (simulated throttling), served on 127.0.0.1 by tests/browser/static-server.ts',
  targets: Object.fromEntries(Object.entries(TARGETS).map(([id, target]) => [id, target * 100])),
  pages: results,
};
mkdirSync(outDir, { recursive: true });
writeFileSync(path.join(outDir, 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`);
writeFileSync(path.join(outDir, 'summary.md'), markdown(summary));
console.log(`Summary in ${path.relative(root, outDir)}/summary.{json,md}; full reports in ${path.relative(root, fullDir)}/`);
const missed = results.filter((result) => result.misses.length > 0);
if (missed.length > 0) {
  console.error(`Lighthouse targets missed on: ${missed.map((result) => `${result.type} (${result.misses.join(', ')})`).join('; ')}`);
  for (const result of missed) console.error(`  ${result.type}: ${result.failed.join('\n    ')}`);
  process.exitCode = 1;
}

function markdown({ lighthouse: version, mode, targets, pages: rows }) {
  const lines = [
    '# Lighthouse',
    '',
    `Lighthouse ${version}, ${mode}. Targets: performance ≥ ${targets.performance}, accessibility ${targets.accessibility}, best ` +
      `practices ${targets['best-practices']}, SEO ≥ ${targets.seo}.`,
    'Regenerate with `npm run build && npm run lighthouse`.',
    '',
    '| page | performance | accessibility | best practices | SEO | FCP | LCP | TBT | CLS |',
    '|---|---|---|---|---|---|---|---|---|',
    ...rows.map(
      (row) =>
        `| ${row.type} \`${row.url}\` | ${row.scores.performance} | ${row.scores.accessibility} | ${row.scores['best-practices']} ` +
        `| ${row.scores.seo} | ${row.metrics['first-contentful-paint']} | ${row.metrics['largest-contentful-paint']} | ` +
        `${row.metrics['total-blocking-time']} | ${row.metrics['cumulative-layout-shift']} |`,
    ),
    '',
  ];
  const failing = rows.filter((row) => row.failed.length > 0);
  if (failing.length > 0) {
    lines.push('## Audits below full marks', '');
    for (const row of failing) lines.push(`- ${row.type}: ${row.failed.join('; ')}`);
    lines.push('');
  }
  return lines.join('\n');
}
