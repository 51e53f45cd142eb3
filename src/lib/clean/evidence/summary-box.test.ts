// A page's box of summary lines under a label, above the article (issue 13, sample J: a live page's latest points).
// Invented story.
import { describe, expect, it } from 'vitest';
import { siftedRemovals } from '../../../../tests/support/sift-removals.ts';
import { linesOf } from './lines.ts';
import { mainProseRun } from './prose-run.ts';
import { summaryBoxItems } from './summary-box.ts';

function boxItems(text: string): boolean[] {
  const lines = linesOf(text);
  return summaryBoxItems(lines, mainProseRun(lines));
}

const wire = [
  'PORT ELLAN (Coastline Press) — Two ferries were laid up on Tuesday after inspectors found cracks in their hulls, ' +
    'and the harbour board cancelled all crossings to the islands until further notice.',
  '',
  'About 3,000 passengers a day use the crossings, the board said in a statement.',
  '',
  'Engineer Pilar Osei said repairs to the two hulls could take until the end of the month.',
].join('\n');

const items = ['Two ferries laid up after cracks found.', 'All crossings to the islands cancelled.', 'Repairs could take a month.'];
const article = [
  'Two ferries have been laid up after inspectors found cracks in their hulls, and the harbour board has cancelled all ' +
    'crossings to the islands until further notice.',
  '',
  'Some 3,000 passengers a day use the crossings, according to the board.',
  '',
  'Repairs to the two hulls could take until the end of the month, engineer Pilar Osei said.',
];

describe('a box of summary lines under a label', () => {
  it('goes, each item, though the article says each again', () => {
    const page = ['Island ferries laid up as cracks are found', '', 'WHAT WE KNOW ABOUT THE CLOSURE:', '', ...items, ...article].join('\n');
    const removed = siftedRemovals(page, wire)[0]!.map(([, text]) => text);
    expect(removed).toEqual(['Island ferries laid up as cracks are found', 'WHAT WE KNOW ABOUT THE CLOSURE:', ...items]);
  });
  it('is no list a sentence leads into, nor one short line under a label', () => {
    const led = ['The board gave three reasons for the closure:', ...items, 'No crossing is planned before the inspections end.'];
    expect(boxItems(led.join('\n'))).toEqual([false, false, false, false, false]);
    const one = ['Ferries:', items[0]!, article[0]!];
    expect(boxItems(one.join('\n'))).toEqual([false, false, false]);
    expect(boxItems(['Latest:', ...items, article[0]!].join('\n'))).toEqual([false, true, true, true, false]);
  });
  // Review finding 1: inside the article's run of prose, a short lead-in opens the article's own list or words.
  const measures = [
    'A bus will run to the airport each morning.',
    'Passengers can claim back their fares.',
    'Freight will go by the night barge.',
  ];
  const told = ['The hulls will be mended by June.', 'Nobody on board was hurt.'];
  const wireToo = [
    wire,
    '',
    'The board said a bus would run to the airport each morning, passengers could claim back their fares and freight ' +
      'would go by the night barge.',
    '',
    'Osei said nobody on board was hurt and the hulls would be mended by June.',
  ].join('\n');
  it('is no list the article leads into with a short lead-in inside its run of prose', () => {
    const page = [article[0]!, article[2]!, 'The measures include:', ...measures, article[4]!].join('\n\n');
    expect(boxItems(page.replaceAll('\n\n', '\n'))).toEqual([false, false, false, false, false, false, false]);
    // (The lead-in itself, a line with no other version's words, may go: the items are the article's.)
    const removed = siftedRemovals(page, wireToo)[0]!.map(([, text]) => text);
    expect(measures.map((item) => removed.includes(item))).toEqual([false, false, false]);
  });
  it('is no words of a speaker the article leads into with a short lead-in', () => {
    const page = [article[0]!, article[2]!, 'Osei told reporters:', ...told, article[4]!].join('\n\n');
    expect(boxItems(page.replaceAll('\n\n', '\n'))).toEqual([false, false, false, false, false, false]);
    const removed = siftedRemovals(page, wireToo)[0]!.map(([, text]) => text);
    expect(told.map((item) => removed.includes(item))).toEqual([false, false]);
  });
});
