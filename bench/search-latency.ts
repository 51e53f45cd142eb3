// Search latency at newsroom scale: a synthetic corpus of at least 10,000 sentences (bench's own
// story generator, run through the real pipeline), indexed by the real shard planner, served
// behind the real built /search/ page, typed into key by key in Chromium. Each keystroke is timed
// from its keydown event to the moment its results are in the DOM and laid out.
// Run alone: `npx node bench/search-latency.ts [--sentences 10000] [--site <built dist to reuse>]`.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { analyseStory } from '../src/lib/analyse.ts';
import { planShards, type ShardPlan } from '../src/lib/search/index.ts';
import type { StoryAnalysis } from '../src/lib/story-analysis.ts';
import { launchBrowser } from '../tests/browser/browser.ts';
import { serveStatic } from '../tests/browser/static-server.ts';
import { createRandom, type Random } from './corpus/random.ts';
import { generateStory } from './generate-corpus.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const OUT = path.join(ROOT, 'bench/out/search');

export interface SearchBenchmarkResult {
  sentences: number;
  medianMs: number;
  p95Ms: number;
  indexGzipBytes: number;
  /** Every search document: sentences, facts and outlets. */
  documents: number;
  indexRawBytes: number;
  shards: number;
  /** From navigation to the index being searchable on /search/. */
  indexLoadMs: number;
  keystrokes: number;
  /** Slowest keystroke. */
  maxMs: number;
}

export interface SearchBenchmarkOptions {
  sentences?: number;
  seed?: number;
  /** A built site to reuse (copied, never modified); otherwise the seed site is built. */
  site?: string;
  log?: (message: string) => void;
}

export async function runSearchBenchmark(options: SearchBenchmarkOptions = {}): Promise<SearchBenchmarkResult> {
  const { sentences: wanted = 10_000, seed = 1, log = (message: string) => console.error(`[search bench] ${message}`) } = options;
  log(`generating and analysing stories until ${wanted} sentences`);
  const stories = syntheticStories(seed, wanted);
  const sentences = stories.reduce((sum, story) => sum + story.versions.reduce((n, version) => n + version.sentences.length, 0), 0);
  const plan = planShards(stories);
  const site = path.join(OUT, 'site');
  await prepareSite(site, options.site, log);
  const { raw, gzip } = await writeIndex(site, plan);
  log(
    `${stories.length} stories, ${sentences} sentences, ${plan.manifest.documents} documents in ${plan.shards.length} shards: ` +
      `${kb(raw)} raw, ${kb(gzip)} gzip`,
  );

  const { server, origin } = await serveStatic(site);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.addInitScript(instrument);
    await page.goto(`${origin}/search/`);
    await page.waitForSelector('[data-search-page][data-search-state="ready"]', { timeout: 120_000 });
    const indexLoadMs = await page.evaluate(() => (window as unknown as BenchWindow).__bench.readyAt);
    const timings: number[] = [];
    for (const query of benchmarkQueries(stories, createRandom(seed))) {
      const latencies = await typeQuery(page, query);
      log(`"${query}": ${latencies.map((ms) => ms.toFixed(1)).join(' ')} ms`);
      timings.push(...latencies);
    }
    const sorted = [...timings].sort((a, b) => a - b);
    return {
      sentences,
      medianMs: round(quantile(sorted, 0.5)),
      p95Ms: round(quantile(sorted, 0.95)),
      indexGzipBytes: gzip,
      documents: plan.manifest.documents,
      indexRawBytes: raw,
      shards: plan.shards.length,
      indexLoadMs: round(indexLoadMs),
      keystrokes: timings.length,
      maxMs: round(sorted[sorted.length - 1] ?? 0),
    };
  } finally {
    await browser.close();
    server.close();
  }
}

interface BenchWindow {
  __bench: { down: number[]; rendered: number[]; readyAt: number };
}

