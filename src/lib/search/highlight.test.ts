import { describe, expect, it } from 'vitest';
import { highlightWords, snippet, splitHighlights } from './highlight.ts';

describe('highlights', () => {
  const text = 'Foreign minister Olivier Nduhungirehe confirmed earlier reports.';

  it('marks the words whose folded form matched', () => {
    expect(highlightWords(text, new Set(['olivier', 'nduhungirehe']))).toEqual([
      { start: 17, end: 24 },
      { start: 25, end: 37 },
    ]);
  });

  it('cuts text into plain and marked pieces, merging marks only a space apart', () => {
    expect(
      splitHighlights(text, [
        { start: 25, end: 37 },
        { start: 17, end: 24 },
      ]),
    ).toEqual([
      { text: 'Foreign minister ', marked: false },
      { text: 'Olivier Nduhungirehe', marked: true },
      { text: ' confirmed earlier reports.', marked: false },
    ]);
    expect(splitHighlights('abc', [])).toEqual([{ text: 'abc', marked: false }]);
  });

  it('keeps a window around the first highlight of a long text', () => {
    const long = `${'word '.repeat(40)}Nduhungirehe said ${'more '.repeat(40)}`.trim();
    const at = long.indexOf('Nduhungirehe');
    const cut = snippet(long, [{ start: at, end: at + 12 }], 60);
    expect(cut.text).toBe('… word word word word Nduhungirehe said more more more more …');
    expect(cut.text.slice(cut.ranges[0]!.start, cut.ranges[0]!.end)).toBe('Nduhungirehe');
    expect(snippet('short', [], 60)).toEqual({ text: 'short', ranges: [] });
  });
});
