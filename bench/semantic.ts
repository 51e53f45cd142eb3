// `node bench/semantic.ts [--rounds 3] [--builds]`: what semantic evidence (issue 15) costs on this machine, in
// CPU time (user + system), each figure the median of fresh processes. Per round, one child process:
//   cold     the seed story analysed with an empty vector cache: model import and load, embedding, analysis;
//   warm     the seed analysed again with the cache filled, and on words alone for comparison (thread CPU, median
//            of 25 after 3 uncounted runs, as `npm run bench` times the seed);
//   16       a generated 16-version story (bench seed 1), warm, after one cold pass that fills its cache (median of 7);
//   model    the model's CPU time per sentence, 256 sentences not seen before, in the embedder's calls (16 a call,
//            shortest first), and the model's import and load with one sentence (a process of its own);
//   peak     the child's peak resident memory.
// --gold prints link F1 of the three gold files (seed, harbourton, strathmore) on words only and with vectors, as
// src/lib/align/gold.test.ts measures them (rows and also-covers links).
// --builds adds cold `astro build`s of the repository's stories with SAME_STORY_EMBEDDINGS=0 and =1, alternating,
// each into its own folders under /tmp (CPU time and peak memory from /usr/bin/time). Targets (issue 15): seed warm
// <= 50 ms, cold <= 1.5 s including the model load, 16 versions warm <= 300 ms. Not part of `npm run bench`: the
// model's load and the builds take a minute a round.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { analyseStory, analyseStoryEmbedded } from '../src/lib/analyse.ts';
import { normalizeForMatching } from '../src/lib/segment/normalize.ts';
import type { StoryAnalysis } from '../src/lib/story-analysis.ts';
import type { StoryInput } from '../src/lib/types.ts';
import { cachingEmbedder, useLite } from '../src/loader/embedder.ts';
import { GOLD_STORIES, goldLinkScores, type GoldGroup } from '../tests/support/evaluate-alignment.ts';
import { readStoryFolder } from '../src/loader/read-story-folder.ts';
import { generateStory } from './generate-corpus.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const SEED = 'rwanda-us-migrant-talks';
const ASTRO_CLI = path.join(ROOT, 'node_modules/astro/bin/astro.mjs');

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '3' },
    builds: { type: 'boolean', default: false },
    gold: { type: 'boolean', default: false },
    child: { type: 'string' },
    'child-load': { type: 'boolean', default: false },
  },
});

interface ChildFigures {
  coldCpuMs: number;
  coldWallMs: number;
  warmCpuMs: number;
  wordsOnlyCpuMs: number;
  sixteenCpuMs: number;
  sixteenWordsOnlyCpuMs: number;
  sixteenSentences: number;
  modelCpuMsPerSentence: number;
  modelLoadCpuMs: number;
  peakMb: number;
}

const cpuMs = (used: NodeJS.CpuUsage): number => (used.user + used.system) / 1000;
const median = (list: readonly number[]): number => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;

function generatedInput(versions: number): StoryInput {
  const story = generateStory(1, 0, versions);
  const files: Record<string, Uint8Array> = {};
  for (const [name, text] of Object.entries(story.files)) if (name !== 'story.yaml') files[name] = new TextEncoder().encode(text);
  return { slug: story.slug, dir: `generated/${story.slug}`, manifestText: story.files['story.yaml']!, files };
}

/** CPU of the whole process (the model's WebAssembly, the compiler and the collector), for the cold run. */
async function timed(work: () => Promise<unknown>): Promise<{ cpu: number; wall: number }> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  await work();
  return { cpu: cpuMs(process.cpuUsage(cpu)), wall: performance.now() - started };
}

/** CPU of this thread, as `npm run bench` times the seed: warm runs, after `warmUp` runs that are not counted. */
async function threadTimed(runs: number, work: () => Promise<unknown>, warmUp = 3): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < warmUp + runs; run++) {
    const cpu = process.threadCpuUsage();
    await work();
    if (run >= warmUp) times.push(cpuMs(process.threadCpuUsage(cpu)));
  }
  return median(times);
}

