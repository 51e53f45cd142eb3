// Fits the story-evidence pass's signal weights by leaving samples out (eval/README.md, "Fitting the signal weights").
// The pass adds each signal's weight into a line's log-odds and removes the line above 0. Given the rows of
// `--signals` (each paragraph's signals and its labelled article and junk characters), a coordinate search moves one
// weight at a time over a small grid to raise the mean junk removed over the training stories, under a hard
// constraint: no more labelled article text lost than the starting weights lose. Position signals and the second
// look depend on the other lines' verdicts, so the search reads them as the starting weights set them; every figure
// it reports comes from running the pass again with the weights it found.
import { SIGNAL_WEIGHTS, type SignalWeights } from '../src/lib/clean/evidence/judge.ts';
import { storyFigures, type JudgedStory, type ParagraphRow, type StoryFigures } from './signals.ts';

type WeightKey = keyof SignalWeights;
export const WEIGHT_KEYS = Object.keys(SIGNAL_WEIGHTS) as WeightKey[];

/** The values tried for a weight: multiples of its hand-set value (its sign kept), and for the prior a range. */
export function candidates(key: WeightKey, hand: SignalWeights): number[] {
  if (key === 'prior') return [-3, -2.5, -2, -1.75, -1.5, -1.25, -1, -0.75, -0.5, -0.25, 0];
  return [0, 0.25, 0.5, 0.75, 1, 1.25, 1.5, 2, 3].map((factor) => Math.round(hand[key] * factor * 100) / 100);
}

/** Whether the pass removes the row with `weights`, its signals as they are (a safe row never goes). */
export function removedWith(weights: SignalWeights): (row: ParagraphRow) => boolean {
  return (row) => !row.safe && row.features.reduce((sum, key) => sum + weights[key], weights.prior) > 0;
}

export interface Objective {
  /** Mean junk removed over the stories. */
  junk: number;
  /** Labelled article characters lost over all the stories. */
  lost: number;
}

export function objective(judged: JudgedStory, removed: (row: ParagraphRow) => boolean): Objective {
  const figures = storyFigures(judged, removed);
  return {
    junk: figures.reduce((sum, f) => sum + f.junkRemoved, 0) / Math.max(1, figures.length),
    lost: figures.reduce((sum, f) => sum + f.articleLost, 0),
  };
}

/**
 * The coordinate search: from `start`, each weight in turn takes the grid value with the highest mean junk removed
 * that loses no more article text than `start` does (ties: the weight stays); passes repeat
 * until none moves a weight.
 */
export function fitWeights(judged: JudgedStory, start: SignalWeights = SIGNAL_WEIGHTS, maxPasses = 6): SignalWeights {
  const allowed = objective(judged, removedWith(start)).lost;
  const weights = { ...start };
  let best = objective(judged, removedWith(weights)).junk;
  for (let pass = 0; pass < maxPasses; pass++) {
    let moved = false;
    for (const key of WEIGHT_KEYS) {
      const current = weights[key];
      let chosen = current;
      for (const value of candidates(key, SIGNAL_WEIGHTS)) {
        if (value === current) continue;
        weights[key] = value;
        const score = objective(judged, removedWith(weights));
        // A tie keeps the weight where it is: a move must pay.
        if (score.lost <= allowed && score.junk > best + 1e-9) {
          best = score.junk;
          chosen = value;
        }
      }
      weights[key] = chosen;
      if (chosen !== current) moved = true;
    }
    if (!moved) break;
  }
  return weights;
}

/** Mean junk removed and article kept, article characters lost, and the stories below 0.85 junk removed. */
export interface FoldFigures {
  junk: number;
  kept: number;
  lost: number;
  below: string[];
  stories: StoryFigures[];
}

export function foldFigures(stories: readonly StoryFigures[]): FoldFigures {
  const n = Math.max(1, stories.length);
  return {
    junk: stories.reduce((sum, s) => sum + s.junkRemoved, 0) / n,
    kept: stories.reduce((sum, s) => sum + s.articleKept, 0) / n,
    lost: stories.reduce((sum, s) => sum + s.articleLost, 0),
    below: stories.filter((s) => s.junkRemoved < 0.85).map((s) => s.story),
    stories: [...stories],
  };
}

/** The weights that differ from `base`, as `key: base → value`. */
export function weightChanges(weights: SignalWeights, base: SignalWeights = SIGNAL_WEIGHTS): string[] {
  return WEIGHT_KEYS.filter((key) => weights[key] !== base[key]).map((key) => `${key}: ${base[key]} → ${weights[key]}`);
}

/**
 * What no weight set can reach: of the labelled junk characters in rows the pass keeps (safe rows aside), those in
 * rows whose signals are exactly those of a row holding labelled article text. Any weights that remove such a row
 * remove that article row too.
 */
export function junkLikeArticle(judged: JudgedStory): { kept: number; likeArticle: number; safe: number } {
  const signature = (row: ParagraphRow): string => [...row.features].sort().join(' ');
  const articleSignatures = new Set(judged.rows.filter((row) => !row.safe && row.article > 0).map(signature));
  let kept = 0;
  let likeArticle = 0;
  let safe = 0;
  for (const row of judged.rows) {
    if (row.chrome || row.junk === 0) continue;
    if (row.safe) safe += row.junk;
    else {
      kept += row.junk;
      if (articleSignatures.has(signature(row))) likeArticle += row.junk;
    }
  }
  return { kept, likeArticle, safe };
}
