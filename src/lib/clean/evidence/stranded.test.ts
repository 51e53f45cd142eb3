// A lone paragraph of prose set between lines of page chrome, outside the span of the version the other versions report
// (issue 13, sample I): other stories' teasers after the article, each a headline and its lede, and a plea for the
// reader's support between its buttons above the lede. Invented story; the weight-0 runs show the signal removes them.
import { describe, expect, it } from 'vitest';
import { mapOriginal } from '../../text/mapped-text.ts';
import { siftStory } from './index.ts';
import { SIGNAL_WEIGHTS, type SignalWeights } from './judge.ts';

const wire = [
  'KELLAN (Coastline Press) — The Marrow viaduct was closed on Tuesday when inspectors found a split in one of the ' +
    'steel girders that carry its central span.',
  'Some 18,000 vehicles a day use the viaduct, figures from the county roads office show.',
  '"No traffic will cross until each girder is checked," county engineer Pilar Osei told reporters.',
  'Motorists must take a 14-mile detour through Wenby while the work goes on.',
].join('\n');

const article = [
  'Inspectors shut the Marrow viaduct on Tuesday after finding a split in a girder of the central span.',
  'Around 18,000 vehicles use the viaduct daily, according to the county roads office.',
  '"Each girder will be checked before any traffic crosses again," county engineer Pilar Osei said.',
  'Motorists now face a 14-mile detour through Wenby until the work is finished.',
  // The version's own last paragraph, which no other version has: it stays.
  'The viaduct was opened by the county in 1964 and last repainted twelve years ago.',
];
const teasers = [
  'Orchard growers count the cost of a late frost',
  'Apple farmers in the Dunmere valley say half their blossom was lost in a single night of April cold.',
  'A lighthouse keeper’s last winter',
  'After forty years on Skerry Rock, Ansel Brae is handing the lamp to an automatic beacon and moving inland.',
];
const plea = [
  'Support our newsroom',
  'Reporting like ours costs money, and readers who give a little each month keep every page of it free for all.',
  'Give now',
];

function removed(lines: string[], weights: SignalWeights = SIGNAL_WEIGHTS): string[] {
  const text = lines.join('\n');
  const [, result] = siftStory(
    [
      { body: mapOriginal(wire), found: {} },
      { body: mapOriginal(text), found: {} },
    ],
    { weights },
  );
  return result!.edits.filter((edit) => edit.replacement === '').map((edit) => text.slice(edit.start, edit.end));
}

describe('a lone paragraph between lines of chrome, outside what the other versions report', () => {
  it('goes after the article: each teaser’s lede under its headline', () => {
    expect(removed([...article, ...teasers])).toEqual(teasers);
    expect(removed([...article, ...teasers], { ...SIGNAL_WEIGHTS, strandedProse: 0 })).toEqual([teasers[0], teasers[2]]);
  });
  it('goes above the lede: a plea between its heading and its button', () => {
    expect(removed([...plea, ...article])).toEqual(plea);
    expect(removed([...plea, ...article], { ...SIGNAL_WEIGHTS, strandedProse: 0 })).toEqual([plea[0], plea[2]]);
  });
  it('stays when it carries on from the article, or when other versions report it', () => {
    expect(removed(article)).toEqual([]);
    const reported = 'Motorists must take a detour of 14 miles through Wenby while the work goes on, the county said.';
    expect(removed([...article.slice(0, 3), teasers[0]!, reported])).toEqual([teasers[0]]);
  });
});
