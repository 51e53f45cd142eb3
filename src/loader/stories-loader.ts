import { createHash } from 'node:crypto';
import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { analyseStoryEmbedded } from '../lib/analyse.ts';
import { StoryInputError } from '../lib/errors.ts';
import { MANIFEST_FILE } from '../lib/ingest/index.ts';
import type { StoryInput } from '../lib/types.ts';
import { runAnalyses, workerCount } from './analysis-pool.ts';
import {
  analysisDir,
  analysisFile,
  currentFiles,
  hasAnalysis,
  indexedVersions,
  readStoriesIndex,
  removeAnalyses,
  removeStaleAnalyses,
  writeAnalysis,
  writeStoriesIndex,
  type StoredAnalysis,
} from './analysis-files.ts';
import { cachingEmbedder, embeddingsEnabled, removeOtherVectors, vectorsDir, type EmbedCounts } from './embedder.ts';
import { digestPipeline } from './pipeline-digest.ts';
import { readStoryFolder } from './read-story-folder.ts';

export interface StoriesLoaderOptions {
  /** Folder holding one sub-folder per story, relative to the project root. */
  base: string;
}

/**
 * The content-layer loader: one entry per story folder, holding the whole analysis. An entry's
 * digest covers the story's files and the pipeline's source, so a rebuild re-analyses only the
 * stories that changed (or all of them after the pipeline itself changed).
 */
export function storiesLoader(options: StoriesLoaderOptions): Loader {
  return {
    name: 'same-story-loader',
    load: (context) =>
      reportInputErrors(async () => {
        const root = fileURLToPath(context.config.root);
        const baseDir = path.resolve(root, options.base);
        if (!existsSync(baseDir)) {
          throw new StoryInputError(
            { story: options.base },
            'the stories folder does not exist',
            'create it with one sub-folder per story',
          );
        }
        const pipelineDigest = await digestPipeline(path.resolve(root, 'src/lib/analyse.ts'), path.resolve(root, 'package-lock.json'));
        const slugs = await listStorySlugs(baseDir);
        const untouched = new Set(context.store.keys());
        const started = performance.now();
        const prepared: PreparedStory[] = [];
        for (const slug of slugs) {
          untouched.delete(slug);
          prepared.push(await prepareStory(context, baseDir, options.base, slug, pipelineDigest));
        }
        const pending = prepared.filter((story) => !story.reused);
        const report = (story: PreparedStory, ms: number | undefined): void => {
          const position = `story ${prepared.indexOf(story) + 1} of ${slugs.length}: ${story.slug}`;
          context.logger.info(`${position} — ${ms === undefined ? 'unchanged, reused' : `analysed in ${ms.toFixed(0)} ms`}`);
        };
        for (const story of prepared) {
          if (!story.reused) continue;
          // The store holds the analysis file's absolute path: after the project folder moved, point it
          // at the same file's new place; after Astro cleared the store, enter it again.
          const stored = context.store.get(story.slug);
          const storedFile = (stored?.data as StoredAnalysis | undefined)?.analysisFile;
          if (stored?.digest !== story.digest || storedFile !== story.file) await storeStory(context, story);
          report(story, undefined);
        }
        const threads = workerCount(pending.length);
        const embed = embeddingsEnabled();
        const vectors = vectorsDir(analysisDir(context.config.cacheDir));
        const counts: EmbedCounts = { cached: 0, embedded: 0 };
        if (threads > 0) {
          context.logger.info(`analysing ${pending.length} stories on ${threads} worker threads`);
          const jobs = pending.map((story, id) => ({ id, input: story.input, file: story.file, embed }));
          await runAnalyses(
            new URL('src/loader/analysis-worker.ts', context.config.root),
            jobs,
            threads,
            (job, ms) => report(pending[job.id]!, ms),
            (job, texts) => cachingEmbedder(vectors, pending[job.id]!.slug, counts).embed(texts),
          );
        } else {
          for (const story of pending) report(story, await analyseInProcess(story, embed ? vectors : undefined, counts));
        }
        if (embed && pending.length > 0) {
          context.logger.info(`sentence vectors: ${counts.cached} from the cache, ${counts.embedded} embedded`);
        }
        // Stored in slug order once all are written, so the store never points at a missing file.
        for (const story of pending) await storeStory(context, story);
        const analysed = pending.length;
        for (const slug of untouched) context.store.delete(slug);
        await removeStaleAnalyses(analysisDir(context.config.cacheDir), new Map(prepared.map((story) => [story.slug, story.file])));
        await removeOtherVectors(vectors, new Set(slugs));
        // Each story's versions go in the index for the old URLs' files (src/integrations/redirect-pages.ts), taken from
        // the last index for an unchanged analysis: a rebuild then reads the heads of the stories analysed again only.
        const lastIndex = new Map((readStoriesIndex(fileURLToPath(context.config.cacheDir)) ?? []).map((story) => [story.slug, story]));
        await writeStoriesIndex(
          context.config.cacheDir,
          prepared.map(({ slug, file }) => ({ slug, file, versions: indexedVersions(file, lastIndex.get(slug)) })),
        );
        const counted = `${slugs.length} ${slugs.length === 1 ? 'story' : 'stories'}`;
        const elapsed = (performance.now() - started).toFixed(0);
        context.logger.info(`${counted} (${analysed} analysed, ${slugs.length - analysed} reused) in ${elapsed} ms`);

        if (context.watcher) {
          context.watcher.add(baseDir);
          const onChange = async (changed: string): Promise<void> => {
            const relative = path.relative(baseDir, changed);
            if (relative.startsWith('..') || path.isAbsolute(relative)) return;
            const slug = relative.split(path.sep)[0];
            if (!slug) return;
            try {
              if (existsSync(path.join(baseDir, slug, MANIFEST_FILE))) {
                const result = await syncStory(context, baseDir, options.base, slug, pipelineDigest);
                context.logger.info(`${slug}: ${result.analysed ? `re-analysed in ${result.ms.toFixed(0)} ms` : 'unchanged'}`);
              } else {
                context.store.delete(slug);
                await removeAnalyses(analysisDir(context.config.cacheDir), slug);
              }
            } catch (error) {
              // In dev an editor is mid-edit: report and keep serving the last good analysis.
              context.logger.error(error instanceof Error ? error.message : String(error));
            }
          };
          context.watcher.on('change', onChange);
          context.watcher.on('add', onChange);
          context.watcher.on('unlink', onChange);
        }
      }),
  };
}

