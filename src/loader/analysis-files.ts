import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SearchableFact, SearchableStory } from '../lib/search/documents.ts';
import type { StoryAnalysis } from '../lib/story-analysis.ts';
import type { ComparedStory } from '../site/compare-pages.ts';

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

/**
 * Writes the analysis and its head (each whole or not at all). The story's older files stay until its
 * writer removes them: the loader does it for every story at once (`removeStaleAnalyses`), the dev
 * watcher for its one story (`removeAnalyses`). Listing the folder after each write, as it once did,
 * read the whole folder once per story analysed: 2,000 names a story at 1,000 stories.
 */
export async function writeAnalysis(file: string, analysis: StoryAnalysis): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  // The head first: an analysis file on disk then always has its head beside it.
  await writeWhole(headFile(file), JSON.stringify(analysisHead(analysis)));
  await writeWhole(file, JSON.stringify(analysis));
}

/** The names a story's current analysis file leaves in the folder: the analysis and its head. */
export function currentFiles(file: string): string[] {
  return [path.basename(file), path.basename(headFile(file))];
}

async function writeWhole(file: string, text: string): Promise<void> {
  const partial = `${file}.${process.pid}.partial`;
  await writeFile(partial, text);
  await rename(partial, file);
}

/** Removes every analysis file of a story (except those named in `keep`): for stories deleted from the folder. */
export async function removeAnalyses(dir: string, slug: string, keep: readonly string[] = []): Promise<void> {
  if (!existsSync(dir)) return;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.isFile() && !keep.includes(entry.name) && storyOf(entry.name) === slug) await rm(path.join(dir, entry.name), { force: true });
  }
}

/**
 * The few fields of an analysis that the site keeps for every story during a build (src/site/stories.ts:
 * its compare pages, search entry, listing line): a tenth of the analysis, so a build reads it for
 * every story without parsing every whole analysis. Written beside the analysis by `writeAnalysis`.
 * Its fields are a format: a change to them must change `HEAD_FORMAT`, so no build reads an older head.
 */
export interface AnalysisHead extends SearchableStory, ComparedStory {
  summary?: string | undefined;
  facts: (SearchableFact & Pick<StoryAnalysis['facts'][number], 'disagreement'>)[];
  versions: (SearchableStory['versions'][number] & ComparedStory['versions'][number])[];
}

/** Part of every head file's name: raise it whenever `analysisHead` writes other fields. */
export const HEAD_FORMAT = 1;

export function headFile(analysisFile: string): string {
  return analysisFile.replace(/\.json$/, `.head${HEAD_FORMAT}.json`);
}

export function analysisHead(analysis: StoryAnalysis): AnalysisHead {
  return {
    slug: analysis.slug,
    title: analysis.title,
    summary: analysis.summary,
    versions: analysis.versions.map((version) => ({
      id: version.id,
      outlet: version.outlet,
      title: version.title,
      published: version.published,
      sentences: version.sentences.map((sentence) => ({ n: sentence.n, text: sentence.text })),
    })),
    pairs: analysis.pairs.map((pair) => ({ a: pair.a, b: pair.b, similarity: pair.similarity })),
    facts: analysis.facts.map((fact) => ({
      id: fact.id,
      kind: fact.kind,
      label: fact.label,
      variants: fact.variants.map((variant) => ({ text: variant.text })),
      disagreement: fact.disagreement,
    })),
  };
}

/** The head of an analysis file: read from its head file, or from the whole analysis when a cache from before heads has none. */
export function readAnalysisHead(analysisFile: string): AnalysisHead {
  const file = headFile(analysisFile);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as AnalysisHead) : analysisHead(readAnalysis(analysisFile));
}

/** A story's analysis, read from its file (the site keeps only the one it is rendering: src/site/stories.ts). */
export function readAnalysis(file: string): StoryAnalysis {
  return JSON.parse(readFileSync(file, 'utf8')) as StoryAnalysis;
}

/**
 * Removes, in one pass over the folder, every file that is not a listed story's current analysis or
 * head (`current`: each story's analysis file): the older analyses of stories analysed again, the
 * files of stories deleted from the folder while Astro's store, which would have named them, was
 * cleared, and partial writes a stopped build left.
 */
export async function removeStaleAnalyses(dir: string, current: ReadonlyMap<string, string>): Promise<void> {
  if (!existsSync(dir)) return;
  // Folders (the embedding cache, `vectors/`) are not analyses.
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = current.get(storyOf(entry.name));
    if (file === undefined || !currentFiles(file).includes(entry.name)) await rm(path.join(dir, entry.name), { force: true });
  }
}

/** A story of the loader's last run: its slug, its analysis file and its versions. */
export interface IndexedStory {
  slug: string;
  file: string;
  /**
   * Its versions in story.yaml order, as its old URLs read them (src/site/redirects.ts), so that a build lists
   * every story's old URLs without reading every head again (a 30 kB parse a story). Absent in an index
   * written before they were kept here: read them from the head (`indexedVersions`).
   */
  versions?: IndexedVersion[];
}

/** What the index keeps of a version. */
export interface IndexedVersion {
  id: string;
  outlet: string;
}

/**
 * A story's versions for the index: from the last index when it names the same analysis file (the file's
 * name carries the digest, so the analysis is the same), else from the analysis's head.
 */
export function indexedVersions(file: string, last: IndexedStory | undefined): IndexedVersion[] {
  if (last?.file === file && last.versions !== undefined) return last.versions;
  return readAnalysisHead(file).versions.map(({ id, outlet }) => ({ id, outlet }));
}

/**
 * `<cacheDir>/same-story-stories.json`: the stories of the loader's last full run and their analysis
 * files, in slug order. The content store holds the same, but Astro opens it only to pages; the build's
 * integrations read this (src/integrations/redirect-pages.ts). Beside `same-story/`, not in it: that
 * folder holds only analyses named by their story, and a shard's copy of it must not carry another
 * cache's paths.
 */
export function storiesIndexFile(cacheDir: URL | string): string {
  return path.join(typeof cacheDir === 'string' ? cacheDir : fileURLToPath(cacheDir), 'same-story-stories.json');
}

export async function writeStoriesIndex(cacheDir: URL, stories: readonly IndexedStory[]): Promise<void> {
  await mkdir(path.dirname(storiesIndexFile(cacheDir)), { recursive: true });
  await writeWhole(storiesIndexFile(cacheDir), JSON.stringify(stories.map(({ slug, file, versions }) => ({ slug, file, versions }))));
}

/** The stories of the loader's last run, or undefined when no loader has run with this cache folder. */
export function readStoriesIndex(cacheDir: string): IndexedStory[] | undefined {
  const file = storiesIndexFile(cacheDir);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as IndexedStory[]) : undefined;
}

/** Slugs are [a-z0-9-]+, so the story is the file name up to its first dot. */
function storyOf(fileName: string): string {
  return path.basename(fileName).split('.')[0]!;
}
