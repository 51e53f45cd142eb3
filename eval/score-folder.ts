// Finds labelled stories in a folder and scores each with the pipeline the site runs.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { analyseStoryEmbedded } from '../src/lib/analyse.ts';
import type { SentenceEmbedder } from '../src/lib/embed/index.ts';
import { exportStory } from '../src/lib/export/index.ts';
import { decodeVersionFile } from '../src/lib/ingest/index.ts';
import { locateLabels } from './labels.ts';
import type { ScoredStory } from './report.ts';
import { scoreStory } from './score.ts';

export const LABELS_FILE = 'labels.yaml';

export async function labelledStories(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  const names = new Set(entries.filter((entry) => entry.isFile()).map((entry) => entry.name));
  if (names.has('story.yaml') && names.has(LABELS_FILE)) return [dir];
  const found: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1)))
    if (entry.isDirectory() && !entry.name.startsWith('.')) found.push(...(await labelledStories(path.join(dir, entry.name))));
  return found;
}

/** Scores one story; with `embedder(slug)`, alignment also reads sentence vectors (semantic evidence). */
export async function scoreFolder(dir: string, root: string, embedder?: (slug: string) => SentenceEmbedder): Promise<ScoredStory> {
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
  const analysis = exportStory(await analyseStoryEmbedded({ slug, dir, manifestText, files }, embedder?.(slug)));
  return { story: path.relative(root, dir) || slug, versions: manifest.versions.length, score: scoreStory(labels, texts, analysis) };
}
