// A page's box of summary lines under a label, above the article (issue 13, sample J: a live page's latest points).
// Invented story.
import { describe, expect, it } from 'vitest';
import { siftedRemovals } from '../../../../tests/support/sift-removals.ts';
import { linesOf } from './lines.ts';
import { summaryBoxItems } from './summary-box.ts';

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
    expect(summaryBoxItems(linesOf(led.join('\n')))).toEqual([false, false, false, false, false]);
    const one = ['Ferries:', items[0]!, article[0]!];
    expect(summaryBoxItems(linesOf(one.join('\n')))).toEqual([false, false, false]);
    expect(summaryBoxItems(linesOf(['Latest:', ...items, article[0]!].join('\n')))).toEqual([false, true, true, true, false]);
  });
});
