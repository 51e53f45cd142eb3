// npm run eval -- <folder> [--json <file>] [--show] [--misses] [--semantic] [--signals <file>]: scores every labelled story under
// <folder> (a folder holding story.yaml, its version files and labels.yaml; searched recursively) and prints figures per story and
// overall; --show lists, per version, the junk kept and the article text lost, and per story the links missed and
// made wrongly; --misses lists each missed must-see disagreement with its cause and each wrong flag; --signals writes,
// per paragraph the story-evidence pass judges, its signals and labelled characters (one JSON object a line).
// npm run eval -- --fit <sample> <sample> …: fits the pass's signal weights leaving one sample out at a time.
// See eval/README.md.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { cachingEmbedder } from '../src/loader/embedder.ts';
import { crossValidate } from './cross-validate.ts';
import { formatMisses } from './misses.ts';
import { formatMistakes, formatReport, type ScoredStory } from './report.ts';
import { LABELS_FILE, labelledStories, scoreFolder } from './score-folder.ts';
import { prepareStory, siftPrepared } from './signals.ts';

const args = process.argv.slice(2);
const USAGE =
  'usage: npm run eval -- <folder of labelled stories> [--json <file>] [--show] [--misses] [--semantic] [--signals <file>]\n' +
  '       npm run eval -- --fit <sample folder> <sample folder> [...] [--untried <signal key>,...]\n' +
  'See eval/README.md.';
if (args.includes('--help') || args.includes('-h')) {
  console.log(USAGE);
  process.exit(0);
}
const jsonAt = args.indexOf('--json');
const jsonOut = jsonAt >= 0 ? args.splice(jsonAt, 2)[1] : undefined;
const showAt = args.indexOf('--show');
const show = showAt >= 0 && args.splice(showAt, 1).length > 0;
// --misses: each missed must-see disagreement with the stage that lost it, and each wrong flag (eval/misses.ts).
const missesAt = args.indexOf('--misses');
const misses = missesAt >= 0 && args.splice(missesAt, 1).length > 0;
// --semantic: alignment also reads sentence embeddings (cached in node_modules/.cache/same-story-eval/).
const semanticAt = args.indexOf('--semantic');
const semantic = semanticAt >= 0 && args.splice(semanticAt, 1).length > 0;
const signalsAt = args.indexOf('--signals');
const signalsOut = signalsAt >= 0 ? args.splice(signalsAt, 2)[1] : undefined;
const fitAt = args.indexOf('--fit');
if (fitAt >= 0) {
  args.splice(fitAt, 1);
  const untriedAt = args.indexOf('--untried');
  const untried = untriedAt >= 0 ? (args.splice(untriedAt, 2)[1] ?? '').split(',').filter(Boolean) : [];
  if (args.length < 2) {
    console.error('usage: npm run eval -- --fit <sample folder> <sample folder> [...] [--untried <signal key>,...]');
    process.exit(2);
  }
  console.log(await crossValidate(args, untried));
  process.exit(0);
}
const vectorCache = path.resolve(import.meta.dirname, '../node_modules/.cache/same-story-eval');
const unknown = args.find((arg) => arg.startsWith('-'));
if (unknown) {
  console.error(`eval: unknown option ${unknown}\n${USAGE}`);
  process.exit(2);
}
const root = args[0];
if (!root) {
  console.error(USAGE);
  process.exit(2);
}
if (!(await fs.stat(root).catch(() => undefined))?.isDirectory()) {
  console.error(`eval: ${root} is not a folder (give the folder of labelled stories)`);
  process.exit(2);
}
const stories = await labelledStories(root);
if (stories.length === 0) {
  console.error(`eval: no folder under ${root} holds both story.yaml and ${LABELS_FILE}`);
  process.exit(2);
}
const scored: ScoredStory[] = [];
for (const dir of stories) scored.push(await scoreFolder(dir, root, semantic ? (slug) => cachingEmbedder(vectorCache, slug) : undefined));
console.log(formatReport(scored));
if (show) console.log(formatMistakes(scored));
if (misses) console.log(formatMisses(scored));
if (signalsOut) {
  const rows: string[] = [];
  for (const dir of stories) for (const paragraph of siftPrepared(await prepareStory(dir, root)).rows) rows.push(JSON.stringify(paragraph));
  await fs.writeFile(signalsOut, `${rows.join('\n')}\n`);
}
if (jsonOut) await fs.writeFile(jsonOut, `${JSON.stringify(scored, null, 1)}\n`);