async function child(dir: string): Promise<ChildFigures> {
  const seed = await readStoryFolder(path.join(ROOT, 'content/stories', SEED), `content/stories/${SEED}`, SEED);
  const cold = await timed(() => analyseStoryEmbedded(seed, cachingEmbedder(dir, SEED)));
  const warm = await threadTimed(25, () => analyseStoryEmbedded(seed, cachingEmbedder(dir, SEED)));
  const words = await threadTimed(25, async () => analyseStory(seed));
  const sixteen = generatedInput(16);
  await analyseStoryEmbedded(sixteen, cachingEmbedder(dir, sixteen.slug));
  const sixteenWarm = await threadTimed(7, () => analyseStoryEmbedded(sixteen, cachingEmbedder(dir, sixteen.slug)));
  const sixteenWords = await threadTimed(7, async () => analyseStory(sixteen));
  const analysed = analyseStory(sixteen);
  // Sentences the model has not embedded in this process: distinct, and never the seed's.
  const texts = analysed.versions.flatMap((version) => version.sentences.map((sentence) => `${sentence.text} (${version.id})`));
  const fresh = [...new Set(texts)];
  const sample = fresh.slice(0, 256);
  const model = await timed(() => useLite.embed(sample));
  return {
    coldCpuMs: cold.cpu,
    coldWallMs: cold.wall,
    warmCpuMs: warm,
    wordsOnlyCpuMs: words,
    sixteenCpuMs: sixteenWarm,
    sixteenWordsOnlyCpuMs: sixteenWords,
    sixteenSentences: analysed.versions.reduce((sum, version) => sum + version.sentences.length, 0),
    modelCpuMsPerSentence: model.cpu / sample.length,
    modelLoadCpuMs: 0,
    peakMb: process.resourceUsage().maxRSS / 1024,
  };
}

interface BuildFigures {
  embeddings: boolean;
  cpuS: number;
  wallS: number;
  peakMb: number;
}

function build(embeddings: boolean, scratch: string, round: number): BuildFigures {
  const name = `${embeddings ? 'vectors' : 'words'}-${round}`;
  const timing = path.join(scratch, `${name}.time`);
  const result = spawnSync(
    '/usr/bin/time',
    // The project's Node (this process's), not the machine's: Astro needs 22.12 or newer.
    ['-f', '%U %S %e %M', '-o', timing, process.execPath, ASTRO_CLI, 'build', '--outDir', path.join(scratch, `${name}-dist`)],
    {
      cwd: ROOT,
      encoding: 'utf8',
      env: {
        ...process.env,
        SAME_STORY_EMBEDDINGS: embeddings ? '1' : '0',
        SAME_STORY_CACHE_DIR: path.join(scratch, `${name}-cache`),
        SAME_STORY_INCREMENTAL: '0',
      },
    },
  );
  if (result.status !== 0) throw new Error(`astro build (${name}) failed:\n${result.stderr}`);
  const [user, system, wall, peakKb] = spawnSync('cat', [timing], { encoding: 'utf8' }).stdout.trim().split(/\s+/u).map(Number);
  return { embeddings, cpuS: user! + system!, wallS: wall!, peakMb: peakKb! / 1024 };
}

/** Link F1 of an analysis against a gold file, as `gold.test.ts` counts it. */
function goldF1(analysis: StoryAnalysis, goldFile: string): number {
  const labels = (JSON.parse(readFileSync(path.join(ROOT, goldFile), 'utf8')) as { groups: GoldGroup[] }).groups;
  const sentences = analysis.versions.flatMap((version) => version.sentences);
  return goldLinkScores(analysis.alignment, sentences, labels, normalizeForMatching).f1;
}

async function goldFigures(dir: string): Promise<string[]> {
  const lines = ['link F1 of the gold files, words only -> with vectors'];
  for (const [storyDir, goldFile] of GOLD_STORIES) {
    const slug = path.basename(storyDir);
    const input = await readStoryFolder(path.join(ROOT, storyDir), storyDir, slug);
    const words = goldF1(analyseStory(input), goldFile);
    const vectors = goldF1(await analyseStoryEmbedded(input, cachingEmbedder(dir, slug)), goldFile);
    lines.push(`${slug.padEnd(44)} ${words.toFixed(3)} -> ${vectors.toFixed(3)}`);
  }
  return lines;
}

