import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyseStory } from '../lib/analyse.ts';
import { StoryInputError } from '../lib/errors.ts';
import type { StoryInput } from '../lib/types.ts';
import { MIN_STORIES_FOR_WORKERS, runAnalyses, workerCount, type AnalysisJob } from './analysis-pool.ts';
import { readStoryFolder } from './read-story-folder.ts';

const fixtures = path.resolve(import.meta.dirname, '../../tests/fixtures/stories');
const workerFile = new URL('./analysis-worker.ts', import.meta.url);
const out = mkdtempSync(path.join(tmpdir(), 'same-story-pool-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const read = (slug: string): Promise<StoryInput> => readStoryFolder(path.join(fixtures, slug), `stories/${slug}`, slug);

/** The manifest of `input` with its first version's file renamed to one that is not in the folder. */
function withMissingFile(input: StoryInput): StoryInput {
  return { ...input, manifestText: input.manifestText.replace(/^(\s+file:\s*)\S+/m, '$1missing.txt') };
}

describe('workerCount', () => {
  it('uses one worker per core, capped by the stories pending, and none for a single story', () => {
    expect(workerCount(10, '2')).toBe(2);
    expect(workerCount(3, '8')).toBe(3);
    expect(workerCount(1, '8')).toBe(0);
    expect(workerCount(0, '8')).toBe(0);
  });

  it('by default starts workers only for many stories, where they pay for their start-up', () => {
    expect(workerCount(MIN_STORIES_FOR_WORKERS - 1, undefined)).toBe(0);
    const cores = availableParallelism();
    expect(workerCount(MIN_STORIES_FOR_WORKERS, undefined)).toBe(cores < 2 ? 0 : Math.min(cores, MIN_STORIES_FOR_WORKERS));
  });

  it('analyses in the main thread when set to 0 or 1', () => {
    expect(workerCount(10, '0')).toBe(0);
    expect(workerCount(10, '1')).toBe(0);
  });

  it('rejects a setting that is not a whole number, naming the variable', () => {
    expect(() => workerCount(10, 'two')).toThrow(
      'SAME_STORY_WORKERS must be a whole number of worker threads (0 analyses in the main thread), not "two"',
    );
    expect(() => workerCount(10, '-1')).toThrow('SAME_STORY_WORKERS');
  });
});

describe('runAnalyses on worker threads', () => {
  it('writes, for every story, exactly the analysis the main thread computes', async () => {
    const inputs = await Promise.all(['harbourton-pier-closure', 'strathmore-ferry-fine'].map(read));
    const jobs: AnalysisJob<StoryInput>[] = inputs.map((input, id) => ({ id, input, file: path.join(out, `${input.slug}.json`) }));
    const done: number[] = [];
    await runAnalyses(workerFile, jobs, 2, (job, ms) => {
      expect(ms).toBeGreaterThan(0);
      done.push(job.id);
    });
    expect(done.sort()).toEqual([0, 1]);
    for (const [index, input] of inputs.entries()) {
      const written: unknown = JSON.parse(readFileSync(jobs[index]!.file, 'utf8'));
      expect(written).toEqual(JSON.parse(JSON.stringify(analyseStory(input))));
    }
  }, 60_000);

  it('rejects with the same StoryInputError the main thread would throw, for the first broken story in job order', async () => {
    const good = await read('harbourton-pier-closure');
    const broken = withMissingFile(await read('strathmore-ferry-fine'));
    let expected: unknown;
    try {
      analyseStory(broken);
    } catch (error) {
      expected = error;
    }
    expect(expected).toBeInstanceOf(StoryInputError);
    const jobs: AnalysisJob<StoryInput>[] = [good, broken, broken].map((input, id) => ({
      id,
      input,
      file: path.join(out, `bad-${id}.json`),
    }));
    const failure = await runAnalyses(workerFile, jobs, 2, () => undefined).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(StoryInputError);
    expect((failure as StoryInputError).message).toBe((expected as StoryInputError).message);
    expect((failure as StoryInputError).location).toEqual((expected as StoryInputError).location);
  }, 60_000);
});
