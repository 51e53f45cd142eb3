// npm run eval -- <folder> [--json <file>] [--show]: scores every labelled story under <folder> (a folder holding
// story.yaml, its version files and labels.yaml; searched recursively) and prints figures per story and
// overall; --show lists, per version, the junk kept and the article text lost. See eval/README.md for the label format.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { analyseStory } from '../src/lib/analyse.ts';
import { decodeVersionFile } from '../src/lib/ingest/index.ts';
import { exportStory } from '../src/lib/export/index.ts';
import { locateLabels } from './labels.ts';
import { formatMistakes, formatReport, type ScoredStory } from './report.ts';
import { scoreStory } from './score.ts';

export const LABELS_FILE = 'labels.yaml';

async function labelledStories(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  const names = new Set(entries.filter((entry) => entry.isFile()).map((entry) => entry.name));
  if (names.has('story.yaml') && names.has(LABELS_FILE)) return [dir];
  const found: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1)))
    if (entry.isDirectory() && !entry.name.startsWith('.')) found.push(...(await labelledStories(path.join(dir, entry.name))));
  return found;
}

async function scoreFolder(dir: string, root: string): Promise<ScoredStory> {
  const slug = path.basename(dir);
  const entries = await fs.readdir(dir);
  const files: Record<string, Uint8Array> = {};
  for (const name of entries)
    if (name !== 'story.yaml' && name !== LABELS_FILE && !name.startsWith('.'))
      files[name] = new Uint8Array(await fs.readFile(path.join(dir, name)));
  const manifestText = await fs.readFile(path.join(dir, 'story.yaml'), 'utf8');
  const manifest = parse(manifestText) as { versions: { id: string; file: string }[] };
  const texts = new Map(
    manifest.versions.map((version) => [version.id, decodeVersionFile(files[version.file]!, { story: slug, file: version.file })]),
  );
  const labels = locateLabels(await fs.readFile(path.join(dir, LABELS_FILE), 'utf8'), texts, path.join(dir, LABELS_FILE));
  const analysis = exportStory(analyseStory({ slug, dir, manifestText, files }));
  return { story: path.relative(root, dir) || slug, versions: manifest.versions.length, score: scoreStory(labels, texts, analysis) };
}

const args = process.argv.slice(2);
const jsonAt = args.indexOf('--json');
const jsonOut = jsonAt >= 0 ? args.splice(jsonAt, 2)[1] : undefined;
const showAt = args.indexOf('--show');
const show = showAt >= 0 && args.splice(showAt, 1).length > 0;
const root = args[0];
if (!root) {
  console.error('usage: npm run eval -- <folder of labelled stories> [--json <file>] [--show]');
  process.exit(2);
}
const stories = await labelledStories(root);
if (stories.length === 0) {
  console.error(`eval: no folder under ${root} holds both story.yaml and ${LABELS_FILE}`);
  process.exit(2);
}
const scored: ScoredStory[] = [];
for (const dir of stories) scored.push(await scoreFolder(dir, root));
console.log(formatReport(scored));
if (show) console.log(formatMistakes(scored));
if (jsonOut) await fs.writeFile(jsonOut, `${JSON.stringify(scored, null, 1)}\n`);
