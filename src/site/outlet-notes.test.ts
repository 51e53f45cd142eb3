import { describe, expect, it } from 'vitest';
import { outletNoteId, outletNotes } from './outlet-notes.ts';

describe('outlet notes', () => {
  it('numbers a footnote for each version whose name has a parenthesis or whose story.yaml has a note, in story order', () => {
    const notes = outletNotes([
      { id: 'wire', outlet: 'Harbour Wire', note: 'Named in the masthead.' },
      { id: 'plain', outlet: 'Town Crier', note: undefined },
      { id: 'blog', outlet: 'Blog rewrite (site not named)', note: undefined },
      { id: 'other', outlet: 'Other report (cites two agencies)', note: '  No byline is shown. ' },
    ]);
    expect(notes).toEqual([
      { id: 'wire', n: 1, short: 'Harbour Wire', qualifier: undefined, note: 'Named in the masthead.' },
      { id: 'blog', n: 2, short: 'Blog rewrite', qualifier: 'site not named', note: undefined },
      { id: 'other', n: 3, short: 'Other report', qualifier: 'cites two agencies', note: 'No byline is shown.' },
    ]);
  });

  it('keeps a name that is all parenthesis whole, with nothing to footnote', () => {
    expect(outletNotes([{ id: 'odd', outlet: '(unnamed)', note: undefined }])).toEqual([]);
  });

  it('anchors each footnote by the version id', () => {
    expect(outletNoteId('blog')).toBe('outlet-note-blog');
  });
});
