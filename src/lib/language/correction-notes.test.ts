import { describe, expect, it } from 'vitest';
import { noteKind, opensNote, promisesUpdate } from './correction-notes.ts';

describe('newsroom notes', () => {
  it('tell a correction about the article from a labelled paragraph about the story', () => {
    expect(noteKind('Correction: An earlier version of this story misstated the number of jobs.')).toBe('correction');
    expect(noteKind('Clarification — This article has been updated to say when the plant opened.')).toBe('correction');
    expect(noteKind('Correction: the council voted to close the pier.')).toBeUndefined();
    expect(noteKind('Correction:')).toBeUndefined();
  });

  it('read every spelling of an editor’s note', () => {
    expect(
      ["Editor's note: This story was first published in 2024.", 'Editors’ note - Names were changed.', 'Editors note: x'].map(noteKind),
    ).toEqual(['editors-note', 'editors-note', 'editors-note']);
  });

  it('find the sentence that opens a note, or speaks of an earlier version', () => {
    expect(opensNote('Correction: An earlier version misstated the figure as $84 million.')).toBe(true);
    expect(opensNote("Editor's note: names were changed.")).toBe(true);
    expect(opensNote('It said an earlier version of this report gave the wrong date.')).toBe(true);
    expect(opensNote('The council issued a correction on Monday.')).toBe(false);
  });
});

describe('the page promising its story more', () => {
  it('is a note to the reader about updates, never a report of something updated or to follow', () => {
    const notes = [
      'Check back later for updates on this story.',
      'This is a developing story.',
      'More details to follow.',
      'This story will be updated.',
    ];
    expect(notes.map(promisesUpdate)).toEqual([true, true, true, true]);
    const reports = [
      'The ferry timetable will be updated in March, the board said.',
      'Details of the new timetable will follow the board meeting in March.',
      'Crews check back on the hulls every month.',
    ];
    expect(reports.map(promisesUpdate)).toEqual([false, false, false]);
  });
});
