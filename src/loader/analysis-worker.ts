// Runs in a worker thread under plain Node (which strips the types), not under Vite: it may import
// only the pipeline and node built-ins, never `astro:*` modules.
import { parentPort } from 'node:worker_threads';
import { analyseStoryEmbedded } from '../lib/analyse.ts';
import type { SentenceEmbedder } from '../lib/embed/vectors.ts';
import { StoryInputError } from '../lib/errors.ts';
import type { StoryInput } from '../lib/types.ts';
import { writeAnalysis } from './analysis-files.ts';
import type { AnalysisJob, AnalysisReply, EmbedAnswer, EmbedRequest, PortableError } from './analysis-pool.ts';
import { MODEL_ID } from './embedder.ts';

if (!parentPort) throw new Error('analysis-worker.ts runs only as a worker thread');
const port = parentPort;

// Sentence vectors come from the main thread, which loads the model once for all workers (~270 MB
// each otherwise) and owns the cache files.
const waiting = new Map<number, { resolve: (vectors: Int8Array[]) => void; reject: (error: Error) => void }>();
let requests = 0;
const mainThreadEmbedder: SentenceEmbedder = {
  model: MODEL_ID,
  embed: (texts) =>
    new Promise((resolve, reject) => {
      const id = ++requests;
      waiting.set(id, { resolve, reject });
      const request: EmbedRequest = { embedRequest: id, texts: [...texts] };
      port.postMessage(request);
    }),
};

port.on('message', (message: AnalysisJob<StoryInput> | EmbedAnswer) => {
  if ('embedAnswer' in message) {
    const pending = waiting.get(message.embedAnswer);
    waiting.delete(message.embedAnswer);
    if (message.vectors) pending?.resolve(message.vectors);
    else pending?.reject(new Error(`embedding failed: ${message.error}`));
    return;
  }
  void analyse(message).then((reply) => port.postMessage(reply));
});

async function analyse(job: AnalysisJob<StoryInput>): Promise<AnalysisReply> {
  try {
    const started = performance.now();
    const analysis = await analyseStoryEmbedded(job.input, job.embed ? mainThreadEmbedder : undefined);
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
