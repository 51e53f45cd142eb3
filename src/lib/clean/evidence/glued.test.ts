// Page text glued onto an article line, and an excerpt standing above the paragraph it repeats. Invented stories.
import { describe, expect, it } from 'vitest';
import { mapOriginal } from '../../text/mapped-text.ts';
import { splitGluedLabels } from './glued.ts';
import { siftStory } from './index.ts';
import { linesOf } from './lines.ts';
import { removals } from '../../../../tests/support/sift-removals.ts';

const other = [
  'Night ferry crossings from Glenmoor were halted on Monday when inspectors found corrosion in two hulls.',
  'More than 1,200 people a week take the late boats, according to the harbour board.',
].join('\n');

describe('a label glued onto the opening sentence', () => {
  it('splits a search box’s label off the lede and removes it, keeping the lede whole', () => {
    const page = [
      'Open the site search barMore than 1,200 passengers a week will lose their late crossing after the board halted night ferries.',
      'Inspectors found corrosion on two of the three vessels, the board said on Monday.',
    ].join('\n');
    const [result] = siftStory([
      { body: mapOriginal(page), found: {} },
      { body: mapOriginal(other), found: {} },
    ]);
    expect(result!.edits.map((edit) => [edit.reason, page.slice(edit.start, edit.end)])).toEqual([
      ['headline or label above the article', 'Open the site search bar'],
    ]);
    // A label glued to the lede is never the version's headline.
    expect(result!.found.title).toBeUndefined();
  });

  it('leaves a name written in capitals inside a word, and a glue the story repeats', () => {
    const words = (text: string, ...others: string[]): string[][] =>
      splitGluedLabels([linesOf(text), ...others.map(linesOf)]).map((lines) => lines.map((line) => line.text));
    // `LinkedIn` recurs in the story: a name, not a glue.
    expect(words('Shares of LinkedIn fell on Monday after the report.', 'LinkedIn said it would appeal.')[0]).toEqual([
      'Shares of LinkedIn fell on Monday after the report.',
    ]);
    // A space lost inside a sentence leaves the story's own words before the glue.
    expect(
      words('The harbour board chiefIlse Brandt said the crossings would resume.', 'Harbour board chief Ilse Brandt spoke.')[0],
    ).toEqual(['The harbour board chiefIlse Brandt said the crossings would resume.']);
    // One word before the capital (`PlayStation`) is never a label.
    expect(words('PlayStation sales rose in the quarter, the company said.', other)[0]).toEqual([
      'PlayStation sales rose in the quarter, the company said.',
    ]);
    // A label ends before punctuation: `said:Board` is the run-together rule's, not a label.
    expect(words('The harbour master said, in a letterThe board…', other)[0]).toEqual(['The harbour master said, in a letterThe board…']);
    expect(words('Photo gallery iconMore than 1,200 passengers a week use the boats.', other)[0]).toEqual([
      'Photo gallery icon',
      'More than 1,200 passengers a week use the boats.',
    ]);
  });
});

describe('an excerpt above the paragraph it repeats', () => {
  it('removes the excerpt, even when the paragraph lost its drop capital, and keeps the paragraph', () => {
    const excerpt = 'More than a week after the storm, the harbour board still had no date for the return of night ferries';
    const page = [
      `${excerpt}`,
      'ore than a week after the storm, the harbour board still had no date for the return of night ferries. Repairs go on.',
      'Inspectors found corrosion on two of the three vessels, the board said on Monday.',
    ].join('\n');
    expect(linesOf(page).length).toBe(3);
    expect(removals(page, other)[0]).toEqual([['headline or label above the article', excerpt]]);
  });
});

describe('a capture wrapped at a fixed width', () => {
  it('carries a full-width line on when it breaks before a name', () => {
    const page = [
      'GLENMOOR, Norland (Coastline Press) - The harbour board halted',
      'the night crossings on Monday after inspectors found corroded',
      'hulls on two of its three vessels, the board said in a short',
      'statement. The ferry service, formally known as the Glenmoor',
      'Harbour Crossing Company, has run the route since 1925.',
      '',
      'Short line without an end',
      'Repairs should take until the spring.',
    ].join('\n');
    expect(linesOf(page).map((line) => line.text.split('\n').length)).toEqual([5, 1, 1]);
  });
});

describe('an aside run onto the article’s last paragraph', () => {
  it('removes a short bracketed link after the last sentence; keeps one inside the article', () => {
    const page = [
      'The harbour board halted the night ferry crossings on Monday after inspectors found corroded hulls. (The board later apologised.)',
      'About 1,200 passengers a week used the late crossings, the board said in a statement. (More ferry stories.)',
      'Tap here to get our app',
      '',
    ].join('\n');
    expect(removals(page, other)[0]).toEqual([
      ['heading, label or link text', 'Tap here to get our app'],
      ['link text after the article’s last sentence', '(More ferry stories.)'],
    ]);
  });
});