if (values['child-load']) {
  // The model's import and load with one short sentence, in a process of its own: the cold seed above includes it.
  console.log(JSON.stringify((await timed(() => useLite.embed(['The pier reopened on Monday.']))).cpu));
} else if (values.child !== undefined) {
  console.log(JSON.stringify(await child(values.child)));
} else {
  const rounds = Math.max(1, Number(values.rounds) || 1);
  const figures: ChildFigures[] = [];
  const builds: BuildFigures[] = [];
  const gold: string[] = [];
  const scratch = await mkdtemp(path.join(tmpdir(), 'same-story-semantic-'));
  try {
    for (let round = 0; round < rounds; round++) {
      const cache = path.join(scratch, `vectors-${round}`);
      const run = spawnSync(process.execPath, [import.meta.filename, '--child', cache], { cwd: ROOT, encoding: 'utf8' });
      if (run.status !== 0) throw new Error(`child failed:\n${run.stderr}`);
      const loaded = spawnSync(process.execPath, [import.meta.filename, '--child-load'], { cwd: ROOT, encoding: 'utf8' });
      if (loaded.status !== 0) throw new Error(`child failed:\n${loaded.stderr}`);
      const figure = JSON.parse(run.stdout.trim().split('\n').pop()!) as ChildFigures;
      figures.push({ ...figure, modelLoadCpuMs: Number(loaded.stdout.trim().split('\n').pop()) });
      if (values.builds) {
        if (!existsSync('/usr/bin/time')) throw new Error('--builds reads CPU time from /usr/bin/time (Debian package "time")');
        for (const embeddings of round % 2 === 0 ? [false, true] : [true, false]) builds.push(build(embeddings, scratch, round));
      }
    }
    if (values.gold) gold.push(...(await goldFigures(path.join(scratch, 'gold-vectors'))));
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
  const row = (label: string, pick: (figure: ChildFigures) => number, unit: string, target?: number): string => {
    const list = figures.map(pick);
    const shown = (value: number): string => value.toFixed(unit === 'ms/sentence' ? 1 : 0);
    const verdict = target === undefined ? '' : median(list) <= target ? `  (target <= ${target}: met)` : `  (target <= ${target}: MISSED)`;
    return `${label.padEnd(44)} ${shown(median(list)).padStart(7)} ${unit.padEnd(12)} runs ${list.map(shown).join(', ')}${verdict}`;
  };
  const lines = [
    `semantic evidence cost, ${rounds} round(s), CPU time (user + system), medians of fresh processes`,
    row('seed cold: model load + embed + analysis', (f) => f.coldCpuMs, 'ms CPU', 1500),
    row('seed cold, wall clock', (f) => f.coldWallMs, 'ms'),
    row('seed warm vector cache', (f) => f.warmCpuMs, 'ms CPU', 50),
    row('seed words only', (f) => f.wordsOnlyCpuMs, 'ms CPU'),
    row(`16 versions (${figures[0]!.sixteenSentences} sentences) warm`, (f) => f.sixteenCpuMs, 'ms CPU', 300),
    row('16 versions words only', (f) => f.sixteenWordsOnlyCpuMs, 'ms CPU'),
    row('model import and load', (f) => f.modelLoadCpuMs, 'ms CPU'),
    row('model per sentence (256, 16 a call by length)', (f) => f.modelCpuMsPerSentence, 'ms/sentence'),
    row('peak memory of the process', (f) => f.peakMb, 'MB'),
  ];
  for (const embeddings of [false, true]) {
    const list = builds.filter((entry) => entry.embeddings === embeddings);
    if (list.length === 0) continue;
    const label = `cold build of content/stories, ${embeddings ? 'vectors' : 'words only'}`;
    const runs = list.map((entry) => entry.cpuS.toFixed(1)).join(', ');
    const walls = list.map((entry) => entry.wallS.toFixed(1)).join(', ');
    const peaks = list.map((entry) => entry.peakMb.toFixed(0)).join(', ');
    const cpu = median(list.map((entry) => entry.cpuS)).toFixed(1);
    lines.push(`${label.padEnd(44)} ${cpu.padStart(7)} s CPU        runs ${runs}; wall ${walls} s; peak ${peaks} MB`);
  }
  lines.push(...gold);
  console.log(lines.join('\n'));
}
