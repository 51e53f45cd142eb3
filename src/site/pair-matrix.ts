import type { PairEntry, StoryAnalysis } from '../lib/story-analysis.ts';

export interface MatrixCell {
  a: string;
  b: string;
  pair?: PairEntry | undefined;
  /** 0..4, the shade band of the similarity, so the heatmap reads without colour too (figure printed). */
  band: number;
  /** Share of the row version's words inside word runs it shares with the column version (provenance). */
  rowShare?: number | undefined;
  /** 0..4, the shade band of `rowShare`. */
  rowShareBand: number;
}

/** Every ordered pair of versions with its (symmetric) similarity, rows and columns in story.yaml order. */
export function pairMatrix(story: StoryAnalysis): MatrixCell[][] {
  const byKey = new Map(story.pairs.map((pair) => [`${pair.a}\0${pair.b}`, pair]));
  return story.versions.map((a) =>
    story.versions.map((b) => {
      const pair = byKey.get(`${a.id}\0${b.id}`) ?? byKey.get(`${b.id}\0${a.id}`);
      const rowShare = pair?.sharedText ? (pair.a === a.id ? pair.sharedText.shareA : pair.sharedText.shareB) : undefined;
      return {
        a: a.id,
        b: b.id,
        pair,
        band: pair ? shadeBand(pair.similarity) : 0,
        rowShare,
        rowShareBand: rowShare === undefined ? 0 : shadeBand(rowShare),
      };
    }),
  );
}

function shadeBand(value: number): number {
  return Math.min(4, Math.floor(value * 5));
}
