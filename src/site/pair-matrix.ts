import type { PairEntry, StoryAnalysis } from '../lib/types.ts';

export interface MatrixCell {
  a: string;
  b: string;
  pair?: PairEntry | undefined;
  /** 0..4, the shade band of the similarity, so the heatmap reads without colour too (figure printed). */
  band: number;
}

/** Every ordered pair of versions with its (symmetric) similarity, rows and columns in story.yaml order. */
export function pairMatrix(story: StoryAnalysis): MatrixCell[][] {
  const byKey = new Map(story.pairs.map((pair) => [`${pair.a}\0${pair.b}`, pair]));
  return story.versions.map((a) =>
    story.versions.map((b) => {
      const pair = byKey.get(`${a.id}\0${b.id}`) ?? byKey.get(`${b.id}\0${a.id}`);
      return { a: a.id, b: b.id, pair, band: pair ? Math.min(4, Math.floor(pair.similarity * 5)) : 0 };
    }),
  );
}
