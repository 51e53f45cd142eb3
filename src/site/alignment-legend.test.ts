import { describe, expect, it } from 'vitest';
import { alignmentLegend } from './alignment-legend.ts';

const row = (carriers: number) => ({ group: 'g-1', cells: [], carriers });

describe('alignment legend', () => {
  it('lists the marks of any base: insertions and style from every base’s cells, ◆ for a group one outlet carries', () => {
    const cells = {
      'g-1': { wire: { paper: { marks: [[[0, 4, 'ins'] as const]], differs: true } } },
      'g-2': { paper: { wire: { marks: [[], [[3, 4, 'style'] as const]], differs: false } } },
    };
    expect(alignmentLegend({ rows: [row(2), row(1)] }, cells)).toEqual({ ins: true, style: true, alone: true });
  });

  it('lists nothing for identical versions that share every group', () => {
    expect(alignmentLegend({ rows: [row(2)] }, {})).toEqual({ ins: false, style: false, alone: false });
  });
});
