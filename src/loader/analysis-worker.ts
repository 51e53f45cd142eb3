// Runs in a worker thread under plain Node (which strips the types), not under Vite: it may import
// only the pipeline and node built-ins, never `astro:*` modules.
import { parentPort } from 'node:worker_threads';
import { analyseStory } from '../lib/analyse.ts';
import { StoryInputError } from '../lib/errors.ts';
import type { StoryInput } from '../lib/types.ts';
import { writeAnalysis } from './analysis-files.ts';
import type { AnalysisJob, AnalysisReply, PortableError } from './analysis-pool.ts';

if (!parentPort) throw new Error('analysis-worker.ts runs only as a worker thread');
const port = parentPort;

port.on('message', (job: AnalysisJob<StoryInput>) => {
  void analyse(job).then((reply) => port.postMessage(reply));
});

async function analyse(job: AnalysisJob<StoryInput>): Promise<AnalysisReply> {
  try {
    const started = performance.now();
    const analysis = analyseStory(job.input);
    const ms = performance.now() - started;
    // Written here, not posted back: cloning ~0.5 MB of analysis to the main thread would cost more than the write.
    await writeAnalysis(job.file, analysis);
    return { id: job.id, ms };
  } catch (error) {
    return { id: job.id, error: toPortable(error) };
  }
}

function toPortable(error: unknown): PortableError {
  if (error instanceof StoryInputError) {
    return {
      name: error.name,
      message: error.message,
      stack: error.stack,
      input: { location: error.location, problem: error.problem, hint: error.hint },
    };
  }
  if (error instanceof Error) return { name: error.name, message: error.message, stack: error.stack };
  return { name: 'Error', message: String(error) };
}
