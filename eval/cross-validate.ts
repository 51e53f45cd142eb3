// `npm run eval -- --fit <sample> <sample> …`: fits the story-evidence weights leaving one sample out at a time (fit on
// the others, judged on it), then on every sample, and prints the held-out figures of the hand weights and the fitted
// ones. Only the samples named are read: never name a held-out sample. `--untried <key>,…` judges new signals: they start
// at 0 (today's pass without them) and each fold's fit alone gives them a weight.
import path from 'node:path';
import { SIGNAL_WEIGHTS, type SignalWeights } from '../src/lib/clean/evidence/judge.ts';
import { fitWeights, foldFigures, junkLikeArticle, weightChanges, type FoldFigures } from './fit.ts';
import { labelledStories } from './score-folder.ts';
import { prepareStory, siftPrepared, storyFigures, type JudgedStory, type PreparedStory } from './signals.ts';

function merged(judged: readonly JudgedStory[]): JudgedStory {
  return { rows: judged.flatMap((j) => j.rows), versions: judged.flatMap((j) => j.versions) };
}

function figuresWith(stories: readonly PreparedStory[], weights?: SignalWeights): FoldFigures {
  return foldFigures(stories.flatMap((story) => storyFigures(siftPrepared(story, weights))));
}

const row = (name: string, f: FoldFigures): string =>
  `${name.padEnd(8)} junk ${f.junk.toFixed(3)}  kept ${f.kept.toFixed(4)} (${f.lost} chars lost)  below 0.85: ${
    f.below.length === 0
      ? 'none'
      : f.below.map((story) => `${story} ${f.stories.find((s) => s.story === story)!.junkRemoved.toFixed(2)}`).join(', ')
  }`;

export async function crossValidate(samples: readonly string[], untried: readonly string[] = []): Promise<string> {
  for (const key of untried) if (!(key in SIGNAL_WEIGHTS)) throw new Error(`--untried: ${key} is no key of SIGNAL_WEIGHTS`);
  // The starting weights: the judge's own, with the untried signals at 0.
  const start: SignalWeights = { ...SIGNAL_WEIGHTS, ...Object.fromEntries(untried.map((key) => [key, 0])) };
  const root = path.dirname(path.resolve(samples[0]!));
  const prepared: PreparedStory[][] = [];
  for (const sample of samples) {
    const stories: PreparedStory[] = [];
    for (const dir of await labelledStories(sample)) stories.push(await prepareStory(dir, root));
    prepared.push(stories);
  }
  // The rows as the starting weights judge them: the search reads position and second-look signals from these.
  const handJudged = prepared.map((stories) => merged(stories.map((story) => siftPrepared(story, start))));
  const out: string[] = [];
  const names = samples.map((sample) => path.basename(path.resolve(sample)));
  out.push('Leave-one-sample-out: fitted on the other samples, judged on the one named (the pass run again with each weight set).');
  if (untried.length > 0) out.push(`Untried signals, starting at 0 ("hand" is the pass without them): ${untried.join(', ')}.`);
  names.forEach((name, held) => {
    const training = merged(handJudged.filter((_, s) => s !== held));
    const fitted = fitWeights(training, start);
    const trainingStories = prepared.filter((_, s) => s !== held).flat();
    out.push(
      '',
      `fold ${name} held out; fitted on ${names.filter((_, s) => s !== held).join(', ')}`,
      row('hand', figuresWith(prepared[held]!, start)),
      row('fitted', figuresWith(prepared[held]!, fitted)),
      `  on its training samples: ${row('hand', figuresWith(trainingStories, start))}`,
      `  on its training samples: ${row('fitted', figuresWith(trainingStories, fitted))}`,
      `  weights moved: ${weightChanges(fitted, start).join('; ') || 'none'}`,
    );
  });
  const everything = merged(handJudged);
  const all = fitWeights(everything, start);
  const reach = junkLikeArticle(everything);
  out.push(
    '',
    `fitted on every sample (${names.join(', ')}):`,
    row('hand', figuresWith(prepared.flat(), start)),
    row('fitted', figuresWith(prepared.flat(), all)),
    `  weights moved: ${weightChanges(all, start).join('; ') || 'none'}`,
    `  weights: ${JSON.stringify(all)}`,
    '',
    `Junk the hand weights keep in paragraphs the pass judges: ${reach.kept + reach.safe} characters; ${reach.safe} in paragraphs ` +
      `the safeguard keeps (another version matches them), ${reach.likeArticle} of the other ${reach.kept} in paragraphs whose ` +
      'signals are exactly those of a paragraph holding labelled article text (no weight set removes one without the other).',
  );
  return out.join('\n');
}
