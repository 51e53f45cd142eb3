import { describe, expect, it } from 'vitest';
import { alignmentTable } from '../components/html/alignment-table.ts';
import { exportStory } from '../lib/export/index.ts';
import type { AnalysedVersion } from '../lib/types.ts';
import { smallStory } from '../../tests/fixtures/site/small-story.ts';
import { alignmentView, baseCells } from './alignment-view.ts';
import { alignmentSource } from './story-from-export.ts';

describe('alignmentSource', () => {
  it('gives the alignment table, against every base, the markup the build gives it', () => {
    const small = smallStory();
    // With a cell covered by a sentence of another row, which the export carries as `alsoCoveredBy`.
    const cover = {
      sentence: 'wire/s-2',
      group: 'g-2',
      link: { a: 'paper/s-3', b: 'wire/s-2', score: 0.31, evidence: ['same number: 2'] },
    };
    const story = {
      ...small,
      alignment: small.alignment.map((group) => (group.id === 'g-3' ? { ...group, alsoCoveredBy: [cover] } : group)),
    };
    const exported = JSON.parse(JSON.stringify(exportStory(story))) as ReturnType<typeof exportStory>;
    for (const base of ['wire', 'paper']) {
      const cells = JSON.parse(JSON.stringify(baseCells(story, base))) as ReturnType<typeof baseCells>;
      const inBrowser = alignmentTable(alignmentView(alignmentSource(exported, base, cells), base)).value;
      expect(inBrowser).toBe(alignmentTable(alignmentView(story, base)).value);
    }
    expect(Object.keys(baseCells(story, 'paper')).length).toBeGreaterThan(0);
    expect(alignmentTable(alignmentView(story, 'paper')).value).toContain('in the sentence of <a href="#g-2">row 2</a>');
  });

  it('names outlets short in the table, each head with its footnote number, in the browser as in the build', () => {
    const small = smallStory();
    const [wire, paper] = small.versions as [AnalysedVersion, AnalysedVersion];
    const story = { ...small, versions: [wire, { ...paper, outlet: 'Paper (cites Wire)', note: 'Masthead in the page header.' }] };
    const exported = JSON.parse(JSON.stringify(exportStory(story))) as ReturnType<typeof exportStory>;
    const cells = JSON.parse(JSON.stringify(baseCells(story, 'wire'))) as ReturnType<typeof baseCells>;
    const built = alignmentTable(alignmentView(story, 'wire')).value;
    expect(alignmentTable(alignmentView(alignmentSource(exported, 'wire', cells), 'wire')).value).toBe(built);
    const heads = /<thead>(.*)<\/thead>/.exec(built)![1];
    expect(heads).toBe(
      '<tr><th scope="col" class="num">Row</th><th scope="col" class="is-base">Wire<span class="badge">base</span></th>' +
        '<th scope="col">Paper<sup class="fn-ref"><a href="#outlet-note-paper"><span class="visually-hidden">note </span>1' +
        '<span class="visually-hidden">: how Paper was identified</span></a></sup></th></tr>',
    );
    expect(built).not.toContain('cites Wire');
  });
});