/** Runs in the page before its scripts: keydown times, render times (after a forced layout), ready time. */
function instrument(): void {
  const bench = { down: [] as number[], rendered: [] as number[], readyAt: 0 };
  (window as unknown as BenchWindow).__bench = bench;
  addEventListener(
    'keydown',
    (event) => {
      if (event.key.length === 1) bench.down.push(event.timeStamp);
    },
    true,
  );
  document.addEventListener('search:rendered', () => {
    void document.body.offsetHeight;
    bench.rendered.push(performance.now());
  });
  new MutationObserver(() => {
    if (!bench.readyAt && document.querySelector('[data-search-state="ready"]')) bench.readyAt = performance.now();
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-search-state'] });
}

/** Types `query` into the page's box one key at a time; returns the latency of every keystroke that searches (2+ characters). */
async function typeQuery(page: Page, query: string): Promise<number[]> {
  await page.fill('#search-query', '');
  await page.evaluate(() => {
    const bench = (window as unknown as BenchWindow).__bench;
    bench.down.length = 0;
    bench.rendered.length = 0;
  });
  for (const [i, char] of [...query].entries()) {
    await page.keyboard.type(char);
    await page.waitForFunction((count) => (window as unknown as BenchWindow).__bench.rendered.length >= count, i + 1);
  }
  const { down, rendered } = await page.evaluate(() => (window as unknown as BenchWindow).__bench);
  return rendered.map((at, i) => at - down[i]!).filter((_, i) => i >= 1);
}

/** Misspelt and partly typed names, phrases and common words, drawn from the corpus itself. */
export function benchmarkQueries(stories: readonly StoryAnalysis[], random: Random): string[] {
  const texts = stories.flatMap((story) => story.versions.flatMap((version) => version.sentences.map((sentence) => sentence.text)));
  const counts = new Map<string, number>();
  // Capitalised words of 7+ letters not opening a sentence: names, mostly.
  for (const text of texts)
    for (const word of text.split(/\s+/).slice(1)) if (/^[A-Z][a-z]{6,}$/.test(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
  const names = [...counts]
    .filter(([, count]) => count >= 3)
    .map(([name]) => name)
    .sort();
  const dropLetter = (word: string): string => {
    const at = random.int(2, word.length - 2);
    return word.slice(0, at) + word.slice(at + 1);
  };
  const phrase = (): string => {
    const words = random
      .pick(texts)
      .split(/\s+/)
      .filter((word) => /^[A-Za-z]{4,}$/.test(word));
    const at = random.int(0, Math.max(0, words.length - 2));
    return words.slice(at, at + 2).join(' ');
  };
  return [
    ...Array.from({ length: 5 }, () => dropLetter(random.pick(names))),
    ...Array.from({ length: 2 }, () => random.pick(names).slice(0, 5)),
    ...Array.from({ length: 3 }, phrase),
    `${dropLetter(random.pick(names))} said`,
    'government',
    'minister said',
  ];
}

function syntheticStories(seed: number, wanted: number): StoryAnalysis[] {
  const stories: StoryAnalysis[] = [];
  const encoder = new TextEncoder();
  let sentences = 0;
  for (let index = 0; sentences < wanted; index++) {
    const generated = generateStory(seed, index, 6);
    const files: Record<string, Uint8Array> = {};
    for (const [name, text] of Object.entries(generated.files)) if (name !== 'story.yaml') files[name] = encoder.encode(text);
    const story = analyseStory({ slug: generated.slug, dir: generated.slug, manifestText: generated.files['story.yaml']!, files });
    sentences += story.versions.reduce((n, version) => n + version.sentences.length, 0);
    stories.push(story);
  }
  return stories;
}

/** The seed site, built with the current client code (or a given build, copied). */
async function prepareSite(site: string, reuse: string | undefined, log: (message: string) => void): Promise<void> {
  await rm(site, { recursive: true, force: true });
  await mkdir(path.dirname(site), { recursive: true });
  if (reuse) {
    await cp(reuse, site, { recursive: true });
    return;
  }
  log('building the seed site');
  const content = path.join(ROOT, 'content/stories');
  const result = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', site], {
    cwd: ROOT,
    env: { ...process.env, SAME_STORY_CONTENT: content },
    encoding: 'utf8',
  });
  if (result.status !== 0 || !existsSync(path.join(site, 'search/index.html')))
    throw new Error(`astro build failed:\n${result.stdout}\n${result.stderr}`);
}

/** Replaces the site's search index with the synthetic one; returns its size over all files. */
async function writeIndex(site: string, plan: ShardPlan): Promise<{ raw: number; gzip: number }> {
  const dir = path.join(site, 'api/search');
  for (const name of existsSync(dir) ? await readdir(dir) : []) await rm(path.join(dir, name));
  await mkdir(dir, { recursive: true });
  const files: [string, string][] = [
    ['index.json', JSON.stringify(plan.manifest)],
    ...plan.shards.map(({ name, shard }): [string, string] => [`${name}.json`, JSON.stringify(shard)]),
  ];
  let raw = 0;
  let gzip = 0;
  for (const [name, text] of files) {
    await writeFile(path.join(dir, name), text);
    raw += Buffer.byteLength(text);
    gzip += gzipSync(text).length;
  }
  return { raw, gzip };
}

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

const round = (value: number): number => Math.round(value * 100) / 100;
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} kB`;

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: { sentences: { type: 'string', default: '10000' }, seed: { type: 'string', default: '1' }, site: { type: 'string' } },
  });
  const result = await runSearchBenchmark({
    sentences: Number(values.sentences),
    seed: Number(values.seed),
    ...(values.site ? { site: values.site } : {}),
  });
  console.table({ ...result, indexGzip: kb(result.indexGzipBytes), indexRaw: kb(result.indexRawBytes) });
  await writeFile(path.join(OUT, 'results.json'), `${JSON.stringify(result, null, 2)}\n`);
}
