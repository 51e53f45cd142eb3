// `npm run eval -- --fit <sample> <sample> …`: fits the story-evidence weights leaving one sample out at a time (fit on
// the others, judged on it), then on every sample, and prints the held-out figures of the hand weights and the fitted
// ones. Only the samples named are read: never name a held-out sample.
import path from 'node:path';
import type { SignalWeights } from '../src/lib/clean/evidence/judge.ts';
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

export async function crossValidate(samples: readonly string[]): Promise<string> {
  const root = path.dirname(path.resolve(samples[0]!));
  const prepared: PreparedStory[][] = [];
  for (const sample of samples) {
    const stories: PreparedStory[] = [];
    for (const dir of await labelledStories(sample)) stories.push(await prepareStory(dir, root));
    prepared.push(stories);
  }
  // The rows as the hand weights judge them: the search reads position and second-look signals from these.
  const handJudged = prepared.map((stories) => merged(stories.map((story) => siftPrepared(story))));
  const out: string[] = [];
  const names = samples.map((sample) => path.basename(path.resolve(sample)));
  out.push('Leave-one-sample-out: fitted on the other samples, judged on the one named (the pass run again with each weight set).');
  names.forEach((name, held) => {
    const training = merged(handJudged.filter((_, s) => s !== held));
    const fitted = fitWeights(training);
    const trainingStories = prepared.filter((_, s) => s !== held).flat();
    out.push(
      '',
      `fold ${name} held out; fitted on ${names.filter((_, s) => s !== held).join(', ')}`,
      row('hand', figuresWith(prepared[held]!)),
      row('fitted', figuresWith(prepared[held]!, fitted)),
      `  on its training samples: ${row('hand', figuresWith(trainingStories))}`,
      `  on its training samples: ${row('fitted', figuresWith(trainingStories, fitted))}`,
      `  weights moved: ${weightChanges(fitted).join('; ') || 'none'}`,
    );
  });
  const everything = merged(handJudged);
  const all = fitWeights(everything);
  const reach = junkLikeArticle(everything);
  out.push(
    '',
    `fitted on every sample (${names.join(', ')}):`,
    row('hand', figuresWith(prepared.flat())),
    row('fitted', figuresWith(prepared.flat(), all)),
    `  weights moved: ${weightChanges(all).join('; ') || 'none'}`,
    `  weights: ${JSON.stringify(all)}`,
    '',
    `Junk the hand weights keep in paragraphs the pass judges: ${reach.kept + reach.safe} characters; ${reach.safe} in paragraphs ` +
      `the safeguard keeps (another version matches them), ${reach.likeArticle} of the other ${reach.kept} in paragraphs whose ` +
      'signals are exactly those of a paragraph holding labelled article text (no weight set removes one without the other).',
  );
  return out.join('\n');
}
