import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { StoryInputError, type InputLocation } from '../lib/errors.ts';

/** One story to analyse: the worker writes its analysis to `file`. */
export interface AnalysisJob<Input> {
  id: number;
  input: Input;
  file: string;
  /** Ask the main thread for sentence vectors (it holds the one model and the cache). */
  embed?: boolean | undefined;
}

export type AnalysisReply = { id: number; ms: number; error?: undefined } | { id: number; error: PortableError };

/** A worker asking for the vectors of its current job's sentence texts, and the answer. */
export interface EmbedRequest {
  embedRequest: number;
  texts: string[];
}
export interface EmbedAnswer {
  embedAnswer: number;
  vectors?: Int8Array[];
  error?: string;
}

/** Answers a worker's embed request for a job: the main thread's embedder (model and cache). */
export type EmbedFor<Input> = (job: AnalysisJob<Input>, texts: string[]) => Promise<Int8Array[]>;

/** An error as it crosses the thread boundary; a StoryInputError keeps its parts so it is rebuilt exactly. */
export interface PortableError {
  name: string;
  message: string;
  stack?: string | undefined;
  input?: { location: InputLocation; problem: string; hint: string | undefined } | undefined;
}

/**
 * How many threads to analyse `pending` stories on. Analysis is CPU-bound and the main thread only
 * waits meanwhile, so one worker per core, but only for many stories: each worker loads the
 * pipeline and warms its JIT afresh (its first stories take 3–10× the steady time), which on this
 * two-core kind made 30 stories slower on workers (3.5 s against 2.8 s in the loader's thread) and
 * 100 faster (6.3 s against 7.7 s). `SAME_STORY_WORKERS` overrides: a number of threads for any
 * two or more stories, 0 or 1 for none.
 */
export function workerCount(pending: number, setting = process.env['SAME_STORY_WORKERS']): number {
  if (setting === undefined || setting === '') {
    const cores = availableParallelism();
    return pending < MIN_STORIES_FOR_WORKERS || cores < 2 ? 0 : Math.min(cores, pending);
  }
  const wanted = Number(setting);
  if (!Number.isInteger(wanted) || wanted < 0) {
    throw new Error(`SAME_STORY_WORKERS must be a whole number of worker threads (0 analyses in the main thread), not "${setting}"`);
  }
  return pending < 2 || wanted < 2 ? 0 : Math.min(wanted, pending);
}

/** Below this many stories to analyse, the loader's own thread is faster than starting workers (measured, see above). */
export const MIN_STORIES_FOR_WORKERS = 60;

/**
 * Runs the jobs on `threads` workers started from `workerFile`, reporting each as it finishes.
 * Rejects with the error of the first failing job in job order (so a broken story is reported the
 * same way whatever the scheduling), after every worker has stopped.
 */
export async function runAnalyses<Input>(
  workerFile: URL,
  jobs: readonly AnalysisJob<Input>[],
  threads: number,
  onDone: (job: AnalysisJob<Input>, ms: number) => void,
  embedFor?: EmbedFor<Input>,
): Promise<void> {
  const queue = [...jobs];
  const failures: { id: number; error: Error }[] = [];
  const workers = Array.from({ length: Math.min(threads, jobs.length) }, () => new Worker(workerFile));
  try {
    await Promise.all(workers.map((worker) => drain(worker, queue, failures, onDone, embedFor)));
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  const first = failures.sort((a, b) => a.id - b.id)[0];
  if (first) throw first.error;
}

function drain<Input>(
  worker: Worker,
  queue: AnalysisJob<Input>[],
  failures: { id: number; error: Error }[],
  onDone: (job: AnalysisJob<Input>, ms: number) => void,
  embedFor?: EmbedFor<Input>,
): Promise<void> {
  return new Promise((resolve) => {
    let current: AnalysisJob<Input> | undefined;
    const next = (): void => {
      // After a failure the build stops anyway: don't start stories nobody will see.
      current = failures.length > 0 ? undefined : queue.shift();
      if (current) worker.postMessage(current);
      else resolve();
    };
    worker.on('message', (reply: AnalysisReply | EmbedRequest) => {
      if ('embedRequest' in reply) {
        const job = current;
        const answer = (message: EmbedAnswer): void => worker.postMessage(message);
        if (!job || !embedFor) answer({ embedAnswer: reply.embedRequest, error: 'no embedder in the main thread' });
        else
          embedFor(job, reply.texts).then(
            (vectors) => answer({ embedAnswer: reply.embedRequest, vectors }),
            (error: unknown) => answer({ embedAnswer: reply.embedRequest, error: error instanceof Error ? error.message : String(error) }),
          );
        return;
      }
      if (reply.error) failures.push({ id: reply.id, error: fromPortable(reply.error) });
      else if (current) onDone(current, reply.ms);
      next();
    });
    worker.on('error', (error) => {
      failures.push({ id: current?.id ?? -1, error });
      resolve();
    });
    worker.on('exit', () => resolve());
    next();
  });
}

function fromPortable(portable: PortableError): Error {
  const error = portable.input
    ? new StoryInputError(portable.input.location, portable.input.problem, portable.input.hint)
    : new Error(portable.message);
  error.name = portable.name;
  if (portable.stack) error.stack = portable.stack;
  return error;
}
