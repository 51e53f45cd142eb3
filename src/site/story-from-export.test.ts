import { describe, expect, it } from 'vitest';
import { alignmentTable } from '../components/html/alignment-table.ts';
import { exportStory } from '../lib/export/index.ts';
import { smallStory } from '../../tests/fixtures/site/small-story.ts';
import { alignmentView, baseCells } from './alignment-view.ts';
import { alignmentSource } from './story-from-export.ts';

describe('alignmentSource', () => {
  it('gives the alignment table, against every base, the markup the build gives it', () => {
    const story = smallStory();
    const exported = JSON.parse(JSON.stringify(exportStory(story))) as ReturnType<typeof exportStory>;
    for (const base of ['wire', 'paper']) {
      const cells = JSON.parse(JSON.stringify(baseCells(story, base))) as ReturnType<typeof baseCells>;
      const inBrowser = alignmentTable(alignmentView(alignmentSource(exported, base, cells), base)).value;
      expect(inBrowser).toBe(alignmentTable(alignmentView(story, base)).value);
    }
    expect(Object.keys(baseCells(story, 'paper')).length).toBeGreaterThan(0);
  });
});
