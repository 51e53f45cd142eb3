import { describe, expect, it } from 'vitest';
import { noteWithOutlets } from './flag-note.ts';

const versions = [
  { id: 'wire', outlet: 'Northern Wire' },
  { id: 'paper', outlet: 'The Daily Paper (masthead on page)' },
  { id: 'blog', outlet: 'Blog' },
];

describe('noteWithOutlets', () => {
  it('names the outlets, by their short names, where the note gives version ids', () => {
    expect(noteWithOutlets('different dates: “on Monday” (wire) vs “on Tuesday” (paper)', versions)).toBe(
      'different dates: “on Monday” (Northern Wire) vs “on Tuesday” (The Daily Paper)',
    );
    expect(noteWithOutlets('name spelled “holt” (blog, wire) vs “hult” (paper)', versions)).toBe(
      'name spelled “holt” (Blog, Northern Wire) vs “hult” (The Daily Paper)',
    );
    expect(noteWithOutlets('attributed to Ana Holt (paper, wire) and to Ben Ross (blog)', versions)).toBe(
      'attributed to Ana Holt (The Daily Paper, Northern Wire) and to Ben Ross (Blog)',
    );
  });

  it('leaves quoted words and brackets that are not version ids alone', () => {
    expect(noteWithOutlets('different words inside quotation marks: “the wire (wire) said” (wire) vs “x” (paper)', versions)).toBe(
      'different words inside quotation marks: “the wire (wire) said” (Northern Wire) vs “x” (The Daily Paper)',
    );
    expect(noteWithOutlets('the same figure (a rounding) hedged (wire, radio)', versions)).toBe(
      'the same figure (a rounding) hedged (wire, radio)',
    );
  });
});
