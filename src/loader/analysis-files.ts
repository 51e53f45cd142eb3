import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StoryAnalysis } from '../lib/story-analysis.ts';

/**
 * What the content store holds for a story: where its analysis is, not the analysis. Astro
 * re-serialises the whole store on every build and bundles it into the server build as one
 * module; with ~430 kB of analysis JSON per story (mostly word tokens) that was about 17 s of a
 * 44 s warm build and 2 GB of memory at 100 stories, and a 360 MB store at 1,000 (README,
 * "Performance"). One JSON file per story and digest, beside Astro's cache, costs neither.
 */
export interface StoredAnalysis {
  analysisFile: string;
}

export function analysisDir(cacheDir: URL): string {
  return path.join(fileURLToPath(cacheDir), 'same-story');
}

/** `<cacheDir>/same-story/<slug>.<digest>.json`: a changed story gets a new name, never a stale read. */
export function analysisFile(cacheDir: URL, slug: string, digest: string): string {
  return path.join(analysisDir(cacheDir), `${slug}.${digest.slice(0, 16)}.json`);
}

export function hasAnalysis(file: string): boolean {
  return existsSync(file);
}

/** Writes the analysis (whole or not at all) and removes the story's older files. */
export async function writeAnalysis(file: string, analysis: StoryAnalysis): Promise<void> {
  const dir = path.dirname(file);
  await mkdir(dir, { recursive: true });
  const partial = `${file}.${process.pid}.partial`;
  await writeFile(partial, JSON.stringify(analysis));
  await rename(partial, file);
  await removeAnalyses(dir, storyOf(file), path.basename(file));
}

/** Removes every analysis file of a story (except `keep`): for stories deleted from the folder. */
export async function removeAnalyses(dir: string, slug: string, keep?: string): Promise<void> {
  if (!existsSync(dir)) return;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.isFile() && entry.name !== keep && storyOf(entry.name) === slug) await rm(path.join(dir, entry.name), { force: true });
  }
}

/** A story's analysis, read from its file (the site keeps only the one it is rendering: src/site/stories.ts). */
export function readAnalysis(file: string): StoryAnalysis {
  return JSON.parse(readFileSync(file, 'utf8')) as StoryAnalysis;
}

/**
 * Removes the analysis files of every story not in `slugs`: for stories deleted from the folder
 * while Astro's store, which would have named them, was cleared.
 */
export async function removeOtherStories(dir: string, slugs: ReadonlySet<string>): Promise<void> {
  if (!existsSync(dir)) return;
  // Folders (the embedding cache, `vectors/`) are not analyses.
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.isFile() && !slugs.has(storyOf(entry.name))) await rm(path.join(dir, entry.name), { force: true });
  }
}

/** Slugs are [a-z0-9-]+, so the story is the file name up to its first dot. */
function storyOf(fileName: string): string {
  return path.basename(fileName).split('.')[0]!;
}