/**
 * Bad input reaches the user through Astro's error printer, which shows a thrown error's message and
 * then, under "Location:" and "Stack trace:", the first stack frame under src/ (our own code, e.g.
 * src/lib/ingest/manifest.ts:76:9) and the trace, and repeats a `hint` property under "Hint:". None
 * of that is about the user's story, so a StoryInputError leaves the loader as a {@link BadStoryInput}:
 * the same message (`content/stories/x/story.yaml:9 versions[0].published: …`, every problem) and
 * nothing else. Other errors are our bugs and keep their stack.
 */
export async function reportInputErrors(load: () => Promise<void>): Promise<void> {
  try {
    await load();
  } catch (error) {
    throw error instanceof StoryInputError ? new BadStoryInput(error) : error;
  }
}

/** A StoryInputError as Astro should print it: its message alone. */
export class BadStoryInput extends Error {
  /** The error found, with its location and each problem. */
  readonly input: StoryInputError;

  constructor(input: StoryInputError) {
    super(input.message);
    this.name = 'StoryInputError';
    this.input = input;
    // Astro derives "Location:" from the stack and prints "Stack trace:" only when there is one.
    this.stack = '';
  }

  /**
   * Astro replaces the hint of any error whose toString() contains "document" or "window" with
   * "Browser APIs are not available on the server" (core/errors/dev/utils.js, generateHint), which a
   * story slug such as windows-11-launch, or a file name, would trigger. The name alone never does.
   */
  override toString(): string {
    return this.name;
  }
}

interface PreparedStory {
  slug: string;
  input: StoryInput;
  digest: string;
  file: string;
  /** Its analysis file (named by the digest) exists from an earlier build. */
  reused: boolean;
}

async function prepareStory(
  context: LoaderContext,
  baseDir: string,
  base: string,
  slug: string,
  pipelineDigest: string,
): Promise<PreparedStory> {
  const input = await readStoryFolder(path.join(baseDir, slug), `${base.replace(/\/$/, '')}/${slug}`, slug);
  const hash = createHash('sha256').update(pipelineDigest).update(input.manifestText);
  for (const name of Object.keys(input.files).sort()) hash.update(`\0${name}\0`).update(input.files[name]!);
  const digest = hash.digest('hex');
  const file = analysisFile(context.config.cacheDir, slug, digest);
  // The file's name carries the digest, so it is this story's analysis even when Astro cleared its
  // store (it does after any change to astro.config.mjs): nothing is analysed twice.
  return { slug, input, digest, file, reused: hasAnalysis(file) };
}

/** `vectors`: the embedding cache's folder, or undefined for an analysis on words only. */
async function analyseInProcess(story: PreparedStory, vectors: string | undefined, counts?: EmbedCounts): Promise<number> {
  const started = performance.now();
  const analysis = await analyseStoryEmbedded(story.input, vectors ? cachingEmbedder(vectors, story.slug, counts) : undefined);
  const ms = performance.now() - started;
  await writeAnalysis(story.file, analysis);
  return ms;
}

async function storeStory(context: LoaderContext, story: PreparedStory): Promise<void> {
  const stored: StoredAnalysis = { analysisFile: story.file };
  const data = await context.parseData({ id: story.slug, data: { ...stored } });
  context.store.set({ id: story.slug, data, digest: story.digest });
}

/** The dev watcher's path: one story, in this thread. */
async function syncStory(
  context: LoaderContext,
  baseDir: string,
  base: string,
  slug: string,
  pipelineDigest: string,
): Promise<{ analysed: boolean; ms: number }> {
  const story = await prepareStory(context, baseDir, base, slug, pipelineDigest);
  if (story.reused) {
    if (context.store.get(slug)?.digest !== story.digest) await storeStory(context, story);
    return { analysed: false, ms: 0 };
  }
  const vectors = embeddingsEnabled() ? vectorsDir(analysisDir(context.config.cacheDir)) : undefined;
  const ms = await analyseInProcess(story, vectors);
  await storeStory(context, story);
  await removeAnalyses(path.dirname(story.file), slug, currentFiles(story.file));
  return { analysed: true, ms };
}

async function listStorySlugs(baseDir: string): Promise<string[]> {
  const entries = await fs.readdir(baseDir, { withFileTypes: true });
  const slugs: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const where = `${path.basename(baseDir)}/${entry.name}`;
    if (!entry.isDirectory()) {
      throw new StoryInputError(
        { story: where },
        'is a file, but the stories folder holds only story folders',
        'put it inside a story folder or remove it',
      );
    }
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(entry.name)) {
      throw new StoryInputError(
        { story: where },
        `the folder name "${entry.name}" is not a valid slug`,
        'use lower-case letters, digits and hyphens; it becomes the story URL',
      );
    }
    slugs.push(entry.name);
  }
  return slugs.sort();
}
