// Finds labelled stories in a folder and scores each with the pipeline the site runs.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { analyseStoryEmbedded } from '../src/lib/analyse.ts';
import type { SentenceEmbedder } from '../src/lib/embed/index.ts';
import { exportStory } from '../src/lib/export/index.ts';
import { decodeVersionFile } from '../src/lib/ingest/index.ts';
import { locateLabels, type LocatedLabels } from './labels.ts';
import { traceMisses } from './misses.ts';
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

/** A labelled story folder read: its input for the pipeline, each version's text as decoded, and the labels located in it. */
export interface LabelledStory {
  slug: string;
  input: { slug: string; dir: string; manifestText: string; files: Record<string, Uint8Array> };
  versions: number;
  texts: Map<string, string>;
  labels: LocatedLabels;
}

export async function readLabelledStory(dir: string): Promise<LabelledStory> {
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
  return { slug, input: { slug, dir, manifestText, files }, versions: manifest.versions.length, texts, labels };
}

/**
 * Scores one story and traces its missed must-see disagreements and wrong flags; with `embedder(slug)`, alignment also
 * reads sentence vectors (semantic evidence).
 */
export async function scoreFolder(dir: string, root: string, embedder?: (slug: string) => SentenceEmbedder): Promise<ScoredStory> {
  const { slug, input, versions, texts, labels } = await readLabelledStory(dir);
  const analysed = await analyseStoryEmbedded(input, embedder?.(slug));
  const analysis = exportStory(analysed);
  return {
    story: path.relative(root, dir) || slug,
    versions,
    score: scoreStory(labels, texts, analysis),
    misses: traceMisses(labels, texts, analysed, analysis),
  };
}
