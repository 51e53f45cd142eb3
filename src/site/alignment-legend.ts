import type { StoryAnalysis } from '../lib/story-analysis.ts';
import type { AlignmentView } from './alignment-view.ts';

/** The marks the alignment table shows, so its legend lists those and no others. */
export interface AlignmentLegend {
  /** Words a version has that the base lacks (underlined). */
  ins: boolean;
  /** Differences of style only (dashed box). */
  style: boolean;
  /** Groups one outlet alone carries (◆). */
  alone: boolean;
}

/**
 * What the table can mark against any base the reader may choose in the browser (the cells of every
 * base are in the analysis), so the legend stays true when the base changes.
 */
export function alignmentLegend(view: Pick<AlignmentView, 'rows'>, cells: StoryAnalysis['alignmentCells']): AlignmentLegend {
  const legend: AlignmentLegend = { ins: false, style: false, alone: view.rows.some((row) => row.carriers === 1) };
  for (const byBase of Object.values(cells))
    for (const byVersion of Object.values(byBase))
      for (const cell of Object.values(byVersion))
        for (const marks of cell.marks)
          for (const [, , kind] of marks) {
            if (kind === 'ins') legend.ins = true;
            if (kind === 'style') legend.style = true;
          }
  return legend;
}
