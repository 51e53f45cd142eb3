// npm run eval -- <folder> [--json <file>] [--show] [--semantic]: scores every labelled story under <folder> (a folder holding
// story.yaml, its version files and labels.yaml; searched recursively) and prints figures per story and
// overall; --show lists, per version, the junk kept and the article text lost, and per story the links missed and
// made wrongly. See eval/README.md for the label format.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { cachingEmbedder } from '../src/loader/embedder.ts';
import { formatMistakes, formatReport, type ScoredStory } from './report.ts';
import { LABELS_FILE, labelledStories, scoreFolder } from './score-folder.ts';

const args = process.argv.slice(2);
const jsonAt = args.indexOf('--json');
const jsonOut = jsonAt >= 0 ? args.splice(jsonAt, 2)[1] : undefined;
const showAt = args.indexOf('--show');
const show = showAt >= 0 && args.splice(showAt, 1).length > 0;
// --semantic: alignment also reads sentence embeddings (cached in node_modules/.cache/same-story-eval/).
const semanticAt = args.indexOf('--semantic');
const semantic = semanticAt >= 0 && args.splice(semanticAt, 1).length > 0;
const vectorCache = path.resolve(import.meta.dirname, '../node_modules/.cache/same-story-eval');
const root = args[0];
if (!root) {
  console.error('usage: npm run eval -- <folder of labelled stories> [--json <file>] [--show] [--semantic]');
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
if (jsonOut) await fs.writeFile(jsonOut, `${JSON.stringify(scored, null, 1)}\n`);
